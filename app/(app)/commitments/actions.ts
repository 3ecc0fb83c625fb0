"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { type ActionResult, invalidInput, runServerCall } from "@/lib/action-result";
import { getCurrentUser } from "@/lib/auth";
import type { Actor } from "@/lib/server/actor";
import { breakCommitment } from "@/lib/server/commitments/break-commitment";
import { cancelCommitment } from "@/lib/server/commitments/cancel-commitment";
import { checkIn } from "@/lib/server/commitments/check-in";
import { closeCommitment } from "@/lib/server/commitments/close-commitment";
import { createCommitment } from "@/lib/server/commitments/create-commitment";
import { editCommitment } from "@/lib/server/commitments/edit-commitment";
import {
  breakCommitmentSchema,
  checkInSchema,
  closeCommitmentSchema,
  commitmentIdSchema,
  createCommitmentSchema,
  editCommitmentSchema,
} from "@/lib/validation/commitments";

const SIGNED_OUT = { ok: false, error: "Your session has ended. Sign in again." } as const;
const NOT_FOUND = { ok: false, error: "That commitment was not found." } as const;

/** Every page that shows commitments or the load they add: the list, the tick and the meter. */
function revalidateCommitments(): void {
  revalidatePath("/commitments", "layout");
  revalidatePath("/today");
  revalidatePath("/", "layout");
}

/** auth → parse id and input → one lib/server call → revalidate → result. */
async function runCommitmentAction<S extends z.ZodType, T>(
  schema: S,
  commitmentId: unknown,
  input: unknown,
  call: (actor: Actor, id: string, data: z.infer<S>, now: Date) => Promise<T>,
): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const id = commitmentIdSchema.safeParse(commitmentId);
  if (!id.success) return NOT_FOUND;
  const parsed = schema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await runServerCall(() => call(user, id.data, parsed.data, new Date()));
  if (!result.ok) return result;
  revalidateCommitments();
  return { ok: true, data: undefined };
}

/** Creates a commitment, or answers the overload question first ("needs-confirmation", nothing saved). */
export async function createCommitmentAction(
  input: unknown,
): Promise<ActionResult<{ status: "created"; id: string } | { status: "needs-confirmation"; message: string }>> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = createCommitmentSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await runServerCall(() => createCommitment(user, parsed.data, new Date()));
  if (!result.ok) return result;
  if (result.data.status === "needs-confirmation") return { ok: true, data: { status: "needs-confirmation", message: result.data.message } };
  revalidateCommitments();
  return { ok: true, data: { status: "created", id: result.data.id } };
}

/** Input: { commitmentId, period: "YYYY-MM-DD", kept, note? }. A second check-in for a period is refused. */
export async function checkInAction(input: unknown): Promise<ActionResult<{ streak: number }>> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = checkInSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await runServerCall(() => checkIn(user, parsed.data, new Date()));
  if (!result.ok) return result;
  revalidateCommitments();
  return result;
}

export async function editCommitmentAction(commitmentId: unknown, input: unknown): Promise<ActionResult> {
  return runCommitmentAction(editCommitmentSchema, commitmentId, input, editCommitment);
}

export async function breakCommitmentAction(commitmentId: unknown, input: unknown): Promise<ActionResult> {
  return runCommitmentAction(breakCommitmentSchema, commitmentId, input, breakCommitment);
}

export async function closeCommitmentAction(commitmentId: unknown, input: unknown): Promise<ActionResult> {
  return runCommitmentAction(closeCommitmentSchema, commitmentId, input, closeCommitment);
}

export async function cancelCommitmentAction(commitmentId: unknown): Promise<ActionResult> {
  return runCommitmentAction(breakCommitmentSchema.pick({}), commitmentId, {}, (actor, id, _data, now) => cancelCommitment(actor, id, now));
}
