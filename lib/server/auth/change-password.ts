import { getDb } from "@/lib/db";
import { accountWords, newPasswordProblem } from "@/lib/domain/password-strength";
import { AppError, notFound } from "@/lib/errors";
import { checkSignInLimit } from "@/lib/server/auth/check-sign-in-limit";
import { hashPassword } from "@/lib/server/auth/hash-password";
import { verifyPassword } from "@/lib/server/auth/verify-password";
import { revokeAllSessions } from "@/lib/server/sessions/revoke-all-sessions";

export type ChangePasswordInput = {
  userId: string;
  currentPassword: string;
  newPassword: string;
  /** The session making the change: it stays signed in; every other session is signed out. */
  keepSessionId: string;
  /** The client's rate-limit key: wrong current passwords count like failed sign-ins. */
  clientKey: string;
  now: Date;
};

/**
 * Changes the password after checking the current one, and signs out every other session in the
 * same transaction (someone who knew the old password may hold one). A wrong current password
 * counts toward the sign-in limits of this email and client, so a stolen session cannot be used
 * to guess the password faster than the sign-in form allows.
 */
export async function changePassword(input: ChangePasswordInput): Promise<{ signedOutSessions: number }> {
  const db = getDb();
  const user = await db.user.findUnique({ where: { id: input.userId }, select: { email: true, name: true, passwordHash: true } });
  if (!user) throw notFound("Your account");

  const limit = await checkSignInLimit(user.email, input.clientKey, input.now);
  if (!limit.ok) {
    const minutes = Math.max(1, Math.ceil((limit.retryAt.getTime() - input.now.getTime()) / 60_000));
    const message = `Too many wrong passwords. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
    throw new AppError("RATE_LIMITED", message, { currentPassword: [message] }, { retryAfterSeconds: minutes * 60 });
  }
  const isCurrent = await verifyPassword(user.passwordHash, input.currentPassword);
  if (!isCurrent) {
    await db.signInAttempt.create({ data: { email: user.email, clientKey: input.clientKey, succeeded: false, createdAt: input.now } });
  }

  const fieldErrors: Record<string, string[]> = {};
  if (!isCurrent) fieldErrors.currentPassword = ["That isn't your current password."];
  const problem =
    input.newPassword === input.currentPassword && isCurrent
      ? "That is your current password. Choose a new one."
      : newPasswordProblem(input.newPassword, accountWords(user.email, user.name));
  if (problem) fieldErrors.newPassword = [problem];
  if (Object.keys(fieldErrors).length > 0) throw new AppError("INVALID", "Please fix the highlighted fields.", fieldErrors);

  const passwordHash = await hashPassword(input.newPassword);
  const signedOutSessions = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: input.userId }, data: { passwordHash } });
    return revokeAllSessions(input.userId, input.keepSessionId, { now: input.now, db: tx });
  });
  return { signedOutSessions };
}
