// Reads a user's stored all-time aggregates and recomputes them from their callbacks, both
// rounded the same way, so a test can assert the running totals have not drifted.
import { getDb } from "@/lib/db";
import { type AggregateRow, type AggregateSource, aggregatesOf } from "@/lib/domain/aggregates";
import { Prisma } from "@/lib/generated/prisma/client";

function round(row: AggregateRow): AggregateRow {
  const r = (x: number) => Math.round(Number(x) * 1e9) / 1e9;
  return { dim: row.dim, key: row.key, count: Number(row.count), hits: Number(row.hits), sumP: r(row.sumP), sumSq: r(row.sumSq), sumPriorSq: r(row.sumPriorSq), sumValue: r(row.sumValue) };
}

/** Stored rows (minus the marker), with float sums rounded so summation order can't matter. */
export async function storedAggregateRows(userId: string): Promise<AggregateRow[]> {
  const rows = await getDb().$queryRaw<AggregateRow[]>(Prisma.sql`
    SELECT dim, key, count, hits, "sumP", "sumSq", "sumPriorSq", "sumValue" FROM "UserAggregate"
    WHERE "userId" = ${userId} AND dim <> 'meta' AND count <> 0 ORDER BY dim, key`);
  return rows.map(round);
}

/** The same rows computed from scratch from every callback of the user. */
export async function aggregateRowsFromScratch(userId: string): Promise<AggregateRow[]> {
  const rows = await getDb().$queryRaw<AggregateSource[]>(Prisma.sql`
    SELECT state::text AS state, kind::text AS kind, "areaId", "probabilityAtSettlement", "priorProbability", payoff, "realisedPayoff"
    FROM "Callback" WHERE "userId" = ${userId}`);
  return aggregatesOf(rows).map(round);
}
