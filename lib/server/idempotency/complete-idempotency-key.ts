import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { utcTimestampSql } from "@/lib/server/sql-time";

/** Stores the answer of the attempt holding the claim, for every retry within 24 hours. */
export async function completeIdempotencyKey(claim: { keyId: string; claimToken: string }, response: { status: number; body: string }, now: Date): Promise<void> {
  await getDb().$executeRaw(Prisma.sql`
    UPDATE "IdempotencyKey" SET status = ${response.status}, "responseBody" = ${response.body}, "completedAt" = ${utcTimestampSql(now)}
    WHERE id = ${claim.keyId} AND "claimToken" = ${claim.claimToken}`);
}
