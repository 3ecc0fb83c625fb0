import { getDb } from "@/lib/db";
import { formatEffortPoints } from "@/lib/domain/portfolio";
import { notFound } from "@/lib/errors";
import type { Actor } from "@/lib/server/actor";
import { adjustCallbackEffort } from "@/lib/server/effort/adjust-callback-effort";

/**
 * Deletes one of the actor's effort entries; a tied callback's `effort` drops by its points in
 * the same transaction. Someone else's entry is "not found" and stays untouched.
 */
export async function deleteEffort(actor: Actor, entryId: string, now: Date): Promise<{ id: string; callbackId: string | null }> {
  return getDb().$transaction(async (tx) => {
    const entry = await tx.effortEntry.findFirst({ where: { id: entryId, userId: actor.id }, select: { id: true, callbackId: true, points: true } });
    if (!entry) throw notFound("That effort entry");
    await tx.effortEntry.deleteMany({ where: { id: entry.id, userId: actor.id } });
    if (entry.callbackId) await adjustCallbackEffort(tx, actor, entry.callbackId, -entry.points, `Effort entry of ${formatEffortPoints(entry.points)} deleted`, now);
    return { id: entry.id, callbackId: entry.callbackId };
  });
}
