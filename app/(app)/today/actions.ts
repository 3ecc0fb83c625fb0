"use server";

import { revalidatePath } from "next/cache";
import { type ActionResult, invalidInput, runServerCall } from "@/lib/action-result";
import { getCurrentUser } from "@/lib/auth";
import { acknowledgeTimeout } from "@/lib/server/tick/acknowledge-timeout";
import { type CompletedTick, completeTick } from "@/lib/server/tick/complete-tick";
import { snoozeCallback } from "@/lib/server/tick/snooze-callback";
import { snoozeCommitmentCheckIn } from "@/lib/server/tick/snooze-commitment-check-in";
import { idSchema } from "@/lib/validation/callbacks";
import { completeTickSchema } from "@/lib/validation/tick";

const SIGNED_OUT = { ok: false, error: "Your session has ended. Sign in again." } as const;
const NOT_FOUND = { ok: false, error: "That callback was not found." } as const;

/** "Accept the silence" for a timed-out callback: it leaves the tick and stays timed out. */
export async function acknowledgeTimeoutAction(callbackId: unknown): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const id = idSchema.safeParse(callbackId);
  if (!id.success) return NOT_FOUND;
  const result = await runServerCall(() => acknowledgeTimeout(user, id.data, new Date()));
  if (!result.ok) return result;
  revalidatePath("/today");
  return { ok: true, data: undefined };
}

/** "Later": out of the tick until the start of the user's next day. */
export async function snoozeCallbackAction(callbackId: unknown): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const id = idSchema.safeParse(callbackId);
  if (!id.success) return NOT_FOUND;
  const result = await runServerCall(() => snoozeCallback(user, id.data, new Date()));
  if (!result.ok) return result;
  revalidatePath("/today");
  return { ok: true, data: undefined };
}

/** "Later" on a commitment's check-in: out of the tick until the start of the user's next day. */
export async function snoozeCommitmentCheckInAction(commitmentId: unknown): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const id = idSchema.safeParse(commitmentId);
  if (!id.success) return { ok: false, error: "That commitment was not found." };
  const result = await runServerCall(() => snoozeCommitmentCheckIn(user, id.data, new Date()));
  if (!result.ok) return result;
  revalidatePath("/today");
  return { ok: true, data: undefined };
}

/** Records the tick (the queue was emptied, or the user pressed "Finish tick"). Never done on GET. */
export async function completeTickAction(input: unknown): Promise<ActionResult<CompletedTick>> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = completeTickSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await runServerCall(() => completeTick(user, parsed.data, new Date()));
  if (result.ok) revalidatePath("/today");
  return result;
}
