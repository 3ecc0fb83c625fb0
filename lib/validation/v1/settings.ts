import { z } from "@/lib/validation/zod";
import { notificationFields } from "@/lib/validation/notifications";
import { profileSchema } from "@/lib/validation/settings";

/**
 * GET/PATCH /api/v1/settings. The profile's fields today; each later section (e.g. the digest's
 * `digestEnabled`, `digestHour`, `reviewDay`) adds its fields here and to the settings read and
 * write in lib/server — the OpenAPI document and the docs page follow by themselves. Unknown
 * fields are refused (422), so a client never believes a setting was saved that wasn't.
 */
export const SETTINGS_PATCH_FIELDS = {
  ...profileSchema.shape,
  digestEnabled: notificationFields.digestEnabled.describe("The daily digest email (off until you turn it on)."),
  digestHour: notificationFields.digestHour.describe("Local hour (0–23, in timeZone) from which the day's digest may go out."),
  digestDays: notificationFields.digestDays.describe("ISO weekdays (1 = Monday … 7 = Sunday) on which a digest may go out."),
  reviewDay: notificationFields.reviewDay.describe("ISO weekday (1 = Monday … 7 = Sunday) of the weekly review; that day's digest reminds of it."),
};

export const patchSettingsSchema = z
  .strictObject(SETTINGS_PATCH_FIELDS)
  .partial()
  .refine((input) => Object.values(input).some((value) => value !== undefined), { message: "Send at least one setting to change.", path: ["form"] });
export type PatchSettingsInput = z.infer<typeof patchSettingsSchema>;

export const settingsSchema = z.object({
  email: z.string().describe("Read-only here."),
  name: z.string(),
  timeZone: z.string().describe("IANA zone; days and weeks are counted in it."),
  capacity: z.number().int().describe("Open threads you can hold; load above it is an overflow."),
  locale: z.string().nullable().describe("BCP 47 locale dates and numbers are formatted in; null: the browser's language."),
  weekStartsOn: z.number().int().nullable().describe("ISO weekday (1 = Monday … 7 = Sunday) weeks start on in weekly figures; null: the locale's first day. Reviews keep ISO (Monday) weeks."),
  digestEnabled: z.boolean().describe("The daily digest email is on."),
  digestHour: z.number().int().describe("Local hour (0–23) from which the day's digest may go out."),
  digestDays: z.array(z.number().int()).describe("ISO weekdays on which a digest may go out."),
  reviewDay: z.number().int().describe("ISO weekday (1 = Monday … 7 = Sunday) of the weekly review."),
});
