import type { z } from "zod";
import { dateToDayKey } from "@/lib/domain/day-keys";
import type { Commitment } from "@/lib/generated/prisma/client";
import type { CommitmentDetail } from "@/lib/server/commitments/get-commitment";
import type { listCommitments } from "@/lib/server/commitments/list-commitments";
import type { commitmentDetailSchema, commitmentListSchema, commitmentSchema } from "@/lib/validation/v1/commitments";

/** Commitments as API v1 shows them: days as YYYY-MM-DD in the user's zone, explicit fields. */
export function presentCommitment(row: Commitment): z.infer<typeof commitmentSchema> {
  return {
    id: row.id,
    title: row.title,
    why: row.why,
    areaId: row.areaId,
    startsOn: dateToDayKey(row.startsOn),
    endsOn: dateToDayKey(row.endsOn),
    cadence: row.cadence,
    state: row.state,
    endedAt: row.endedAt,
    brokenNote: row.brokenNote,
    reflection: row.reflection,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function presentCommitmentDetail(detail: CommitmentDetail): z.infer<typeof commitmentDetailSchema> {
  return {
    ...presentCommitment(detail.commitment),
    area: detail.commitment.area,
    status: detail.status,
    locked: detail.locked,
    lockedUntil: detail.lockedUntil,
    streak: detail.streak,
    checkIns: detail.checkIns,
    due: detail.due,
    canClose: detail.canClose,
    canCancel: detail.canCancel,
    canReword: detail.canReword,
    rewordUntil: detail.rewordUntil,
  };
}

export function presentCommitmentList(list: Awaited<ReturnType<typeof listCommitments>>): z.infer<typeof commitmentListSchema> {
  return {
    active: list.active.map((row) => ({ ...presentCommitment(row), area: row.area, locked: row.locked, lockedUntil: row.lockedUntil, streak: row.streak })),
    past: list.past.map((row) => ({ ...presentCommitment(row), area: row.area, keptCount: row.keptCount, checkInCount: row.checkInCount })),
  };
}
