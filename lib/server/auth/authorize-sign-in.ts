import { getDb } from "@/lib/db";
import type { SignInLimitScope } from "@/lib/domain/sign-in-limits";
import { checkSignInLimit } from "@/lib/server/auth/check-sign-in-limit";
import { verifyPassword } from "@/lib/server/auth/verify-password";

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; reason: "wrong-credentials" }
  | { ok: false; reason: "rate-limited"; scope: SignInLimitScope; retryAt: Date };

export type SignInAttemptInput = {
  email: string;
  password: string;
  /** The client's rate-limit key (lib/domain/client-address.ts `clientRateLimitKey`). */
  clientKey: string;
  now: Date;
};

/**
 * Checks an email and password, within the failed-sign-in limits: a refused attempt is not
 * checked and not recorded (so it cannot extend a wait); a checked one is recorded with its client.
 */
export async function authorizeSignIn({ email, password, clientKey, now }: SignInAttemptInput): Promise<SignInResult> {
  const limit = await checkSignInLimit(email, clientKey, now);
  if (!limit.ok) return { ok: false, reason: "rate-limited", scope: limit.scope, retryAt: limit.retryAt };

  const db = getDb();
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  const isValid = await verifyPassword(user?.passwordHash ?? null, password);
  await db.signInAttempt.create({ data: { email, clientKey, succeeded: isValid, createdAt: now } });
  if (!user || !isValid) return { ok: false, reason: "wrong-credentials" };
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
