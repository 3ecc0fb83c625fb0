import type { Db, Tx } from "@/lib/db";
import { type AggregateRow, type AggregateSource, aggregateDelta } from "@/lib/domain/aggregates";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Adds `rows` to the user's running totals (lib/domain/aggregates.ts) in one statement, creating
 * missing rows. Rows are written in (dim, key) order, so two transactions changing the same user
 * lock them in the same order. Run it in the transaction that changes the callbacks.
 */
export async function addAggregateRows(db: Db | Tx, userId: string, rows: readonly AggregateRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db.$executeRaw(Prisma.sql`
    INSERT INTO "UserAggregate" ("userId", dim, key, count, hits, "sumP", "sumSq", "sumPriorSq", "sumValue")
    SELECT ${userId}, r.dim, r.key, r.count, r.hits, r."sumP", r."sumSq", r."sumPriorSq", r."sumValue"
    FROM json_to_recordset(${JSON.stringify(rows)}::json)
      AS r(dim text, key text, count int, hits int, "sumP" float8, "sumSq" float8, "sumPriorSq" float8, "sumValue" float8)
    ORDER BY r.dim, r.key
    ON CONFLICT ("userId", dim, key) DO UPDATE SET
      count = "UserAggregate".count + EXCLUDED.count,
      hits = "UserAggregate".hits + EXCLUDED.hits,
      "sumP" = "UserAggregate"."sumP" + EXCLUDED."sumP",
      "sumSq" = "UserAggregate"."sumSq" + EXCLUDED."sumSq",
      "sumPriorSq" = "UserAggregate"."sumPriorSq" + EXCLUDED."sumPriorSq",
      "sumValue" = "UserAggregate"."sumValue" + EXCLUDED."sumValue"`);
}

/**
 * Keeps the user's all-time aggregates in step with one callback going from `before` to `after`
 * (null: not there — a capture's before, a delete's after). Call it inside the transaction that
 * writes the callback: settle, reopen, edit, delete, time-out, import (an import of many rows may
 * instead call `recomputeAggregates(userId, tx)` once at its end).
 */
export async function applyAggregateDelta(tx: Db | Tx, userId: string, before: AggregateSource | null, after: AggregateSource | null): Promise<void> {
  await addAggregateRows(tx, userId, aggregateDelta(before, after));
}
