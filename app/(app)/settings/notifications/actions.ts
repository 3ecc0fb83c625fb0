"use server";

import { revalidatePath } from "next/cache";
import { type ActionResult, invalidInput, runServerCall } from "@/lib/action-result";
import { getCurrentUser } from "@/lib/auth";
import { updateNotificationSettings } from "@/lib/server/mail/notification-settings";
import { type NotificationSettings, notificationSettingsSchema } from "@/lib/validation/notifications";

/** Saves the digest's settings (the same fields PATCH /api/v1/settings takes). */
export async function saveNotificationsAction(input: unknown): Promise<ActionResult<NotificationSettings>> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, error: "Your session has ended. Sign in again." };
  const parsed = notificationSettingsSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await runServerCall(() => updateNotificationSettings(user.id, parsed.data));
  if (result.ok) revalidatePath("/settings/notifications");
  return result;
}
