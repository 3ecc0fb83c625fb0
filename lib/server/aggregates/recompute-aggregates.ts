import type { Db, Tx } from "@/lib/db";
import { aggregatesOf, type AggregateSource } from "@/lib/domain/aggregates";
import { Prisma } from "@/lib/generated/prisma/client";
import { addAggregateRows } from "@/lib/server/aggregates/apply-aggregate-delta";

/** The marker row of a user whose totals exist (computed from scratch at least once). */
export const AGGREGATES_MARKER = { dim: "meta", key: "v1" } as const;

/**
 * Recomputes the user's all-time aggregates from scratch: deletes their rows (which waits for any
 * transaction adding a delta to them), then sums every settled callback's contributions and writes
 * the totals and the marker. Run it in a transaction (`tx`) — after a bulk import, or the first
 * time a user's totals are read after the upgrade that introduced them.
 */
export async function recomputeAggregates(userId: string, tx: Db | Tx): Promise<void> {
  await tx.$executeRaw(Prisma.sql`DELETE FROM "UserAggregate" WHERE "userId" = ${userId}`);
  const rows = await tx.$queryRaw<AggregateSource[]>(Prisma.sql`
    SELECT state::text AS state, kind::text AS kind, "areaId", "probabilityAtSettlement", "priorProbability", payoff, "realisedPayoff"
    FROM "Callback" WHERE "userId" = ${userId} AND state IN ('FULFILLED', 'REJECTED', 'TIMED_OUT')`);
  await addAggregateRows(tx, userId, aggregatesOf(rows));
  await tx.$executeRaw(Prisma.sql`
    INSERT INTO "UserAggregate" ("userId", dim, key, count) VALUES (${userId}, ${AGGREGATES_MARKER.dim}, ${AGGREGATES_MARKER.key}, 1)
    ON CONFLICT DO NOTHING`);
}
