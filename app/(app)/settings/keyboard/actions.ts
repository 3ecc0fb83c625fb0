"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { type ActionResult, invalidInput, runServerCall } from "@/lib/action-result";
import { getCurrentUser } from "@/lib/auth";
import { setKeyboardShortcuts } from "@/lib/server/users/set-keyboard-shortcuts";

const shortcutsSchema = z.object({ enabled: z.boolean("Choose on or off.") });

export async function setKeyboardShortcutsAction(input: unknown): Promise<ActionResult<boolean>> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, error: "Your session has ended. Sign in again." };
  const parsed = shortcutsSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await runServerCall(() => setKeyboardShortcuts(user.id, parsed.data.enabled));
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
