import { assertCanClose } from "@/lib/domain/commitments";
import { dateToDayKey } from "@/lib/domain/day-keys";
import type { Commitment } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { mutateCommitment } from "@/lib/server/commitments/mutate-commitment";
import type { CloseCommitmentInput } from "@/lib/validation/commitments";

/** The verdict at the end (from its last day on): kept or broken, with a reflection. */
export async function closeCommitment(actor: Actor, commitmentId: string, input: CloseCommitmentInput, now: Date): Promise<Commitment> {
  return mutateCommitment(actor, commitmentId, (commitment) => {
    assertCanClose({ state: commitment.state, endsOn: dateToDayKey(commitment.endsOn) }, now, actor.timeZone);
    return { state: input.verdict, reflection: input.reflection, endedAt: now };
  });
}
