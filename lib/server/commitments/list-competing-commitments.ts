import type { Tx } from "@/lib/db";
import { getDb } from "@/lib/db";
import { competingCommitments } from "@/lib/domain/commitments";
import { dateToDayKey, dayKeyToDate } from "@/lib/domain/day-keys";
import { dayKeyInZone } from "@/lib/domain/time";
import type { Actor } from "@/lib/server/actor";

export type CompetingCommitment = { id: string; title: string; areaId: string };

/**
 * The focus guard: the user's running commitments (ACTIVE, started, not past the last day) with an
 * area other than `areaId` (null = a capture without an area). Index userId,state,endsOn.
 */
export async function listCompetingCommitments(actor: Actor, areaId: string | null, now: Date, tx?: Tx): Promise<CompetingCommitment[]> {
  const today = dayKeyToDate(dayKeyInZone(now, actor.timeZone));
  const rows = await (tx ?? getDb()).commitment.findMany({
    where: { userId: actor.id, state: "ACTIVE", areaId: { not: null }, startsOn: { lte: today }, endsOn: { gte: today } },
    select: { id: true, title: true, areaId: true, state: true, startsOn: true, endsOn: true },
    orderBy: { createdAt: "asc" },
  });
  return competingCommitments(
    rows.map((row) => ({ ...row, startsOn: dateToDayKey(row.startsOn), endsOn: dateToDayKey(row.endsOn) })),
    areaId,
    now,
    actor.timeZone,
  ).map((row) => ({ id: row.id, title: row.title, areaId: row.areaId! }));
}
