"use server";

import { revalidatePath } from "next/cache";
import { type ActionResult, runServerCall } from "@/lib/action-result";
import { getCurrentUser } from "@/lib/auth";
import { moveToStage } from "@/lib/server/stages/move-to-stage";
import { idSchema } from "@/lib/validation/callbacks";
import { idTextSchema } from "@/lib/validation/primitives";

const SIGNED_OUT: ActionResult<never> = { ok: false, error: "Your session has ended. Sign in again." };
const stageKeySchema = idTextSchema("That stage was not found.");

/** Moves a bet to a stage of its kind: evidence with the stage's (learned or preset) likelihood ratio. */
export async function moveToStageAction(callbackId: unknown, stageKey: unknown): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const id = idSchema.safeParse(callbackId);
  const stage = stageKeySchema.safeParse(stageKey);
  if (!id.success || !stage.success) return { ok: false, error: "That bet or stage was not found." };
  const result = await runServerCall(async () => {
    await moveToStage(user, id.data, stage.data, new Date());
  });
  if (result.ok) {
    revalidatePath("/board");
    revalidatePath(`/callbacks/${id.data}`);
  }
  return result;
}
