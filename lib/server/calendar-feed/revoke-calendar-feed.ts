import { getDb } from "@/lib/db";

/** Revokes the user's active calendar feed (its URL then answers 410). Returns whether one was active. */
export async function revokeCalendarFeed(userId: string, now: Date): Promise<boolean> {
  const { count } = await getDb().calendarFeed.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
  return count > 0;
}
