import { assertCanCancel, lockFromDay } from "@/lib/domain/commitments";
import { dateToDayKey } from "@/lib/domain/day-keys";
import type { Commitment } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { mutateCommitment } from "@/lib/server/commitments/mutate-commitment";

/** Cancels an ACTIVE commitment: before it starts or after its 7-day lock, never during it (see lockFromDay). */
export async function cancelCommitment(actor: Actor, commitmentId: string, now: Date): Promise<Commitment> {
  return mutateCommitment(actor, commitmentId, (commitment) => {
    const lockFrom = lockFromDay(dateToDayKey(commitment.startsOn), commitment.createdAt, actor.timeZone);
    assertCanCancel({ state: commitment.state, lockFrom }, now, actor.timeZone);
    return { state: "CANCELLED", endedAt: now };
  });
}
