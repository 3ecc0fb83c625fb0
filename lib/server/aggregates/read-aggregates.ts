import { getDb } from "@/lib/db";
import type { AggregateDim, AggregateRow } from "@/lib/domain/aggregates";
import { Prisma } from "@/lib/generated/prisma/client";
import { AGGREGATES_MARKER, recomputeAggregates } from "@/lib/server/aggregates/recompute-aggregates";

export type Aggregates = Record<AggregateDim, AggregateRow[]>;

const DIMS: AggregateDim[] = ["kind", "area", "bucket", "payoff", "value", "law"];

type StoredRow = Omit<AggregateRow, "dim"> & { dim: string };

async function readRows(userId: string, dims: readonly string[]): Promise<StoredRow[]> {
  return getDb().$queryRaw(Prisma.sql`
    SELECT dim, key, count, hits, "sumP", "sumSq", "sumPriorSq", "sumValue" FROM "UserAggregate"
    WHERE "userId" = ${userId} AND dim IN (${Prisma.join(dims)})`);
}

/**
 * The user's all-time aggregates by dimension (rows with a zero count left out): one primary-key
 * range read of a few dozen rows (`only`: the dimensions wanted), whatever the history's size. A user without totals yet (data
 * written before they existed) gets them computed once, here.
 */
export async function readAggregates(userId: string, only: readonly AggregateDim[] = DIMS): Promise<Aggregates> {
  const dims = [...only, AGGREGATES_MARKER.dim];
  let rows = await readRows(userId, dims);
  if (!rows.some((row) => row.dim === AGGREGATES_MARKER.dim && row.key === AGGREGATES_MARKER.key)) {
    // Once per user; a long history takes a few seconds, beyond the default 5 s transaction limit.
    await getDb().$transaction((tx) => recomputeAggregates(userId, tx), { maxWait: 10_000, timeout: 120_000 });
    rows = await readRows(userId, dims);
  }
  const byDim = Object.fromEntries(DIMS.map((dim) => [dim, [] as AggregateRow[]])) as Aggregates;
  for (const row of rows) if (row.count !== 0 && row.dim in byDim) byDim[row.dim as AggregateDim].push({ ...row, dim: row.dim as AggregateDim });
  return byDim;
}
