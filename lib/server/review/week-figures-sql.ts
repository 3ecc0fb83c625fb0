import { Prisma } from "@/lib/generated/prisma/client";
import { forecastSql, outcomeSql, powerLawSql, scoredSql } from "@/lib/server/insights/calibration-sql";
import { utcTimestampSql } from "@/lib/server/sql-time";

/**
 * The SQL behind a week's figures, one builder per query (the bench runs the same statements on
 * the bare driver). Every query is scoped by user id and bounded by an index range where one
 * exists: Callback (userId, settledAt), EffortEntry (userId, spentAt), FocusOverride (userId, at).
 */
export type WeekBounds = { userId: string; start: Date; end: Date };

export type SettlementRow = {
  started: number;
  fulfilled: number;
  rejected: number;
  timed_out: number;
  cancelled: number;
  week_scored: number;
  week_hits: number;
  week_expected: number | null;
  week_sq: number | null;
  /** Scored at or after the week's end: taken off the all-time totals for the running Brier. */
  later_scored: number;
  later_sq: number | null;
};

/**
 * Bets started in the week (by startedAt: when the bet was fired, which may be back-dated at
 * capture), settlements in the week by outcome, hit rate vs the sum of forecasts, the week's
 * Brier sums, and the Brier sums of what was scored since the week ended (the running Brier is
 * the all-time totals minus those, lib/server/aggregates). One index range scan from the week's
 * start (userId, settledAt): it grows with the weeks since, never with the history before.
 */
export function settlementSql({ userId, start, end }: WeekBounds): Prisma.Sql {
  const s = utcTimestampSql(start);
  const e = utcTimestampSql(end);
  const inWeek = Prisma.sql`c."settledAt" < ${e}`;
  const scored = scoredSql("c");
  const sq = Prisma.sql`power(${forecastSql("c")} - ${outcomeSql("c")}, 2)`;
  return Prisma.sql`
    SELECT
      (SELECT COUNT(*)::int FROM "Callback" b WHERE b."userId" = ${userId} AND b."startedAt" >= ${s} AND b."startedAt" < ${e}) AS started,
      COUNT(*) FILTER (WHERE ${inWeek} AND c.state = 'FULFILLED')::int AS fulfilled,
      COUNT(*) FILTER (WHERE ${inWeek} AND c.state = 'REJECTED')::int AS rejected,
      COUNT(*) FILTER (WHERE ${inWeek} AND c.state = 'TIMED_OUT')::int AS timed_out,
      COUNT(*) FILTER (WHERE ${inWeek} AND c.state = 'CANCELLED')::int AS cancelled,
      COUNT(*) FILTER (WHERE ${inWeek} AND ${scored})::int AS week_scored,
      COUNT(*) FILTER (WHERE ${inWeek} AND ${scored} AND c.state = 'FULFILLED')::int AS week_hits,
      (SUM(${forecastSql("c")}) FILTER (WHERE ${inWeek} AND ${scored}))::float8 AS week_expected,
      (SUM(${sq}) FILTER (WHERE ${inWeek} AND ${scored}))::float8 AS week_sq,
      COUNT(*) FILTER (WHERE c."settledAt" >= ${e} AND ${scored})::int AS later_scored,
      (SUM(${sq}) FILTER (WHERE c."settledAt" >= ${e} AND ${scored}))::float8 AS later_sq
    FROM "Callback" c
    WHERE c."userId" = ${userId} AND c."settledAt" >= ${s}`;
}

/** The week's power law: value produced by the callbacks settled in it. */
export function weekPowerLawSql({ userId, start, end }: WeekBounds): Prisma.Sql {
  return powerLawSql(Prisma.sql`c."userId" = ${userId} AND c."settledAt" >= ${utcTimestampSql(start)} AND c."settledAt" < ${utcTimestampSql(end)}`);
}

export type EffortRow = { areaId: string; points: number };

/** Effort points per area spent in the week. */
export function effortByAreaSql({ userId, start, end }: WeekBounds): Prisma.Sql {
  return Prisma.sql`
    SELECT e."areaId" AS "areaId", SUM(e.points)::float8 AS points
    FROM "EffortEntry" e
    WHERE e."userId" = ${userId} AND e."spentAt" >= ${utcTimestampSql(start)} AND e."spentAt" < ${utcTimestampSql(end)}
    GROUP BY e."areaId"`;
}

export type LoadRow = { callbacks: number[]; commitments: number[] };

/**
 * The load at each given instant: the weights of callbacks pending then (started by then and not
 * settled by then) plus the commitments ACTIVE then (3 each, added by the caller; counted like the
 * overload meter counts them: created, not yet ended). A callback reopened and still pending has
 * no settledAt, so it counts as pending since its start: the stretch it spent settled before the
 * reopen is not known from the row (a documented approximation). One statement: each table is
 * scanned once — only rows still open at the first instant (settledAt null or after it, from the
 * (userId, settledAt) index) — with one FILTERed sum per instant.
 */
export function loadAtSql(userId: string, points: readonly { at: Date }[]): Prisma.Sql {
  const first = utcTimestampSql(points.reduce((min, p) => (p.at < min ? p.at : min), points[0]!.at));
  const sums = (table: "c" | "m") =>
    Prisma.join(
      points.map(({ at }) => {
        const t = utcTimestampSql(at);
        return table === "c"
          ? Prisma.sql`COALESCE(SUM(c.weight) FILTER (WHERE c."startedAt" <= ${t} AND (c."settledAt" IS NULL OR c."settledAt" > ${t})), 0)::float8`
          : Prisma.sql`(COUNT(*) FILTER (WHERE m."createdAt" <= ${t} AND ((m.state = 'ACTIVE' AND m."endedAt" IS NULL) OR m."endedAt" > ${t})))::int`;
      }),
    );
  return Prisma.sql`
    SELECT cb.v AS callbacks, cm.v AS commitments FROM
      (SELECT ARRAY[${sums("c")}]::float8[] AS v FROM "Callback" c
       WHERE c."userId" = ${userId} AND (c."settledAt" IS NULL OR c."settledAt" > ${first})) cb,
      (SELECT ARRAY[${sums("m")}]::int[] AS v FROM "Commitment" m
       WHERE m."userId" = ${userId} AND ((m.state = 'ACTIVE' AND m."endedAt" IS NULL) OR m."endedAt" > ${first})) cm`;
}

export type EndedCommitmentRow = { id: string; title: string; state: "KEPT" | "BROKEN"; endedAt: Date };

/** Commitments marked kept or broken in the week. */
export function endedCommitmentsSql({ userId, start, end }: WeekBounds): Prisma.Sql {
  return Prisma.sql`
    SELECT m.id, m.title, m.state::text AS state, m."endedAt" AS "endedAt"
    FROM "Commitment" m
    WHERE m."userId" = ${userId} AND m.state IN ('KEPT', 'BROKEN')
      AND m."endedAt" >= ${utcTimestampSql(start)} AND m."endedAt" < ${utcTimestampSql(end)}
    ORDER BY m."endedAt", m.id`;
}

export type OverrideRow = { at: Date; callbackTitle: string; commitmentTitle: string; commitmentTitles: string[] | null; total: number };

/**
 * Focus-guard overrides in the week, one per capture (the first 20, with the total on each row):
 * the titles of every commitment it competed with, as recorded then (`commitmentTitle` is the
 * first commitment's current title, for rows written before the list was kept).
 */
export function overridesSql({ userId, start, end }: WeekBounds): Prisma.Sql {
  return Prisma.sql`
    SELECT o.at, o."callbackTitle" AS "callbackTitle", m.title AS "commitmentTitle", o."commitmentTitles" AS "commitmentTitles",
      COUNT(*) OVER ()::int AS total
    FROM "FocusOverride" o JOIN "Commitment" m ON m.id = o."commitmentId" AND m."userId" = ${userId}
    WHERE o."userId" = ${userId} AND o.at >= ${utcTimestampSql(start)} AND o.at < ${utcTimestampSql(end)}
    ORDER BY o.at, o.id
    LIMIT 20`;
}
