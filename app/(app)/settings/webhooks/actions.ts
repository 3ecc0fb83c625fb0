"use server";

import { revalidatePath } from "next/cache";
import { type ActionResult, invalidInput, runServerCall } from "@/lib/action-result";
import { getCurrentUser } from "@/lib/auth";
import { deleteWebhook } from "@/lib/server/webhooks/delete-webhook";
import { enableWebhook } from "@/lib/server/webhooks/enable-webhook";
import { rotateWebhookSecret } from "@/lib/server/webhooks/rotate-webhook-secret";
import { saveWebhook } from "@/lib/server/webhooks/save-webhook";
import { sendTestWebhook } from "@/lib/server/webhooks/send-test-webhook";
import { saveWebhookSchema } from "@/lib/validation/webhooks";

const SIGNED_OUT: ActionResult<never> = { ok: false, error: "Your session has ended. Sign in again." };
const PATH = "/settings/webhooks";

async function withUser<T>(call: (userId: string) => Promise<T>): Promise<ActionResult<T>> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const result = await runServerCall(() => call(user.id));
  if (result.ok) revalidatePath(PATH);
  return result;
}

/** Sets the URL; the first time the answer carries the signing secret, the only time it is shown. */
export async function saveWebhookAction(input: unknown): Promise<ActionResult<{ secret: string | null }>> {
  const parsed = saveWebhookSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  return withUser((userId) => saveWebhook(userId, parsed.data, new Date()));
}

export async function rotateWebhookSecretAction(): Promise<ActionResult<{ secret: string }>> {
  return withUser((userId) => rotateWebhookSecret(userId, new Date()));
}

export async function enableWebhookAction(): Promise<ActionResult> {
  return withUser((userId) => enableWebhook(userId, new Date()));
}

export async function sendTestWebhookAction(): Promise<ActionResult<{ status: string; lastStatusCode: number | null; lastError: string }>> {
  return withUser((userId) => sendTestWebhook(userId, new Date()));
}

export async function deleteWebhookAction(): Promise<ActionResult<boolean>> {
  return withUser((userId) => deleteWebhook(userId));
}
