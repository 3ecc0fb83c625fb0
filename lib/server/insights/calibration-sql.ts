import { BUCKET_EPSILON, PAYOFF_BINS } from "@/lib/domain/calibration";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * SQL fragments shared by the review and insights aggregates, each the SQL twin of a domain
 * function in lib/domain/calibration.ts (tests run the same rows through both). `alias` is the
 * Callback table's alias in the query.
 */

function col(alias: string, column: string): Prisma.Sql {
  return Prisma.raw(`"${alias}"."${column}"`);
}

/** True for a callback scored for calibration: fulfilled, rejected or timed out, with a forecast. */
export function scoredSql(alias = "c"): Prisma.Sql {
  return Prisma.sql`(${col(alias, "state")} IN ('FULFILLED', 'REJECTED', 'TIMED_OUT') AND ${col(alias, "probabilityAtSettlement")} IS NOT NULL)`;
}

/** The outcome o as float8: 1 for fulfilled, else 0 (`outcomeOf`; only meaningful where scored). */
export function outcomeSql(alias = "c"): Prisma.Sql {
  return Prisma.sql`(CASE WHEN ${col(alias, "state")} = 'FULFILLED' THEN 1.0::float8 ELSE 0.0::float8 END)`;
}

/** The forecast p: the probability shown when it left PENDING. */
export function forecastSql(alias = "c"): Prisma.Sql {
  return Prisma.sql`${col(alias, "probabilityAtSettlement")}::float8`;
}

/** The calibration bucket 0–10 of a probability expression: `bucketIndex` (round half up). */
export function bucketSql(probability: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`LEAST(10, GREATEST(0, FLOOR(${probability} * 10.0::float8 + 0.5::float8 + ${BUCKET_EPSILON}::float8)))::int`;
}

/** The payoff histogram bin 0–10 of a payoff expression: `payoffBin`. */
export function payoffBinSql(payoff: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`LEAST(${PAYOFF_BINS - 1}, GREATEST(0, FLOOR(${payoff}::float8 + ${BUCKET_EPSILON}::float8)))::int`;
}

/**
 * The value a settled callback produced: its realised payoff, or for a fulfilled one settled
 * before realised payoffs were recorded, its payoff; otherwise 0.
 */
export function valueSql(alias = "c"): Prisma.Sql {
  return Prisma.sql`COALESCE(${col(alias, "realisedPayoff")}, CASE WHEN ${col(alias, "state")} = 'FULFILLED' THEN ${col(alias, "payoff")} ELSE 0 END)::float8`;
}

/**
 * The power law over the scored callbacks matching `where` (on alias "c"): one row per top-5
 * callback (id, title, value, in order) each carrying n, total, the top ⌈20%⌉ sum and the top-3
 * sum; a single row with null id when there are none. Ranking and sums run in SQL (window
 * functions), so only five rows ever leave the database.
 */
export function powerLawSql(where: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    WITH v AS (
      SELECT c.id, c.title, ${valueSql("c")} AS value FROM "Callback" c WHERE ${where} AND ${scoredSql("c")}
    ), r AS (
      SELECT id, title, value, ROW_NUMBER() OVER (ORDER BY value DESC, id) AS rn, COUNT(*) OVER () AS n FROM v
    ), s AS (
      SELECT COUNT(*)::int AS n,
             COALESCE(SUM(value), 0)::float8 AS total,
             COALESCE(SUM(value) FILTER (WHERE rn <= CEIL(n * 0.2 - 1e-9)), 0)::float8 AS top_fifth,
             COALESCE(SUM(value) FILTER (WHERE rn <= 3), 0)::float8 AS top_three
      FROM r
    )
    SELECT r.id, r.title, r.value::float8 AS value, s.n, s.total, s.top_fifth, s.top_three
    FROM s LEFT JOIN r ON r.rn <= 5 AND r.value > 0
    ORDER BY r.rn`;
}

export type PowerLawRow = { id: string | null; title: string | null; value: number | null; n: number; total: number; top_fifth: number; top_three: number };
