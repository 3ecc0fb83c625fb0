import { getDb } from "@/lib/db";
import { snoozeUntil } from "@/lib/domain/tick";
import { AppError, notFound } from "@/lib/errors";
import type { Actor } from "@/lib/server/actor";

/**
 * "Later": keeps the user's own open callback (PENDING or TIMED_OUT) out of the tick's queue until
 * the start of their next day, in their time zone. One conditional update that bumps the version.
 */
export async function snoozeCallback(actor: Actor, callbackId: string, now: Date): Promise<{ snoozedUntil: Date }> {
  const db = getDb();
  const until = snoozeUntil(now, actor.timeZone);
  const { count } = await db.callback.updateMany({
    where: { id: callbackId, userId: actor.id, state: { in: ["PENDING", "TIMED_OUT"] } },
    data: { snoozedUntil: until, version: { increment: 1 } },
  });
  if (count === 1) return { snoozedUntil: until };
  const exists = await db.callback.findFirst({ where: { id: callbackId, userId: actor.id }, select: { id: true } });
  if (!exists) throw notFound("That callback");
  throw new AppError("CONFLICT", "This callback is already settled or cancelled, so there's nothing to put off.");
}
