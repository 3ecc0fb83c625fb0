import { getDb } from "@/lib/db";
import { feedPath, generateFeedToken } from "@/lib/server/calendar-feed/feed-token";

/**
 * Creates the user's calendar feed, or rotates it: any active feed is revoked (its URL then
 * answers 410) and a new token is made, in one transaction with the user's row locked so two
 * rotations can't leave two active feeds. Returns the new feed's path; the token in it is never
 * stored (only its SHA-256), so this is the only time it can be shown.
 */
export async function rotateCalendarFeed(userId: string, now: Date): Promise<{ path: string; createdAt: Date }> {
  const { token, hash } = generateFeedToken();
  const row = await getDb().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${userId} FOR UPDATE`;
    await tx.calendarFeed.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
    return tx.calendarFeed.create({ data: { userId, tokenHash: hash, createdAt: now } });
  });
  return { path: feedPath(token), createdAt: row.createdAt };
}
