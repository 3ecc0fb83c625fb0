import { getDb } from "@/lib/db";
import { type WeekFigures, type WeekStatus, weekStatus } from "@/lib/domain/review";
import { notFound } from "@/lib/errors";
import type { Actor } from "@/lib/server/actor";
import { computeWeekFigures } from "@/lib/server/review/compute-week-figures";
import { type ReviewRow, type SavedReview, toSavedReview } from "@/lib/server/review/parse-snapshot";
import { oneReviewSql } from "@/lib/server/review/review-sql";

export type WeeklyReviewView = {
  week: string;
  status: WeekStatus;
  /** The completed review, or null while the week is still open for review. */
  saved: SavedReview | null;
  /** From the snapshot when completed; live otherwise. */
  figures: WeekFigures;
};

/**
 * One week's review for the actor: a completed week renders from its snapshot (never from live
 * data); an open one computes live figures as of `now`. Weeks that haven't started are not found.
 */
export async function getWeeklyReview(actor: Actor, week: string, now: Date): Promise<WeeklyReviewView> {
  const status = weekStatus(week, now, actor.timeZone);
  if (status === "future") throw notFound("That week");
  const [row] = await getDb().$queryRaw<ReviewRow[]>(oneReviewSql(actor.id, week));
  if (row) {
    const saved = toSavedReview(row);
    return { week, status, saved, figures: saved.figures };
  }
  return { week, status, saved: null, figures: await computeWeekFigures(actor, week, now) };
}
