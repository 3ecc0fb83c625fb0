import { weekStatus } from "@/lib/domain/review";
import { notFound } from "@/lib/errors";
import type { Actor } from "@/lib/server/actor";
import { computeWeekFigures } from "@/lib/server/review/compute-week-figures";
import { type WeeklyReviewView, getWeeklyReview } from "@/lib/server/review/get-weekly-review";
import { REVIEWS_PAGE_SIZE, listReviews } from "@/lib/server/review/list-reviews";
import type { ReviewSummary } from "@/lib/server/review/parse-snapshot";

/**
 * Everything a review page shows: the week (its snapshot when completed, live figures otherwise)
 * and the past reviews. The list query also answers "is this week completed?" for any week it
 * covers, so a completed week costs one query; only a week older than the whole list needs its
 * own lookup. Weeks that haven't started are not found.
 */
export async function getReviewPage(actor: Actor, week: string, now: Date): Promise<{ view: WeeklyReviewView; reviews: ReviewSummary[] }> {
  const status = weekStatus(week, now, actor.timeZone);
  if (status === "future") throw notFound("That week");
  const { reviews, selected: saved } = await listReviews(actor, { selected: week });
  if (saved) return { view: { week, status, saved, figures: saved.figures }, reviews };
  // Keys are "YYYY-MM-DD", so they compare as dates; the list is newest first.
  const isCovered = reviews.length < REVIEWS_PAGE_SIZE || week > reviews[reviews.length - 1]!.week;
  if (!isCovered) return { view: await getWeeklyReview(actor, week, now), reviews };
  return { view: { week, status, saved: null, figures: await computeWeekFigures(actor, week, now) }, reviews };
}
