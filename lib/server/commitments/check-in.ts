import { getDb } from "@/lib/db";
import { assertCheckInPeriod, computeStreak, periodLabel } from "@/lib/domain/commitment-check-ins";
import { assertCanCheckIn } from "@/lib/domain/commitments";
import { dateToDayKey, dayKeyToDate } from "@/lib/domain/day-keys";
import { AppError, notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { commitmentSchedule } from "@/lib/server/commitments/commitment-schedule";
import { enqueueWebhookEvent } from "@/lib/server/webhooks/enqueue-webhook-event";
import type { CheckInInput } from "@/lib/validation/commitments";

/**
 * Records a check-in (kept or missed, with a note) for one period of an ACTIVE commitment: a day
 * (or week) within it that has started. A second check-in for the same period is refused
 * (CONFLICT); the unique (commitmentId, period) index holds that under concurrency too.
 * A missed check-in queues the user's webhook event (commitment.check_in_missed) in the same
 * transaction. Returns the streak after it.
 */
export async function checkIn(actor: Actor, input: CheckInInput, now: Date): Promise<{ streak: number }> {
  const db = getDb();
  const commitment = await db.commitment.findFirst({ where: { id: input.commitmentId, userId: actor.id } });
  if (!commitment) throw notFound("That commitment");
  assertCanCheckIn(commitment);
  const schedule = commitmentSchedule(commitment);
  const period = assertCheckInPeriod(schedule, input.period, now, actor.timeZone);
  try {
    await db.$transaction(async (tx) => {
      await tx.commitmentCheckIn.create({
        data: { commitmentId: commitment.id, userId: actor.id, period: dayKeyToDate(period), kept: input.kept, note: input.note ?? "" },
      });
      if (!input.kept) {
        await enqueueWebhookEvent(tx, {
          userId: actor.id,
          type: "commitment.check_in_missed",
          data: { commitment: { id: commitment.id, title: commitment.title, cadence: commitment.cadence, endsOn: dateToDayKey(commitment.endsOn) }, period, note: input.note ?? "", reason: "marked_missed" },
          now,
        });
      }
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", `You already checked in for ${periodLabel(schedule.cadence, period, now, actor.timeZone)}.`);
    }
    throw error;
  }
  const checkIns = await db.commitmentCheckIn.findMany({
    where: { commitmentId: commitment.id, userId: actor.id },
    select: { period: true, kept: true },
  });
  const streak = computeStreak(schedule, checkIns.map((row) => ({ period: dateToDayKey(row.period), kept: row.kept })), now, actor.timeZone);
  return { streak: streak.current };
}
