import { getDb, type Db, type Tx } from "@/lib/db";

/**
 * Signs out every session of the user except `exceptSessionId` (the one making the request, when
 * it should stay signed in). For "sign out everywhere", a password change, and a password reset.
 * Pass `db` to run inside a caller's transaction. Returns how many sessions were signed out.
 */
export async function revokeAllSessions(
  userId: string,
  exceptSessionId?: string,
  { now = new Date(), db = getDb() }: { now?: Date; db?: Db | Tx } = {},
): Promise<number> {
  const { count } = await db.session.updateMany({
    where: { userId, revokedAt: null, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) },
    data: { revokedAt: now },
  });
  return count;
}
