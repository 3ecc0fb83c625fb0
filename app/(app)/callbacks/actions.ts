"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { type ActionResult, invalidInput, runServerCall } from "@/lib/action-result";
import { getCurrentUser } from "@/lib/auth";
import type { Actor } from "@/lib/server/actor";
import { addEvidence } from "@/lib/server/callbacks/add-evidence";
import { cancelCallback } from "@/lib/server/callbacks/cancel-callback";
import { type CaptureResult, captureCallback } from "@/lib/server/callbacks/capture-callback";
import { deleteCallback } from "@/lib/server/callbacks/delete-callback";
import { editCallback } from "@/lib/server/callbacks/edit-callback";
import { extendCallback } from "@/lib/server/callbacks/extend-callback";
import { logFollowUp } from "@/lib/server/callbacks/log-follow-up";
import { reopenCallback } from "@/lib/server/callbacks/reopen-callback";
import { settleCallback } from "@/lib/server/callbacks/settle-callback";
import {
  cancelSchema,
  captureCallbackSchema,
  editCallbackSchema,
  evidenceSchema,
  extendSchema,
  followUpSchema,
  idSchema,
  reopenSchema,
  settleSchema,
} from "@/lib/validation/callbacks";

const SIGNED_OUT = { ok: false, error: "Your session has ended. Sign in again." } as const;
const NOT_FOUND = { ok: false, error: "That callback was not found." } as const;

/**
 * The five steps of every callback action: the user from the session → parse the id and the
 * input with zod → one lib/server call → revalidate the pages that show callbacks → a result.
 */
async function runCallbackAction<S extends z.ZodType, T>(
  schema: S,
  callbackId: unknown,
  input: unknown,
  call: (actor: Actor, id: string, data: z.infer<S>, now: Date) => Promise<T>,
): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const id = idSchema.safeParse(callbackId);
  if (!id.success) return NOT_FOUND;
  const parsed = schema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await runServerCall(() => call(user, id.data, parsed.data, new Date()));
  if (!result.ok) return result;
  revalidatePath("/", "layout");
  return { ok: true, data: undefined };
}

export async function captureCallbackAction(input: unknown): Promise<ActionResult<CaptureResult>> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = captureCallbackSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await runServerCall(() => captureCallback(user, parsed.data, new Date()));
  if (result.ok && result.data.status === "created") revalidatePath("/", "layout");
  return result;
}

export async function logFollowUpAction(callbackId: unknown, input: unknown): Promise<ActionResult> {
  return runCallbackAction(followUpSchema, callbackId, input, logFollowUp);
}

export async function addEvidenceAction(callbackId: unknown, input: unknown): Promise<ActionResult> {
  return runCallbackAction(evidenceSchema, callbackId, input, addEvidence);
}

export async function extendCallbackAction(callbackId: unknown, input: unknown): Promise<ActionResult> {
  return runCallbackAction(extendSchema, callbackId, input, extendCallback);
}

export async function settleCallbackAction(callbackId: unknown, input: unknown): Promise<ActionResult> {
  return runCallbackAction(settleSchema, callbackId, input, settleCallback);
}

export async function cancelCallbackAction(callbackId: unknown, input: unknown): Promise<ActionResult> {
  return runCallbackAction(cancelSchema, callbackId, input, cancelCallback);
}

export async function reopenCallbackAction(callbackId: unknown, input: unknown): Promise<ActionResult> {
  return runCallbackAction(reopenSchema, callbackId, input, reopenCallback);
}

export async function editCallbackAction(callbackId: unknown, input: unknown): Promise<ActionResult> {
  return runCallbackAction(editCallbackSchema, callbackId, input, editCallback);
}

export async function deleteCallbackAction(callbackId: unknown): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const id = idSchema.safeParse(callbackId);
  if (!id.success) return NOT_FOUND;
  const result = await runServerCall(() => deleteCallback(user.id, id.data));
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
