import { Prisma } from "@/lib/generated/prisma/client";
import { queryPrepared } from "@/lib/server/query-prepared";
import { utcTimestampSql } from "@/lib/server/sql-time";
import type { UserProfile } from "@/lib/server/users/get-user";

export type SessionUser = { user: UserProfile; sessionId: string; lastSeenAt: Date };

type Row = UserProfile & { lastSeenAt: Date };

/**
 * The user of a live session: one statement that finds the session row by its primary key (not
 * revoked, not expired, belonging to `userId`) and loads its user with it. Null when the session
 * was signed out, expired, or its account deleted.
 */
export async function findSessionUser(sessionId: string, userId: string, now: Date): Promise<SessionUser | null> {
  const rows = await queryPrepared<Row>("session-user", Prisma.sql`
    SELECT u.id, u.email, u.name, u."timeZone", u.capacity, u.locale, u."weekStartsOn", u."createdAt", s."lastSeenAt"
    FROM "Session" s
    JOIN "User" u ON u.id = s."userId"
    WHERE s.id = ${sessionId} AND s."userId" = ${userId}
      AND s."revokedAt" IS NULL AND s."expiresAt" > ${utcTimestampSql(now)}`);
  const row = rows[0];
  if (!row) return null;
  const { lastSeenAt, ...user } = row;
  return { user, sessionId, lastSeenAt };
}
