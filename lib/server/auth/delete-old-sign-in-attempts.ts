import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { LONGEST_WINDOW_MINUTES } from "@/lib/domain/sign-in-limits";
import { utcTimestampSql } from "@/lib/server/sql-time";

/** Sign-in attempts are kept a day (far past every limit's window) for anyone looking into an incident. */
export const SIGN_IN_ATTEMPT_RETENTION_MINUTES = Math.max(24 * 60, LONGEST_WINDOW_MINUTES);

/** Deletes sign-in attempts older than the retention, at most `limit` per call. */
export async function deleteOldSignInAttempts(now: Date, limit = 1000): Promise<number> {
  const before = new Date(now.getTime() - SIGN_IN_ATTEMPT_RETENTION_MINUTES * 60_000);
  return getDb().$executeRaw(Prisma.sql`
    DELETE FROM "SignInAttempt" WHERE id IN (
      SELECT id FROM "SignInAttempt" WHERE "createdAt" < ${utcTimestampSql(before)}
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )`);
}
