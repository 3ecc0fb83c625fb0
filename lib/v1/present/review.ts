import type { z } from "zod";
import type { WeeklyReviewView } from "@/lib/server/review/get-weekly-review";
import type { weeklyReviewSchema } from "@/lib/validation/v1/reviews";

/** A week's review as API v1 shows it (the figures are the snapshot's once completed). */
export function presentWeeklyReview(view: Omit<WeeklyReviewView, "status"> & { status: WeeklyReviewView["status"] }): z.infer<typeof weeklyReviewSchema> {
  return {
    week: view.week,
    status: view.status === "current" ? "current" : "past",
    saved: view.saved ? { id: view.saved.id, completedAt: view.saved.completedAt, timeZone: view.saved.timeZone, reflections: view.saved.reflections } : null,
    figures: view.figures,
  };
}
