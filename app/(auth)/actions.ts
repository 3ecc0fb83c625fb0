"use server";

import { type ActionResult, invalidInput, runServerCall } from "@/lib/action-result";
import { createUser } from "@/lib/server/users/create-user";
import { ratePassword, type PasswordRating } from "@/lib/domain/password-strength";
import { ratePasswordSchema, signUpSchema } from "@/lib/validation/auth";

/** Creates an account; the form then signs in through NextAuth with the same credentials. */
export async function signUpAction(input: unknown): Promise<ActionResult<{ email: string }>> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  return runServerCall(async () => {
    const user = await createUser(parsed.data);
    return { email: user.email };
  });
}

/**
 * Rates a new password for the strength meter with the estimator the server enforces. On the
 * server because the estimator's dictionaries weigh ~0.8 MB gzip and take seconds of CPU to
 * unpack in a browser; here they are unpacked once per process.
 */
export async function ratePasswordAction(input: unknown): Promise<ActionResult<PasswordRating>> {
  const parsed = ratePasswordSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  return runServerCall(async () => ratePassword(parsed.data.password, parsed.data.accountWords));
}
