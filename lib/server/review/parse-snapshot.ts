import type { WeekFigures } from "@/lib/domain/review";

/** A saved review as the pages show it: the snapshot's figures and the three reflections. */
export type SavedReview = {
  id: string;
  week: string;
  timeZone: string;
  completedAt: Date;
  reflections: { stopDoing: string; doubleDown: string; blockOn: string };
  figures: WeekFigures;
};

/** A completed review in a list: its key figures only. */
export type ReviewSummary = {
  id: string;
  week: string;
  completedAt: Date;
  started: number;
  settled: number;
  hitRate: number | null;
  brier: number | null;
  topFifthShare: number | null;
};

/** The columns a SavedReview is read from (lib/server/review/review-sql.ts REVIEW_COLUMNS). */
export type ReviewRow = {
  id: string;
  week: string;
  timeZone: string;
  completedAt: Date | string;
  stopDoing: string;
  doubleDown: string;
  blockOn: string;
  snapshot: unknown;
};

/**
 * A WeeklyReview row as a SavedReview. Snapshots carry a version; this build reads version 1 (a
 * later shape would add a branch here rather than rewrite old snapshots, which are immutable).
 */
export function toSavedReview(row: ReviewRow): SavedReview {
  const snapshot = (typeof row.snapshot === "string" ? JSON.parse(row.snapshot) : row.snapshot) as WeekFigures | null;
  if (typeof snapshot !== "object" || snapshot === null || snapshot.version !== 1) {
    throw new Error(`Unsupported review snapshot version in review ${row.id}.`);
  }
  return {
    id: row.id,
    week: row.week,
    timeZone: row.timeZone,
    completedAt: new Date(row.completedAt),
    reflections: { stopDoing: row.stopDoing, doubleDown: row.doubleDown, blockOn: row.blockOn },
    figures: snapshot,
  };
}
