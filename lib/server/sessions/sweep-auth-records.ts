import { deleteOldSignInAttempts } from "@/lib/server/auth/delete-old-sign-in-attempts";
import { deleteStaleSessions } from "@/lib/server/sessions/delete-stale-sessions";

/**
 * The scheduler's clean-up of sign-in records: signed-out and expired sessions, and sign-in
 * attempts past their retention. Bounded per call (see each function); returns what was removed.
 */
export async function sweepAuthRecords(now: Date): Promise<{ sessions: number; signInAttempts: number }> {
  const sessions = await deleteStaleSessions(now);
  const signInAttempts = await deleteOldSignInAttempts(now);
  return { sessions, signInAttempts };
}
