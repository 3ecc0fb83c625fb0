import { type Db, getDb } from "@/lib/db";
import { dateToDayKey, dayKeyToDate } from "@/lib/domain/day-keys";
import { periodJustMissed } from "@/lib/domain/missed-check-ins";
import { webhookBody } from "@/lib/server/webhooks/enqueue-webhook-event";

/**
 * The scheduler's search for check-ins that went by without one (the other kind of
 * commitment.check_in_missed; a check-in recorded as missed is queued when it is recorded). Only
 * active commitments of users with an enabled webhook are looked at (at most 3 each), and each
 * (commitment, period) is queued once: the delivery's unique dedupe key holds that across runs
 * and instances. Returns how many events were queued.
 */
export async function enqueueMissedCheckIns(now: Date, db: Db = getDb()): Promise<number> {
  const commitments = await db.commitment.findMany({
    where: { state: "ACTIVE", user: { webhooks: { some: { disabledAt: null } } } },
    select: {
      id: true,
      userId: true,
      title: true,
      cadence: true,
      startsOn: true,
      endsOn: true,
      user: { select: { timeZone: true, webhooks: { where: { disabledAt: null }, select: { id: true } } } },
    },
  });
  let queued = 0;
  for (const commitment of commitments) {
    const webhook = commitment.user.webhooks[0];
    if (!webhook) continue;
    const schedule = { startsOn: dateToDayKey(commitment.startsOn), endsOn: dateToDayKey(commitment.endsOn), cadence: commitment.cadence };
    const candidate = periodJustMissed(schedule, now, commitment.user.timeZone);
    if (!candidate) continue;
    const checkIn = await db.commitmentCheckIn.findUnique({ where: { commitmentId_period: { commitmentId: commitment.id, period: dayKeyToDate(candidate) } }, select: { id: true } });
    if (checkIn) continue;
    const data = {
      commitment: { id: commitment.id, title: commitment.title, cadence: commitment.cadence, endsOn: schedule.endsOn },
      period: candidate,
      note: "",
      reason: "no_check_in",
    };
    const { count } = await db.webhookDelivery.createMany({
      data: [{ webhookId: webhook.id, userId: commitment.userId, eventType: "commitment.check_in_missed", body: webhookBody("commitment.check_in_missed", data, now), nextAttemptAt: now, createdAt: now, dedupeKey: `missed:${commitment.id}:${candidate}` }],
      skipDuplicates: true,
    });
    queued += count;
  }
  return queued;
}
