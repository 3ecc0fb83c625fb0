import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { type MailConfig, mailConfig } from "@/lib/server/mail/mail-config";
import { hashToken } from "@/lib/server/tokens/hash-token";

/** A reset link works this long, once. */
export const RESET_TOKEN_TTL_MS = 60 * 60_000;
/** "Forgot password?" requests allowed per hour, per email and per client (address or /64). */
export const RESET_REQUESTS_PER_EMAIL_PER_HOUR = 3;
export const RESET_REQUESTS_PER_CLIENT_PER_HOUR = 10;
const HOUR_MS = 60 * 60_000;

/** What every request answers, whether or not the email has an account. */
export const RESET_REQUESTED_MESSAGE = "If an account exists for that email, we sent a link to reset its password. It works once, for an hour.";

export type ResetRequestResult = { message: string; /** The message to deliver right away (null: no account); not for the client. */ messageId: string | null };

/**
 * "Forgot password?": when the email has an account, stores the SHA-256 of a fresh 256-bit token
 * (valid one hour, once) and queues the mail with the link; otherwise does nothing more. The
 * answer is the same either way, and so is the rate limit (counted per email and per client
 * whether or not the account exists), so neither reveals who has an account.
 */
export async function requestPasswordReset(
  input: { email: string; clientKey: string; now: Date },
  config: MailConfig = mailConfig(),
): Promise<ResetRequestResult> {
  const db = getDb();
  const email = input.email.trim().toLowerCase();
  const since = new Date(input.now.getTime() - HOUR_MS);
  const [byEmail, byClient] = await Promise.all([
    db.passwordResetRequest.count({ where: { email, createdAt: { gt: since } } }),
    db.passwordResetRequest.count({ where: { clientKey: input.clientKey, createdAt: { gt: since } } }),
  ]);
  if (byEmail >= RESET_REQUESTS_PER_EMAIL_PER_HOUR || byClient >= RESET_REQUESTS_PER_CLIENT_PER_HOUR) {
    const message = "Too many reset requests. Try again in an hour.";
    throw new AppError("RATE_LIMITED", message, { email: [message] }, { retryAfterSeconds: 3600 });
  }
  await db.passwordResetRequest.create({ data: { email, clientKey: input.clientKey, createdAt: input.now } });

  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true } });
  if (!user) return { message: RESET_REQUESTED_MESSAGE, messageId: null };

  const token = randomBytes(32).toString("base64url");
  const url = `${config.baseUrl}/reset-password/${token}`;
  const text =
    `Someone (hopefully you) asked to reset the password of your Lifeloop account ${user.email}.\n\n` +
    `Choose a new password here (the link works once, for an hour):\n${url}\n\n` +
    "Resetting signs out every browser and device signed in to this account.\n" +
    "If you didn't ask for this, ignore this email: your password stays as it is.\n";
  const html =
    `<p>Someone (hopefully you) asked to reset the password of your Lifeloop account ${escapeHtml(user.email)}.</p>` +
    `<p><a href="${escapeHtml(url)}">Choose a new password</a> (the link works once, for an hour).</p>` +
    "<p>Resetting signs out every browser and device signed in to this account.</p>" +
    "<p>If you didn't ask for this, ignore this email: your password stays as it is.</p>";
  const message = await db.$transaction(async (tx) => {
    await tx.passwordResetToken.create({
      data: { userId: user.id, tokenHash: hashToken(token), createdAt: input.now, expiresAt: new Date(input.now.getTime() + RESET_TOKEN_TTL_MS) },
    });
    return tx.emailMessage.create({
      data: { userId: user.id, kind: "PASSWORD_RESET", to: user.email, subject: "Reset your Lifeloop password", text, html, nextAttemptAt: input.now, createdAt: input.now },
      select: { id: true },
    });
  });
  log.info({ job: "password-reset", userId: user.id, messageId: message.id }, "password reset requested");
  return { message: RESET_REQUESTED_MESSAGE, messageId: message.id };
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
