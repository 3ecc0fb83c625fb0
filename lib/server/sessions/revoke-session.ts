import { getDb } from "@/lib/db";

/**
 * Signs one session out. The session must be the user's own and still live (checked in the same
 * statement); returns false when there was nothing to sign out.
 */
export async function revokeSession(userId: string, sessionId: string, now: Date = new Date()): Promise<boolean> {
  const { count } = await getDb().session.updateMany({
    where: { id: sessionId, userId, revokedAt: null },
    data: { revokedAt: now },
  });
  return count > 0;
}
