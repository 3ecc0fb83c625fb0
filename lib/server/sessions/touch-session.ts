import { getDb } from "@/lib/db";
import { LAST_SEEN_RESOLUTION_MINUTES } from "@/lib/server/sessions/session-policy";

/**
 * Moves a session's lastSeenAt to `now` when it is older than the resolution. Conditional, so
 * concurrent requests (or instances) write it once; callers skip the call entirely when the value
 * they read is recent, so most requests write nothing.
 */
export async function touchSession(sessionId: string, now: Date): Promise<void> {
  const staleBefore = new Date(now.getTime() - LAST_SEEN_RESOLUTION_MINUTES * 60_000);
  await getDb().session.updateMany({
    where: { id: sessionId, revokedAt: null, lastSeenAt: { lt: staleBefore } },
    data: { lastSeenAt: now },
  });
}
