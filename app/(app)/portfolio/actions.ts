"use server";

import { revalidatePath } from "next/cache";
import { type ActionResult, invalidInput, runServerCall } from "@/lib/action-result";
import { getCurrentUser } from "@/lib/auth";
import { deleteEffort } from "@/lib/server/effort/delete-effort";
import { editEffort } from "@/lib/server/effort/edit-effort";
import { logEffort } from "@/lib/server/effort/log-effort";
import { deleteEffortSchema, editEffortSchema, logEffortSchema } from "@/lib/validation/effort";

const SIGNED_OUT = { ok: false, error: "Your session has ended. Sign in again." } as const;
const NOT_FOUND = { ok: false, error: "That effort entry was not found." } as const;

/**
 * Effort actions, used by the portfolio page, callback pages and the tick: the user from the
 * session → zod → one lib/server call → revalidate every page (shares, a callback's effort, the
 * ranking all move) → a result.
 */
export async function logEffortAction(input: unknown): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = logEffortSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await runServerCall(() => logEffort(user, parsed.data, new Date()));
  if (!result.ok) return result;
  revalidatePath("/", "layout");
  return { ok: true, data: undefined };
}

export async function editEffortAction(input: unknown): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = editEffortSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await runServerCall(() => editEffort(user, parsed.data, new Date()));
  if (!result.ok) return result;
  revalidatePath("/", "layout");
  return { ok: true, data: undefined };
}

export async function deleteEffortAction(entryId: unknown): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = deleteEffortSchema.safeParse({ id: entryId });
  if (!parsed.success) return NOT_FOUND;
  const result = await runServerCall(() => deleteEffort(user, parsed.data.id, new Date()));
  if (!result.ok) return result;
  revalidatePath("/", "layout");
  return { ok: true, data: undefined };
}
