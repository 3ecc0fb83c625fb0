"use server";

import { headers } from "next/headers";
import { after } from "next/server";
import { type ActionResult, invalidInput, runServerCall } from "@/lib/action-result";
import { requestClient } from "@/lib/auth";
import { log } from "@/lib/log";
import { requestPasswordReset } from "@/lib/server/auth/request-password-reset";
import { resetPassword } from "@/lib/server/auth/reset-password";
import { deliverDueMail } from "@/lib/server/mail/deliver-due-mail";
import { forgotPasswordSchema, resetPasswordSchema } from "@/lib/validation/auth";

/**
 * "Forgot password?": the same answer whether or not the email has an account. The mail is sent
 * after the answer (so the answer takes as long either way); if that fails, the scheduler retries.
 */
export async function requestPasswordResetAction(input: unknown): Promise<ActionResult<{ message: string }>> {
  const parsed = forgotPasswordSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const client = requestClient(await headers());
  return runServerCall(async () => {
    const { message, messageId } = await requestPasswordReset({ email: parsed.data.email, clientKey: client.key, now: new Date() });
    if (messageId) {
      after(() => deliverDueMail(new Date(), { onlyId: messageId }).catch((err: unknown) => log.warn({ err, messageId }, "reset mail not sent yet; the scheduler retries")));
    }
    return { message };
  });
}

/** Sets a new password with a reset link; every session is signed out. */
export async function resetPasswordAction(input: unknown): Promise<ActionResult<{ email: string }>> {
  const parsed = resetPasswordSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  return runServerCall(async () => {
    const { email } = await resetPassword({ token: parsed.data.token, newPassword: parsed.data.newPassword, now: new Date() });
    return { email };
  });
}
