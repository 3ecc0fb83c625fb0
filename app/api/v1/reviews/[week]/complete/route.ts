import { weekStatus } from "@/lib/domain/review";
import { completeReview } from "@/lib/server/review/complete-review";
import { completeReviewOperation } from "@/lib/v1/operations/portfolio";
import { presentWeeklyReview } from "@/lib/v1/present/review";
import { v1Route } from "@/lib/v1/route";

export const POST = v1Route(completeReviewOperation, async ({ user, params, body }) => {
  const now = new Date();
  const saved = await completeReview(user, { ...body, week: params.week }, now);
  return presentWeeklyReview({ week: saved.week, status: weekStatus(saved.week, now, user.timeZone), saved, figures: saved.figures });
});
