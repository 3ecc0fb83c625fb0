import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { utcTimestampSql } from "@/lib/server/sql-time";

/** Rows removed per call at most, so one sweep never holds locks for long. */
export const STALE_SESSION_BATCH = 1000;

/**
 * Deletes sessions that can never be used again (signed out, or expired), at most `limit` per
 * call; a backlog is cleared over the next sweeps. Safe to run from several instances at once.
 */
export async function deleteStaleSessions(now: Date, limit = STALE_SESSION_BATCH): Promise<number> {
  return getDb().$executeRaw(Prisma.sql`
    DELETE FROM "Session" WHERE id IN (
      SELECT id FROM "Session"
      WHERE "revokedAt" IS NOT NULL OR "expiresAt" <= ${utcTimestampSql(now)}
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )`);
}
