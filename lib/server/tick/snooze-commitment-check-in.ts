import { getDb } from "@/lib/db";
import { snoozeUntil } from "@/lib/domain/tick";
import { AppError, notFound } from "@/lib/errors";
import type { Actor } from "@/lib/server/actor";

/**
 * "Later" on a commitment's check-in in the tick: keeps the user's own ACTIVE commitment's
 * check-in out of the queue until the start of their next day, in their time zone (tomorrow the
 * period it skipped comes back as the previous one, next to the new one). Nothing is checked in:
 * the streak only counts what was marked kept or missed. One conditional update that bumps the version.
 */
export async function snoozeCommitmentCheckIn(actor: Actor, commitmentId: string, now: Date): Promise<{ snoozedUntil: Date }> {
  const db = getDb();
  const until = snoozeUntil(now, actor.timeZone);
  const { count } = await db.commitment.updateMany({
    where: { id: commitmentId, userId: actor.id, state: "ACTIVE" },
    data: { snoozedUntil: until, version: { increment: 1 } },
  });
  if (count === 1) return { snoozedUntil: until };
  const exists = await db.commitment.findFirst({ where: { id: commitmentId, userId: actor.id }, select: { id: true } });
  if (!exists) throw notFound("That commitment");
  throw new AppError("CONFLICT", "This commitment is closed, so there's no check-in to put off.");
}
