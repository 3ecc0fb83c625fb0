import { assertCanCancel, dateToDayKey } from "@/lib/domain/commitments";
import type { Commitment } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { mutateCommitment } from "@/lib/server/commitments/mutate-commitment";

/** Cancels an ACTIVE commitment: before it starts or after its 7-day lock, never during it. */
export async function cancelCommitment(actor: Actor, commitmentId: string, now: Date): Promise<Commitment> {
  return mutateCommitment(actor, commitmentId, (commitment) => {
    assertCanCancel({ state: commitment.state, startsOn: dateToDayKey(commitment.startsOn) }, now, actor.timeZone);
    return { state: "CANCELLED", endedAt: now };
  });
}
