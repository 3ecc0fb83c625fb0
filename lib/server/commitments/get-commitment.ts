import { getDb } from "@/lib/db";
import { computeStreak, dueCheckInPeriods, periodLabel, type StreakSummary } from "@/lib/domain/commitment-check-ins";
import { type CommitmentStatus, canReword, commitmentStatus, hasStarted, isLocked, lockFromDay, lockLiftsOn, typoFixEndsAt } from "@/lib/domain/commitments";
import { dateToDayKey } from "@/lib/domain/day-keys";
import { dayKeyInZone } from "@/lib/domain/time";
import { notFound } from "@/lib/errors";
import type { Commitment } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { commitmentSchedule } from "@/lib/server/commitments/commitment-schedule";

export type CommitmentDetail = {
  commitment: Commitment & { area: { id: string; name: string; color: string } | null };
  startsOn: string;
  endsOn: string;
  status: CommitmentStatus;
  started: boolean;
  locked: boolean;
  /** The first day the lock no longer holds (startsOn + 7). */
  lockedUntil: string;
  streak: StreakSummary;
  /** Newest first. */
  checkIns: { id: string; period: string; kept: boolean; note: string; createdAt: Date }[];
  /** Periods that can be checked in now, newest first, with their labels. */
  due: { period: string; label: string }[];
  overrides: { id: string; callbackId: string | null; callbackTitle: string; at: Date }[];
  /** Whether the verdict (kept/broken with a reflection) can be given: ACTIVE and on/after the last day. */
  canClose: boolean;
  canCancel: boolean;
  /** Whether title and why may change now: outside the lock, or a typo fix in its first hour. */
  canReword: boolean;
  /** While the lock holds but typo fixes are still open: when they close. */
  rewordUntil: Date | null;
};

/** One of the user's commitments with its check-ins, streak, lock and overrides; someone else's is "not found". */
export async function getCommitment(actor: Actor, commitmentId: string, now: Date): Promise<CommitmentDetail> {
  const db = getDb();
  const [commitment, checkIns, overrides] = await Promise.all([
    db.commitment.findFirst({ where: { id: commitmentId, userId: actor.id }, include: { area: { select: { id: true, name: true, color: true } } } }),
    db.commitmentCheckIn.findMany({
      where: { commitmentId, userId: actor.id },
      select: { id: true, period: true, kept: true, note: true, createdAt: true },
      orderBy: { period: "desc" },
    }),
    db.focusOverride.findMany({
      // One row per capture, listing every commitment it competed with (this one among them).
      where: { userId: actor.id, commitmentIds: { has: commitmentId } },
      select: { id: true, callbackId: true, callbackTitle: true, at: true },
      orderBy: { at: "desc" },
    }),
  ]);
  if (!commitment) throw notFound("That commitment");
  const zone = actor.timeZone;
  const schedule = commitmentSchedule(commitment);
  const marks = checkIns.map((row) => ({ ...row, period: dateToDayKey(row.period) }));
  const status = commitmentStatus({ state: commitment.state, ...schedule }, now, zone);
  const active = commitment.state === "ACTIVE";
  const lockFrom = lockFromDay(schedule.startsOn, commitment.createdAt, zone);
  const locked = isLocked(lockFrom, now, zone);
  const reword = canReword(lockFrom, commitment.createdAt, now, zone);
  return {
    commitment,
    ...schedule,
    status,
    started: hasStarted(schedule.startsOn, now, zone),
    locked,
    lockedUntil: lockLiftsOn(lockFrom),
    streak: computeStreak(schedule, marks, now, zone),
    checkIns: marks,
    due: active
      ? dueCheckInPeriods(schedule, new Set(marks.map((mark) => mark.period)), now, zone).map((period) => ({
          period,
          label: periodLabel(schedule.cadence, period, now, zone),
        }))
      : [],
    overrides,
    canClose: active && dayKeyInZone(now, zone) >= schedule.endsOn,
    canCancel: active && !locked,
    canReword: active && reword,
    rewordUntil: active && locked && reword ? typoFixEndsAt(commitment.createdAt) : null,
  };
}
