import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/server/actor";
import { type ReviewSummary, type SavedReview, toSavedReview } from "@/lib/server/review/parse-snapshot";
import { type ReviewListRow, reviewListSql } from "@/lib/server/review/review-sql";

/** How many past reviews the pages list: two years of weeks. */
export const REVIEWS_PAGE_SIZE = 104;

/**
 * The actor's completed reviews, newest week first (at most `limit`, default two years' worth),
 * as summaries; with `selected` (a week), that week's full review too when it is in the list.
 * One index-backed query.
 */
export async function listReviews(
  actor: Pick<Actor, "id">,
  options: { selected?: string; limit?: number } = {},
): Promise<{ reviews: ReviewSummary[]; selected: SavedReview | null }> {
  const rows = await getDb().$queryRaw<ReviewListRow[]>(reviewListSql(actor.id, options.selected ?? null, options.limit ?? REVIEWS_PAGE_SIZE));
  let selected: SavedReview | null = null;
  const reviews = rows.map((row): ReviewSummary => {
    if (row.snapshot !== null) {
      selected = toSavedReview({
        id: row.id,
        week: row.week,
        completedAt: row.completedAt,
        timeZone: row.timeZone ?? "UTC",
        stopDoing: row.stopDoing ?? "",
        doubleDown: row.doubleDown ?? "",
        blockOn: row.blockOn ?? "",
        snapshot: row.snapshot,
      });
    }
    return {
      id: row.id,
      week: row.week,
      completedAt: new Date(row.completedAt),
      started: row.started ?? 0,
      settled: row.settled ?? 0,
      hitRate: row.hit_rate,
      brier: row.brier,
      topFifthShare: row.top_fifth_share,
    };
  });
  return { reviews, selected };
}
