"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { type ActionResult, invalidInput, runServerCall } from "@/lib/action-result";
import { clearSessionCookies, getCurrentSession, requestClient } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { changePassword } from "@/lib/server/auth/change-password";
import { revokeAllSessions } from "@/lib/server/sessions/revoke-all-sessions";
import { revokeSession } from "@/lib/server/sessions/revoke-session";
import { changePasswordSchema, sessionIdSchema } from "@/lib/validation/auth";

const SIGNED_OUT: ActionResult<never> = { ok: false, error: "Your session has ended. Sign in again." };
const SECURITY_PATH = "/settings/security";

/** Changes the password; this session stays signed in, every other one is signed out. */
export async function changePasswordAction(input: unknown): Promise<ActionResult<{ signedOutSessions: number }>> {
  const session = await getCurrentSession();
  if (!session) return SIGNED_OUT;
  const parsed = changePasswordSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const client = requestClient(await headers());
  const result = await runServerCall(() =>
    changePassword({
      userId: session.user.id,
      currentPassword: parsed.data.currentPassword,
      newPassword: parsed.data.newPassword,
      keepSessionId: session.sessionId,
      clientKey: client.key,
      now: new Date(),
    }),
  );
  if (result.ok) revalidatePath(SECURITY_PATH);
  return result;
}

/** Signs one of the user's sessions out; signing out this one also removes its cookie. */
export async function signOutSessionAction(sessionId: unknown): Promise<ActionResult<{ wasCurrent: boolean }>> {
  const session = await getCurrentSession();
  if (!session) return SIGNED_OUT;
  const parsed = sessionIdSchema.safeParse(sessionId);
  if (!parsed.success) return invalidInput(parsed.error);
  const wasCurrent = parsed.data === session.sessionId;
  const result = await runServerCall(async () => {
    if (!(await revokeSession(session.user.id, parsed.data))) throw new AppError("NOT_FOUND", "That session has already ended.");
    return { wasCurrent };
  });
  if (result.ok && wasCurrent) await clearSessionCookies();
  if (result.ok) revalidatePath(SECURITY_PATH);
  return result;
}

/** Signs out every session of the user, this one included. */
export async function signOutEverywhereAction(): Promise<ActionResult<{ signedOutSessions: number }>> {
  const session = await getCurrentSession();
  if (!session) return SIGNED_OUT;
  const result = await runServerCall(async () => ({ signedOutSessions: await revokeAllSessions(session.user.id) }));
  if (result.ok) await clearSessionCookies();
  return result;
}
