"use server";

import { revalidatePath } from "next/cache";
import { type ActionResult, invalidInput, runServerCall } from "@/lib/action-result";
import { getCurrentUser } from "@/lib/auth";
import type { AreaSummary } from "@/lib/server/areas/list-areas";
import { saveAreas } from "@/lib/server/areas/save-areas";
import { deleteUser } from "@/lib/server/users/delete-user";
import { updateProfile } from "@/lib/server/users/update-profile";
import { kindDefaultsSchema, kindSchema } from "@/lib/validation/callbacks";
import { areasSchema, deleteAccountSchema, profileSchema } from "@/lib/validation/settings";
import { resetKindDefaults } from "@/lib/server/kind-defaults/reset-kind-defaults";
import { saveKindDefaults } from "@/lib/server/kind-defaults/save-kind-defaults";

const SIGNED_OUT: ActionResult<never> = { ok: false, error: "Your session has ended. Sign in again." };

export async function updateProfileAction(input: unknown): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = profileSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await runServerCall(() => updateProfile(user.id, parsed.data));
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

export async function saveAreasAction(input: unknown): Promise<ActionResult<AreaSummary[]>> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = areasSchema.safeParse(input);
  if (!parsed.success) {
    const result = invalidInput(parsed.error);
    // Paths are relative to the array; prefix them like the server's field errors.
    if (!result.ok && result.fieldErrors) {
      result.fieldErrors = Object.fromEntries(
        Object.entries(result.fieldErrors).map(([key, value]) => [key === "form" ? "areas" : `areas.${key}`, value]),
      );
    }
    return result;
  }
  const result = await runServerCall(() => saveAreas(user.id, parsed.data, new Date()));
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

export async function deleteAccountAction(input: unknown): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = deleteAccountSchema.safeParse(input);
  if (!parsed.success || parsed.data.confirmation.toLowerCase() !== user.email.toLowerCase()) {
    const message = "Type your email address exactly to confirm.";
    return { ok: false, error: message, fieldErrors: { confirmation: [message] } };
  }
  return runServerCall(() => deleteUser(user.id));
}

export async function saveKindDefaultsAction(input: unknown): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = kindDefaultsSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { kind, defaultPriorPercent, ...rest } = parsed.data;
  const result = await runServerCall(() => saveKindDefaults(user.id, kind, { ...rest, defaultPrior: defaultPriorPercent / 100 }));
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

export async function resetKindDefaultsAction(kind: unknown): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = kindSchema.safeParse(kind);
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await runServerCall(() => resetKindDefaults(user.id, parsed.data));
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
