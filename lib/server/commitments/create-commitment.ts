import { getDb } from "@/lib/db";
import { MAX_ACTIVE_COMMITMENTS, validateCommitmentDates, validateNewStart } from "@/lib/domain/commitments";
import { COMMITMENT_WEIGHT, wouldOverflow } from "@/lib/domain/load";
import { getLoad } from "@/lib/server/load/get-load";
import { dayKeyToDate } from "@/lib/domain/day-keys";
import { isDomainError } from "@/lib/domain/errors";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/server/actor";
import { recordIdempotentWrite } from "@/lib/server/idempotency/record-idempotent-write";
import { assertOwnArea } from "@/lib/server/commitments/assert-own-area";
import type { CreateCommitmentInput } from "@/lib/validation/commitments";

export type CreateCommitmentResult =
  | {
      status: "created";
      id: string;
      title: string;
      /** The questions the person had already answered with "go ahead" (confirmOverflow), with their text. */
      confirmed: { reason: "overflow"; message: string }[];
    }
  | {
      status: "needs-confirmation";
      reason: "overflow";
      reasons: ["overflow"];
      /** "This takes your load to 9 of 7: more open threads than you can hold. Make it anyway?" */
      message: string;
      load: number;
      capacity: number;
    };

export const TOO_MANY_ACTIVE_MESSAGE = `You already have ${MAX_ACTIVE_COMMITMENTS} active commitments — that's the limit. Close, break or cancel one before making another.`;

/**
 * Creates a commitment. The start may be up to 30 days back (for one already being kept); the end
 * is 7–366 days after it. At most 3 ACTIVE per user, checked inside the creating transaction with
 * the user's row locked (SELECT … FOR UPDATE), so two parallel creates can't both pass. Like a
 * capture, one that would push load (3 per commitment) over capacity is not written until the
 * person confirms (`confirmOverflow`): the answer is then "needs-confirmation" with the question.
 */
export async function createCommitment(actor: Actor, input: CreateCommitmentInput, now: Date): Promise<CreateCommitmentResult> {
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
  // The limit is the firmer answer: no point asking about load for a commitment that can't be made.
  const [active, load] = await Promise.all([
    getDb().commitment.count({ where: { userId: actor.id, state: "ACTIVE" } }),
    getLoad(actor, now),
  ]);
  if (active >= MAX_ACTIVE_COMMITMENTS) throw new AppError("CONFLICT", TOO_MANY_ACTIVE_MESSAGE);
  const confirmed: { reason: "overflow"; message: string }[] = [];
  if (wouldOverflow(load.load, COMMITMENT_WEIGHT, actor.capacity)) {
    const after = load.load + COMMITMENT_WEIGHT;
    const message = `This takes your load to ${Number.isInteger(after) ? after : after.toFixed(1)} of ${actor.capacity}: more open threads than you can hold. Make it anyway?`;
    if (!input.confirmOverflow) {
      return { status: "needs-confirmation", reason: "overflow", reasons: ["overflow"], message, load: load.load, capacity: actor.capacity };
    }
    confirmed.push({ reason: "overflow", message });
  }
  const created = await getDb().$transaction(async (tx) => {
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
  return { status: "created", ...created, confirmed };
}
