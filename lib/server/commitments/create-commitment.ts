import { getDb } from "@/lib/db";
import { MAX_ACTIVE_COMMITMENTS, validateCommitmentDates, validateNewStart } from "@/lib/domain/commitments";
import { dayKeyToDate } from "@/lib/domain/day-keys";
import { isDomainError } from "@/lib/domain/errors";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/server/actor";
import { recordIdempotentWrite } from "@/lib/server/idempotency/record-idempotent-write";
import { assertOwnArea } from "@/lib/server/commitments/assert-own-area";
import type { CreateCommitmentInput } from "@/lib/validation/commitments";

export const TOO_MANY_ACTIVE_MESSAGE = `You already have ${MAX_ACTIVE_COMMITMENTS} active commitments — that's the limit. Close, break or cancel one before making another.`;

/**
 * Creates a commitment. The start may be up to 30 days back (for one already being kept); the end
 * is 7–366 days after it. At most 3 ACTIVE per user, checked inside the creating transaction with
 * the user's row locked (SELECT … FOR UPDATE), so two parallel creates can't both pass.
 */
export async function createCommitment(actor: Actor, input: CreateCommitmentInput, now: Date): Promise<{ id: string; title: string }> {
  try {
    validateNewStart(input.startsOn, now, actor.timeZone);
  } catch (error) {
    if (isDomainError(error)) throw new AppError("INVALID", error.message, { startsOn: [error.message] });
    throw error;
  }
  try {
    validateCommitmentDates(input.startsOn, input.endsOn);
  } catch (error) {
    if (isDomainError(error)) throw new AppError("INVALID", error.message, { endsOn: [error.message] });
    throw error;
  }
  return getDb().$transaction(async (tx) => {
    // Serialises this user's creates: the count below can't be passed by two at once.
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${actor.id} FOR UPDATE`;
    const active = await tx.commitment.count({ where: { userId: actor.id, state: "ACTIVE" } });
    if (active >= MAX_ACTIVE_COMMITMENTS) throw new AppError("CONFLICT", TOO_MANY_ACTIVE_MESSAGE);
    if (input.areaId) await assertOwnArea(tx, actor.id, input.areaId);
    const created = await tx.commitment.create({
      data: {
        userId: actor.id,
        title: input.title,
        why: input.why ?? "",
        areaId: input.areaId ?? null,
        startsOn: dayKeyToDate(input.startsOn),
        endsOn: dayKeyToDate(input.endsOn),
        cadence: input.cadence,
        // The 7-day lock counts from the day it was made (lockFromDay), on the same clock as `now`.
        createdAt: now,
      },
      select: { id: true, title: true },
    });
    // An API request with an Idempotency-Key: the key records this commitment in the same transaction.
    await recordIdempotentWrite(tx, created.id);
    return created;
  });
}
