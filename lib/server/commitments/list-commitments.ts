import { getDb } from "@/lib/db";
import { computeStreak, type StreakSummary } from "@/lib/domain/commitment-check-ins";
import { type CommitmentStatus, commitmentStatus, isLocked, lockFromDay, lockLiftsOn } from "@/lib/domain/commitments";
import { dateToDayKey } from "@/lib/domain/day-keys";
import type { Commitment } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { commitmentSchedule } from "@/lib/server/commitments/commitment-schedule";

type AreaRef = { id: string; name: string; color: string } | null;

export type ActiveCommitmentSummary = Commitment & {
  area: AreaRef;
  status: CommitmentStatus;
  locked: boolean;
  /** YYYY-MM-DD the 7-day lock lifts (meaningful while `locked`). */
  lockedUntil: string;
  streak: StreakSummary;
  overrideCount: number;
};
export type PastCommitmentSummary = Commitment & { area: AreaRef; keptCount: number; checkInCount: number };

/** How many past commitments the list shows (most recently ended first). */
export const PAST_COMMITMENTS_LIMIT = 50;

/**
 * The user's ACTIVE commitments (at most 3, soonest end first) with status, lock and streak, and
 * their most recent 50 closed ones with check-in counts. Three queries, none per commitment.
 */
export async function listCommitments(actor: Actor, now: Date): Promise<{ active: ActiveCommitmentSummary[]; past: PastCommitmentSummary[] }> {
  const db = getDb();
  const areaSelect = { select: { id: true, name: true, color: true } } as const;
  const [active, past] = await Promise.all([
    db.commitment.findMany({
      where: { userId: actor.id, state: "ACTIVE" },
      include: { area: areaSelect, _count: { select: { overrides: true } } },
      orderBy: [{ endsOn: "asc" }, { createdAt: "asc" }],
    }),
    db.commitment.findMany({
      where: { userId: actor.id, state: { not: "ACTIVE" } },
      include: { area: areaSelect, _count: { select: { checkIns: true } } },
      orderBy: [{ endedAt: "desc" }, { createdAt: "desc" }],
      take: PAST_COMMITMENTS_LIMIT,
    }),
  ]);
  const [checkIns, keptCounts] = await Promise.all([
    active.length === 0
      ? []
      : db.commitmentCheckIn.findMany({
          where: { userId: actor.id, commitmentId: { in: active.map((row) => row.id) } },
          select: { commitmentId: true, period: true, kept: true },
        }),
    past.length === 0
      ? []
      : db.commitmentCheckIn.groupBy({
          by: ["commitmentId"],
          where: { userId: actor.id, kept: true, commitmentId: { in: past.map((row) => row.id) } },
          _count: { _all: true },
        }),
  ]);
  const kept = new Map(keptCounts.map((row) => [row.commitmentId, row._count._all]));
  return {
    active: active.map(({ _count, ...row }) => {
      const schedule = commitmentSchedule(row);
      const lockFrom = lockFromDay(schedule.startsOn, row.createdAt, actor.timeZone);
      const marks = checkIns.filter((c) => c.commitmentId === row.id).map((c) => ({ period: dateToDayKey(c.period), kept: c.kept }));
      return {
        ...row,
        status: commitmentStatus({ state: row.state, ...schedule }, now, actor.timeZone),
        locked: isLocked(lockFrom, now, actor.timeZone),
        lockedUntil: lockLiftsOn(lockFrom),
        streak: computeStreak(schedule, marks, now, actor.timeZone),
        overrideCount: _count.overrides,
      };
    }),
    past: past.map(({ _count, ...row }) => ({ ...row, checkInCount: _count.checkIns, keptCount: kept.get(row.id) ?? 0 })),
  };
}
