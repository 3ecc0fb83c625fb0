import { getDb, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { Commitment, Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { recordIdempotentWrite } from "@/lib/server/idempotency/record-idempotent-write";

/**
 * The one way a commitment changes after creation: in a transaction, read the user's own row
 * (someone else's is "not found", the same as a missing one), let `plan` decide the columns to
 * write (it may throw a DomainError, e.g. "locked until …"), and write them only if nobody else
 * wrote in between (optimistic version check). All or nothing.
 */
export async function mutateCommitment(
  actor: Actor,
  commitmentId: string,
  plan: (commitment: Commitment, tx: Tx) => Prisma.CommitmentUncheckedUpdateManyInput | Promise<Prisma.CommitmentUncheckedUpdateManyInput>,
): Promise<Commitment> {
  return getDb().$transaction(async (tx) => {
    const commitment = await tx.commitment.findFirst({ where: { id: commitmentId, userId: actor.id } });
    if (!commitment) throw notFound("That commitment");
    const data = await plan(commitment, tx);
    const { count } = await tx.commitment.updateMany({
      where: { id: commitment.id, userId: actor.id, version: commitment.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", "This commitment changed in the meantime (another tab?). Reload and try again.");
    // An API request with an Idempotency-Key: the key records this write in the same transaction.
    await recordIdempotentWrite(tx, commitment.id);
    return tx.commitment.findFirstOrThrow({ where: { id: commitment.id, userId: actor.id } });
  });
}
