import { getDb } from "@/lib/db";
import { accountWords, newPasswordProblem } from "@/lib/domain/password-strength";
import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/server/auth/hash-password";
import { revokeAllSessions } from "@/lib/server/sessions/revoke-all-sessions";
import { hashToken } from "@/lib/server/tokens/hash-token";

export const RESET_LINK_INVALID = "This reset link is invalid, expired or already used. Ask for a new one.";

/** Whether a reset link can still be used (for the page, before the form is shown). */
export async function checkResetToken(token: string, now: Date): Promise<{ email: string } | null> {
  const row = await getDb().passwordResetToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { usedAt: true, expiresAt: true, user: { select: { email: true } } },
  });
  if (!row || row.usedAt || row.expiresAt <= now) return null;
  return { email: row.user.email };
}

/**
 * Sets a new password with a reset link: the token must exist, be unused and younger than an hour;
 * the password must pass the same strength rule as sign-up. In one transaction the token is
 * spent (a conditional update, so two concurrent uses cannot both win), every other reset link of
 * the user is spent too, the password changes, and every session is signed out.
 */
export async function resetPassword(input: { token: string; newPassword: string; now: Date }): Promise<{ email: string; signedOutSessions: number }> {
  const db = getDb();
  const tokenHash = hashToken(input.token);
  const row = await db.passwordResetToken.findUnique({
    where: { tokenHash },
    select: { id: true, userId: true, usedAt: true, expiresAt: true, user: { select: { email: true, name: true } } },
  });
  if (!row || row.usedAt || row.expiresAt <= input.now) throw new AppError("INVALID", RESET_LINK_INVALID, { token: [RESET_LINK_INVALID] });
  const problem = newPasswordProblem(input.newPassword, accountWords(row.user.email, row.user.name));
  if (problem) throw new AppError("INVALID", "Please fix the highlighted fields.", { newPassword: [problem] });

  const passwordHash = await hashPassword(input.newPassword);
  const signedOutSessions = await db.$transaction(async (tx) => {
    const spent = await tx.passwordResetToken.updateMany({ where: { id: row.id, usedAt: null, expiresAt: { gt: input.now } }, data: { usedAt: input.now } });
    if (spent.count === 0) throw new AppError("INVALID", RESET_LINK_INVALID, { token: [RESET_LINK_INVALID] });
    await tx.passwordResetToken.updateMany({ where: { userId: row.userId, usedAt: null }, data: { usedAt: input.now } });
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash } });
    return revokeAllSessions(row.userId, undefined, { now: input.now, db: tx });
  });
  return { email: row.user.email, signedOutSessions };
}
