import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/server/auth/hash-password";
import { RESET_REQUESTED_MESSAGE, requestPasswordReset } from "@/lib/server/auth/request-password-reset";
import { RESET_LINK_INVALID, checkResetToken, resetPassword } from "@/lib/server/auth/reset-password";
import { verifyPassword } from "@/lib/server/auth/verify-password";
import { deliverDueMail } from "@/lib/server/mail/deliver-due-mail";
import { signInAs } from "../auth/helpers";
import { createTestEmail, createTestUser } from "../factories";
import { BASE_URL, type TestSmtp, startSmtp, testMailConfig } from "./smtp";

const NEW_PASSWORD = "violet kettle drums at dawn 83";
const MINUTE = 60_000;
let smtp: TestSmtp;
beforeAll(async () => {
  smtp = await startSmtp();
});
afterAll(async () => {
  await smtp.close();
});

async function accountWithSessions(now: Date) {
  const user = await createTestUser({ passwordHash: await hashPassword("old password that was fine 12") });
  const sessions = [await signInAs(user.id, now), await signInAs(user.id, now, "Safari on iOS")];
  return { user, sessions };
}

function tokenIn(text: string): string {
  const match = new RegExp(`${BASE_URL}/reset-password/([A-Za-z0-9_-]{43})`).exec(text);
  if (!match) throw new Error(`no reset link in ${text}`);
  return match[1]!;
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("[mail] password reset by email", () => {
  test("a reset link arrives by mail, works once, enforces the strength rule and signs out every session", async () => {
    const now = new Date();
    const { user, sessions } = await accountWithSessions(now);
    const config = testMailConfig(smtp.url);
    const result = await requestPasswordReset({ email: user.email.toUpperCase(), clientKey: `test-${randomUUID()}`, now }, config);
    expect(result.message).toBe(RESET_REQUESTED_MESSAGE);
    expect(await deliverDueMail(now, { config, onlyId: result.messageId! })).toMatchObject({ sent: 1 });

    const [received] = smtp.to(user.email);
    expect(received!.mail.subject).toBe("Reset your Lifeloop password");
    const token = tokenIn(received!.mail.text ?? "");
    expect(received!.mail.html).toContain(`href="${BASE_URL}/reset-password/${token}"`);
    // Only the hash is stored.
    const stored = await getDb().passwordResetToken.findMany({ where: { userId: user.id } });
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).not.toContain(token);
    expect(stored[0]!.expiresAt).toEqual(new Date(now.getTime() + 60 * MINUTE));
    expect(await checkResetToken(token, now)).toEqual({ email: user.email });

    // A weak password is refused with the field's message, and the link still works.
    const weak = await refusal(resetPassword({ token, newPassword: "password1", now }));
    expect(weak.fieldErrors?.newPassword?.[0]).toBeTruthy();
    expect(await checkResetToken(token, now)).not.toBeNull();

    const done = await resetPassword({ token, newPassword: NEW_PASSWORD, now });
    expect(done).toEqual({ email: user.email, signedOutSessions: 2 });
    const row = await getDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(row.passwordHash, NEW_PASSWORD)).toBe(true);
    const rows = await getDb().session.findMany({ where: { id: { in: sessions.map((s) => s.sessionId) } } });
    expect(rows.every((session) => session.revokedAt !== null)).toBe(true);

    // Single use.
    const again = await refusal(resetPassword({ token, newPassword: "another quite long passphrase 99", now }));
    expect(again.message).toBe(RESET_LINK_INVALID);
    expect(await checkResetToken(token, now)).toBeNull();
  });

  test("a link expires after an hour; a newer reset spends the older links", async () => {
    const now = new Date();
    const { user } = await accountWithSessions(now);
    const clientKey = `test-${randomUUID()}`;
    const first = await requestPasswordReset({ email: user.email, clientKey, now }, testMailConfig(null));
    const second = await requestPasswordReset({ email: user.email, clientKey, now }, testMailConfig(null));
    const [firstText, secondText] = await Promise.all(
      [first.messageId!, second.messageId!].map(async (id) => (await getDb().emailMessage.findUniqueOrThrow({ where: { id } })).text),
    );
    const expired = new Date(now.getTime() + 60 * MINUTE);
    expect(await checkResetToken(tokenIn(firstText!), expired)).toBeNull();
    expect((await refusal(resetPassword({ token: tokenIn(firstText!), newPassword: NEW_PASSWORD, now: expired }))).message).toBe(RESET_LINK_INVALID);

    const inTime = new Date(now.getTime() + 59 * MINUTE);
    await resetPassword({ token: tokenIn(secondText!), newPassword: NEW_PASSWORD, now: inTime });
    expect(await checkResetToken(tokenIn(firstText!), inTime)).toBeNull();
  });

  test("never reveals whether an email has an account: same answer, same limit, no mail", async () => {
    const now = new Date();
    const { user } = await accountWithSessions(now);
    const unknown = createTestEmail();
    const config = testMailConfig(null);
    for (const email of [user.email, unknown]) {
      const clientKey = `test-${randomUUID()}`;
      const answers = [];
      for (let i = 0; i < 3; i += 1) answers.push((await requestPasswordReset({ email, clientKey, now }, config)).message);
      expect(answers).toEqual([RESET_REQUESTED_MESSAGE, RESET_REQUESTED_MESSAGE, RESET_REQUESTED_MESSAGE]);
      // The fourth within the hour is refused for both alike.
      const limited = await refusal(requestPasswordReset({ email, clientKey: `test-${randomUUID()}`, now }, config));
      expect(limited.code).toBe("RATE_LIMITED");
      expect(limited.message).toBe("Too many reset requests. Try again in an hour.");
    }
    expect(await getDb().emailMessage.count({ where: { to: unknown } })).toBe(0);
    expect(await getDb().emailMessage.count({ where: { userId: user.id, kind: "PASSWORD_RESET" } })).toBe(3);
    // An hour later the email may ask again.
    const later = new Date(now.getTime() + 61 * MINUTE);
    expect((await requestPasswordReset({ email: unknown, clientKey: `test-${randomUUID()}`, now: later }, config)).message).toBe(RESET_REQUESTED_MESSAGE);
  });

  test("a client asking for many addresses is limited too", async () => {
    const now = new Date();
    const clientKey = `test-${randomUUID()}`;
    for (let i = 0; i < 10; i += 1) await requestPasswordReset({ email: createTestEmail(), clientKey, now }, testMailConfig(null));
    expect((await refusal(requestPasswordReset({ email: createTestEmail(), clientKey, now }, testMailConfig(null)))).code).toBe("RATE_LIMITED");
  });
});
