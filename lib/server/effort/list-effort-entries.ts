import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/server/actor";
import { EFFORT_ENTRY_SELECT, type EffortEntryView } from "@/lib/server/effort/effort-entry-view";

export const EFFORT_PAGE_SIZE = 20;
export const EFFORT_LIST_MAX = 500;

export type EffortEntryList = { entries: EffortEntryView[]; hasMore: boolean };

/**
 * The actor's most recent effort entries, newest first (by the day spent, then by id), at most
 * `take` (default EFFORT_PAGE_SIZE, capped at EFFORT_LIST_MAX; index userId+spentAt); only those
 * tied to `callbackId` when given. Only ever the actor's own rows.
 */
export async function listEffortEntries(actor: Actor, options: { callbackId?: string; take?: number } = {}): Promise<EffortEntryList> {
  const take = Math.min(Math.max(1, Math.trunc(options.take ?? EFFORT_PAGE_SIZE)), EFFORT_LIST_MAX);
  const rows = await getDb().effortEntry.findMany({
    where: { userId: actor.id, ...(options.callbackId ? { callbackId: options.callbackId } : {}) },
    orderBy: [{ spentAt: "desc" }, { id: "desc" }],
    take: take + 1,
    select: EFFORT_ENTRY_SELECT,
  });
  return { entries: rows.slice(0, take), hasMore: rows.length > take };
}
