"use server";

import { revalidatePath } from "next/cache";
import { type ActionResult, invalidInput, runServerCall } from "@/lib/action-result";
import { getCurrentUser } from "@/lib/auth";
import { createToken } from "@/lib/server/tokens/create-token";
import { revokeToken } from "@/lib/server/tokens/revoke-token";
import type { ApiTokenView } from "@/lib/server/tokens/token-view";
import { pathIdSchema } from "@/lib/validation/v1/common";
import { createTokenSchema } from "@/lib/validation/v1/tokens";

const SIGNED_OUT: ActionResult<never> = { ok: false, error: "Your session has ended. Sign in again." };
const PATH = "/settings/api";

/** Creates a token; the answer carries the token itself, the only time it is ever shown. */
export async function createTokenAction(input: unknown): Promise<ActionResult<ApiTokenView & { token: string }>> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = createTokenSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await runServerCall(() => createToken(user.id, parsed.data, new Date()));
  if (result.ok) revalidatePath(PATH);
  return result;
}

export async function revokeTokenAction(tokenId: unknown): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const id = pathIdSchema.safeParse(tokenId);
  if (!id.success) return { ok: false, error: "That token was not found." };
  const result = await runServerCall(() => revokeToken(user.id, id.data, new Date()));
  if (result.ok) revalidatePath(PATH);
  return result;
}
