import { checkEdit, lockFromDay } from "@/lib/domain/commitments";
import { dayKeyToDate } from "@/lib/domain/day-keys";
import { isDomainError } from "@/lib/domain/errors";
import { AppError } from "@/lib/errors";
import type { Commitment } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { assertOwnArea } from "@/lib/server/commitments/assert-own-area";
import { commitmentSchedule } from "@/lib/server/commitments/commitment-schedule";
import { mutateCommitment } from "@/lib/server/commitments/mutate-commitment";
import type { EditCommitmentInput } from "@/lib/validation/commitments";

/**
 * Edits an ACTIVE commitment. During the 7-day lock only extending the end and weekly → daily
 * may change, plus title and why in the first hour after it was made (see checkEdit); a blank
 * area means "no area".
 */
export async function editCommitment(actor: Actor, commitmentId: string, input: EditCommitmentInput, now: Date): Promise<Commitment> {
  return mutateCommitment(actor, commitmentId, async (commitment, tx) => {
    const schedule = commitmentSchedule(commitment);
    const lockFrom = lockFromDay(schedule.startsOn, commitment.createdAt, actor.timeZone);
    const current = { ...schedule, state: commitment.state, areaId: commitment.areaId, lockFrom, title: commitment.title, why: commitment.why, createdAt: commitment.createdAt };
    const areaId = input.areaId ?? null;
    let next;
    try {
      next = checkEdit(current, { title: input.title, why: input.why ?? "", areaId, startsOn: input.startsOn, endsOn: input.endsOn, cadence: input.cadence }, now, actor.timeZone);
    } catch (error) {
      // Date problems belong under the end field; lock refusals are the form's message.
      if (isDomainError(error) && error.code === "INVALID_DURATION") throw new AppError("INVALID", error.message, { endsOn: [error.message] });
      if (isDomainError(error) && error.code === "INVALID_DATE") throw new AppError("INVALID", error.message, { startsOn: [error.message] });
      throw error;
    }
    if (areaId && areaId !== commitment.areaId) await assertOwnArea(tx, actor.id, areaId);
    return {
      title: input.title,
      why: input.why ?? "",
      areaId,
      startsOn: dayKeyToDate(next.startsOn),
      endsOn: dayKeyToDate(next.endsOn),
      cadence: next.cadence,
    };
  });
}
