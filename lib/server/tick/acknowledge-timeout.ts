import { getDb } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { Actor } from "@/lib/server/actor";

/**
 * "Accept the silence": marks the user's own TIMED_OUT callback as seen in the tick, so it leaves
 * the queue and stays timed out. One conditional update (still TIMED_OUT, not yet acknowledged,
 * this user), which bumps the version like every write. Acknowledging twice is harmless; a
 * callback that is no longer timed out (settled late, extended, reopened meanwhile) is a conflict.
 */
export async function acknowledgeTimeout(actor: Actor, callbackId: string, now: Date): Promise<{ acknowledgedAt: Date }> {
  const db = getDb();
  const { count } = await db.callback.updateMany({
    where: { id: callbackId, userId: actor.id, state: "TIMED_OUT", acknowledgedAt: null },
    data: { acknowledgedAt: now, version: { increment: 1 } },
  });
  if (count === 1) return { acknowledgedAt: now };
  const callback = await db.callback.findFirst({
    where: { id: callbackId, userId: actor.id },
    select: { state: true, acknowledgedAt: true },
  });
  if (!callback) throw notFound("That callback");
  if (callback.state === "TIMED_OUT" && callback.acknowledgedAt) return { acknowledgedAt: callback.acknowledgedAt };
  throw new AppError("CONFLICT", "This callback isn't timed out any more (it changed in another tab). Reload to see it.");
}
