import { getDb } from "@/lib/db";
import { FEED_TOKEN_PATTERN } from "@/lib/server/calendar-feed/feed-token";
import { hashToken } from "@/lib/server/tokens/hash-token";

export type FeedLookup = { kind: "active"; userId: string } | { kind: "revoked" } | { kind: "unknown" };

/**
 * The feed a token opens, looked up by its SHA-256 (one indexed query; a token of the wrong shape
 * never reaches the database). A revoked feed is told apart so the route can answer 410.
 */
export async function findCalendarFeed(token: string): Promise<FeedLookup> {
  if (!FEED_TOKEN_PATTERN.test(token)) return { kind: "unknown" };
  const feed = await getDb().calendarFeed.findUnique({ where: { tokenHash: hashToken(token) }, select: { userId: true, revokedAt: true } });
  if (!feed) return { kind: "unknown" };
  return feed.revokedAt ? { kind: "revoked" } : { kind: "active", userId: feed.userId };
}
