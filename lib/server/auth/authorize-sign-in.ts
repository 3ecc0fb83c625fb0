import { getDb } from "@/lib/db";
import { verifyPassword } from "@/lib/server/auth/verify-password";

export const SIGN_IN_WINDOW_MINUTES = 15;
export const MAX_FAILED_SIGN_INS = 5;

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; reason: "wrong-credentials" }
  | { ok: false; reason: "rate-limited"; retryAt: Date };

/**
 * Checks an email and password. After MAX_FAILED_SIGN_INS failures for one email within the
 * window, further attempts are refused (even with the right password) until the oldest of those
 * failures leaves the window. Refused attempts are not recorded, so hammering the form does not
 * extend the lock.
 */
export async function authorizeSignIn(email: string, password: string, now: Date): Promise<SignInResult> {
  const db = getDb();
  const windowStart = new Date(now.getTime() - SIGN_IN_WINDOW_MINUTES * 60_000);
  const recentFailures = await db.signInAttempt.findMany({
    where: { email, succeeded: false, createdAt: { gt: windowStart } },
    orderBy: { createdAt: "desc" },
    take: MAX_FAILED_SIGN_INS,
    select: { createdAt: true },
  });
  if (recentFailures.length >= MAX_FAILED_SIGN_INS) {
    const oldest = recentFailures[recentFailures.length - 1]!.createdAt;
    return { ok: false, reason: "rate-limited", retryAt: new Date(oldest.getTime() + SIGN_IN_WINDOW_MINUTES * 60_000) };
  }

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  const isValid = await verifyPassword(user?.passwordHash ?? null, password);
  await db.signInAttempt.create({ data: { email, succeeded: isValid, createdAt: now } });
  if (!user || !isValid) return { ok: false, reason: "wrong-credentials" };
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
