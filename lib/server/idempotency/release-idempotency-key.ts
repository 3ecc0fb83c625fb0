import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Frees a key whose attempt failed before writing (an error answer is not kept: a retry with the
 * same key runs again). A claim whose write was recorded stays, so a retry rebuilds that result.
 */
export async function releaseIdempotencyKey(claim: { keyId: string; claimToken: string }): Promise<void> {
  await getDb().$executeRaw(Prisma.sql`
    DELETE FROM "IdempotencyKey" WHERE id = ${claim.keyId} AND "claimToken" = ${claim.claimToken} AND "resultRef" IS NULL AND status IS NULL`);
}
