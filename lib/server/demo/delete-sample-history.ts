import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/server/actor";
import { recomputeAggregates } from "@/lib/server/aggregates/recompute-aggregates";

/** Removes the sample history of this account only (rows flagged `demo`), real rows untouched. */
export async function deleteSampleHistory(actor: Actor, db = getDb()): Promise<{ callbacks: number; effortEntries: number }> {
  return db.$transaction(async (tx) => {
    // Effort first: a sample entry may point at a sample callback (the link would only be nulled).
    const effort = await tx.effortEntry.deleteMany({ where: { userId: actor.id, demo: true } });
    // Events, follow-up overrides and links cascade with their callback.
    const callbacks = await tx.callback.deleteMany({ where: { userId: actor.id, demo: true } });
    // Their share of the all-time totals leaves with them.
    if (callbacks.count > 0) await recomputeAggregates(actor.id, tx);
    return { callbacks: callbacks.count, effortEntries: effort.count };
  });
}
