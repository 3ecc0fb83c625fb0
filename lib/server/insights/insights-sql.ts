import { Prisma } from "@/lib/generated/prisma/client";
import { bucketSql, forecastSql, outcomeSql, payoffBinSql, powerLawSql, scoredSql, valueSql } from "@/lib/server/insights/calibration-sql";

/**
 * The SQL behind the insights page, one builder per query (the bench runs the same statements on
 * the bare driver). Each groups the user's callbacks in the database; at most a few dozen rows
 * come back whatever the history's size.
 */

export type BucketRow = { bucket: number; count: number; hits: number; sum_p: number; sq: number; prior_sq: number };

/** Calibration buckets with, per bucket, the Brier sums of the final forecasts and of the priors. */
export function calibrationSql(userId: string): Prisma.Sql {
  const p = forecastSql("c");
  const o = outcomeSql("c");
  return Prisma.sql`
    SELECT ${bucketSql(p)} AS bucket,
           COUNT(*)::int AS count,
           SUM(${o})::int AS hits,
           SUM(${p})::float8 AS sum_p,
           SUM(power(${p} - ${o}, 2))::float8 AS sq,
           SUM(power(c."priorProbability"::float8 - ${o}, 2))::float8 AS prior_sq
    FROM "Callback" c
    WHERE c."userId" = ${userId} AND ${scoredSql("c")}
    GROUP BY 1
    ORDER BY 1`;
}

export type KindRateRow = { kind: string; settled: number; fulfilled: number; pending: number };

/** Outcome counts per kind (settled = fulfilled + rejected + timed out, as base rates count them). */
export function baseRatesByKindSql(userId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT c.kind::text AS kind,
           COUNT(*) FILTER (WHERE c.state IN ('FULFILLED', 'REJECTED', 'TIMED_OUT'))::int AS settled,
           COUNT(*) FILTER (WHERE c.state = 'FULFILLED')::int AS fulfilled,
           COUNT(*) FILTER (WHERE c.state = 'PENDING')::int AS pending
    FROM "Callback" c
    WHERE c."userId" = ${userId}
    GROUP BY c.kind
    ORDER BY c.kind`;
}

export type AreaRateRow = { areaId: string | null; name: string | null; color: string | null; settled: number; fulfilled: number; pending: number };

/** Outcome counts per area (null: no area), the area's name and color joined in. */
export function baseRatesByAreaSql(userId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT r."areaId" AS "areaId", a.name, a.color, r.settled, r.fulfilled, r.pending
    FROM (
      SELECT c."areaId",
             COUNT(*) FILTER (WHERE c.state IN ('FULFILLED', 'REJECTED', 'TIMED_OUT'))::int AS settled,
             COUNT(*) FILTER (WHERE c.state = 'FULFILLED')::int AS fulfilled,
             COUNT(*) FILTER (WHERE c.state = 'PENDING')::int AS pending
      FROM "Callback" c
      WHERE c."userId" = ${userId}
      GROUP BY c."areaId"
    ) r
    LEFT JOIN "Area" a ON a.id = r."areaId" AND a."userId" = ${userId}
    ORDER BY a.position NULLS LAST, a.name`;
}

export type PayoffBinRow = { bin: number; expected: number; realised: number };

/** Histogram of the scored callbacks' payoffs (what was hoped for) and values (what came back). */
export function payoffHistogramSql(userId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT h.bin, SUM(h.expected)::int AS expected, SUM(h.realised)::int AS realised
    FROM (
      SELECT ${payoffBinSql(Prisma.sql`c.payoff`)} AS bin, 1 AS expected, 0 AS realised
      FROM "Callback" c WHERE c."userId" = ${userId} AND ${scoredSql("c")}
      UNION ALL
      SELECT ${payoffBinSql(valueSql("c"))} AS bin, 0 AS expected, 1 AS realised
      FROM "Callback" c WHERE c."userId" = ${userId} AND ${scoredSql("c")}
    ) h
    GROUP BY h.bin
    ORDER BY h.bin`;
}

/** The all-time power law: value produced by every scored callback. */
export function allTimePowerLawSql(userId: string): Prisma.Sql {
  return powerLawSql(Prisma.sql`c."userId" = ${userId}`);
}

export type TopPayoffRow = { id: string; title: string; value: number };

/**
 * The five scored callbacks that produced the most value (ties by id), given `atLeast`, the
 * fifth-largest value from the aggregates: two LIMIT 5 scans of the (userId, realisedPayoff desc,
 * id) and (userId, state, realisedPayoff) indexes, never a sort of history.
 */
export function topPayoffsSql(userId: string, atLeast: number): Prisma.Sql {
  return Prisma.sql`
    SELECT id, title, value FROM (
      (SELECT c.id, c.title, c."realisedPayoff"::float8 AS value FROM "Callback" c
       WHERE c."userId" = ${userId} AND c."realisedPayoff" >= ${atLeast}::float8 AND ${scoredSql("c")}
       ORDER BY c."realisedPayoff" DESC, c.id LIMIT 5)
      UNION ALL
      (SELECT c.id, c.title, c.payoff::float8 AS value FROM "Callback" c
       WHERE c."userId" = ${userId} AND c.state = 'FULFILLED' AND c."realisedPayoff" IS NULL AND c.payoff >= ${atLeast}::float8 AND ${scoredSql("c")}
       ORDER BY c.payoff DESC, c.id LIMIT 5)
    ) t
    WHERE value > 0
    ORDER BY value DESC, id
    LIMIT 5`;
}
