import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { idempotencyScope } from "@/lib/server/idempotency/idempotency-scope";

/**
 * Called by a write path inside its transaction, after the write: records what the write
 * created or changed (`resultRef`) on the request's Idempotency-Key claim, in the same
 * transaction. So either both commit or neither: a crash after the commit leaves the key pointing
 * at the result (a retry rebuilds the answer from it, never writes again), a crash before leaves
 * no write (a retry may take the claim over). If a retry already took the claim over, this
 * attempt throws and its transaction rolls back. Outside an API request with a key: nothing.
 */
export async function recordIdempotentWrite(tx: Tx, resultRef: string): Promise<void> {
  const scope = idempotencyScope.getStore();
  if (!scope || scope.recorded) return;
  const count = await tx.$executeRaw(Prisma.sql`
    UPDATE "IdempotencyKey" SET "resultRef" = ${resultRef}
    WHERE id = ${scope.keyId} AND "claimToken" = ${scope.claimToken} AND "resultRef" IS NULL AND status IS NULL`);
  if (count !== 1) {
    throw new AppError("CONFLICT", "A retry of this request (same Idempotency-Key) took over while it ran; this attempt saved nothing.");
  }
  scope.recorded = true;
}
