import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/server/actor";

export const CALLBACK_OPTIONS_MAX = 50;

/**
 * Open callbacks a new effort entry can be tied to from the portfolio page: the actor's PENDING
 * ones, most recently touched first, at most CALLBACK_OPTIONS_MAX (any callback can still be
 * reached from its own page).
 */
export async function listEffortCallbackOptions(actor: Actor): Promise<{ id: string; title: string; areaId: string | null }[]> {
  return getDb().callback.findMany({
    where: { userId: actor.id, state: "PENDING" },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: CALLBACK_OPTIONS_MAX,
    select: { id: true, title: true, areaId: true },
  });
}
