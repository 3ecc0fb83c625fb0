"use server";

import { type ActionResult, invalidInput, runServerCall } from "@/lib/action-result";
import { createUser } from "@/lib/server/users/create-user";
import { signUpSchema } from "@/lib/validation/auth";

/** Creates an account; the form then signs in through NextAuth with the same credentials. */
export async function signUpAction(input: unknown): Promise<ActionResult<{ email: string }>> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  return runServerCall(async () => {
    const user = await createUser(parsed.data);
    return { email: user.email };
  });
}
