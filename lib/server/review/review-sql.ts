import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The SQL behind reading completed reviews (the bench runs the same statements on the bare
 * driver). Snapshots come back as text and are parsed in JS: Prisma's JSON column decoding costs
 * several times more than JSON.parse.
 */

/** The select list of one full review (a ReviewRow) on alias "r". */
export const REVIEW_COLUMNS = Prisma.sql`r.id, to_char(r."weekStart", 'YYYY-MM-DD') AS week, r."timeZone" AS "timeZone", r."completedAt" AS "completedAt",
  r."stopDoing" AS "stopDoing", r."doubleDown" AS "doubleDown", r."blockOn" AS "blockOn", r.snapshot::text AS snapshot`;

/** One completed review of the user, by its week (its Monday). */
export function oneReviewSql(userId: string, week: string): Prisma.Sql {
  return Prisma.sql`SELECT ${REVIEW_COLUMNS} FROM "WeeklyReview" r WHERE r."userId" = ${userId} AND r."weekStart" = ${week}::date`;
}

export type ReviewListRow = {
  id: string;
  week: string;
  completedAt: Date | string;
  started: number | null;
  settled: number | null;
  hit_rate: number | null;
  brier: number | null;
  top_fifth_share: number | null;
  /** Only on the row of the `selected` week: the full review. */
  timeZone: string | null;
  stopDoing: string | null;
  doubleDown: string | null;
  blockOn: string | null;
  snapshot: string | null;
};

/**
 * The user's completed reviews, newest week first, each with its key figures read out of the
 * snapshot in SQL (version 1 paths; a later version adds its paths with COALESCE), plus the full
 * row (reflections and snapshot) of the `selected` week only, so a page needs one query and never
 * ships every snapshot. Index: the userId + weekStart unique index.
 */
export function reviewListSql(userId: string, selected: string | null, limit: number): Prisma.Sql {
  const isSelected = Prisma.sql`r."weekStart" = ${selected}::date`;
  const settled = ["fulfilled", "rejected", "timedOut", "cancelled"].map((key) => Prisma.sql`COALESCE((r.snapshot->'settled'->>${key})::int, 0)`);
  return Prisma.sql`
    SELECT r.id, to_char(r."weekStart", 'YYYY-MM-DD') AS week, r."completedAt" AS "completedAt",
      (r.snapshot->>'started')::int AS started,
      (${Prisma.join(settled, " + ")}) AS settled,
      (r.snapshot->'hitRate'->>'rate')::float8 AS hit_rate,
      (r.snapshot->'brier'->>'week')::float8 AS brier,
      (r.snapshot->'payoffs'->'law'->>'topFifthShare')::float8 AS top_fifth_share,
      CASE WHEN ${isSelected} THEN r."timeZone" END AS "timeZone",
      CASE WHEN ${isSelected} THEN r."stopDoing" END AS "stopDoing",
      CASE WHEN ${isSelected} THEN r."doubleDown" END AS "doubleDown",
      CASE WHEN ${isSelected} THEN r."blockOn" END AS "blockOn",
      CASE WHEN ${isSelected} THEN r.snapshot::text END AS snapshot
    FROM "WeeklyReview" r
    WHERE r."userId" = ${userId}
    ORDER BY r."weekStart" DESC
    LIMIT ${limit}`;
}
