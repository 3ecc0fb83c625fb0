"use server";

import { revalidatePath } from "next/cache";
import { type ActionResult, invalidInput, runServerCall } from "@/lib/action-result";
import { getCurrentUser } from "@/lib/auth";
import { createKind } from "@/lib/server/kinds/create-kind";
import { updateKind } from "@/lib/server/kinds/update-kind";
import { saveStageLadder } from "@/lib/server/stages/save-stage-ladder";
import { createKindSchema, stageLadderTextSchema, updateKindSchema } from "@/lib/validation/kinds";
import { kindKeyParamsSchema } from "@/lib/validation/v1/learning";

const SIGNED_OUT: ActionResult<never> = { ok: false, error: "Your session has ended. Sign in again." };
const PATH = "/settings/kinds";

/** The form's text fields as the schema's values: follow-ups "7, 14" → [7, 14], the prior in percent → a probability. */
function fromForm(input: unknown): unknown {
  if (typeof input !== "object" || input === null) return input;
  const record = { ...(input as Record<string, unknown>) };
  if (typeof record.followUpDays === "string") {
    record.followUpDays = record.followUpDays
      .split(/[,;\s]+/)
      .filter(Boolean)
      .map((part) => (Number.isFinite(Number(part)) ? Number(part) : part));
  }
  if ("priorPercent" in record) {
    const percent = record.priorPercent;
    delete record.priorPercent;
    if (percent !== "" && percent !== undefined) record.defaultPrior = Number.isFinite(Number(percent)) ? Number(percent) / 100 : percent;
  }
  return record;
}

/** Field errors of list fields ("followUpDays.1") under the list's own name. */
function collapse<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok || !result.fieldErrors) return result;
  const fields: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(result.fieldErrors)) {
    const name = key.replace(/\.\d+$/, "").replace(/^defaultPrior$/, "priorPercent");
    fields[name] = [...(fields[name] ?? []), ...messages];
  }
  return { ...result, fieldErrors: fields };
}

export async function createKindAction(input: unknown): Promise<ActionResult<{ key: string }>> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = createKindSchema.safeParse(fromForm(input));
  if (!parsed.success) return collapse(invalidInput(parsed.error));
  const result = await runServerCall(async () => ({ key: (await createKind(user.id, parsed.data)).key }));
  if (result.ok) revalidatePath("/", "layout");
  return collapse(result);
}

export async function updateKindAction(key: unknown, input: unknown): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const params = kindKeyParamsSchema.safeParse({ key });
  if (!params.success) return { ok: false, error: "That kind was not found." };
  const parsed = updateKindSchema.safeParse(fromForm(input));
  if (!parsed.success) return collapse(invalidInput(parsed.error));
  const result = await runServerCall(async () => {
    await updateKind(user.id, params.data.key, parsed.data, new Date());
  });
  if (result.ok) revalidatePath(PATH);
  return collapse(result);
}

/** Saves a kind's stages from "Applied, Screen ×3, Interview ×4" (blank: back to the preset). */
export async function saveStagesAction(key: unknown, text: unknown): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const params = kindKeyParamsSchema.safeParse({ key });
  if (!params.success) return { ok: false, error: "That kind was not found." };
  const stages = stageLadderTextSchema.safeParse(text);
  if (!stages.success) return collapse(invalidInput(stages.error));
  const result = await runServerCall(() => saveStageLadder(user.id, params.data.key, stages.data));
  if (result.ok) {
    revalidatePath(PATH);
    revalidatePath("/board");
  }
  return result;
}
