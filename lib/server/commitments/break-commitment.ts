import { assertCanBreak } from "@/lib/domain/commitments";
import type { Commitment } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { mutateCommitment } from "@/lib/server/commitments/mutate-commitment";
import type { BreakCommitmentInput } from "@/lib/validation/commitments";

/** Marks an ACTIVE commitment broken now, with a note. Always allowed, the lock included. */
export async function breakCommitment(actor: Actor, commitmentId: string, input: BreakCommitmentInput, now: Date): Promise<Commitment> {
  return mutateCommitment(actor, commitmentId, (commitment) => {
    assertCanBreak(commitment);
    return { state: "BROKEN", brokenNote: input.note, endedAt: now };
  });
}
