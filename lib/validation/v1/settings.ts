import { z } from "zod";
import { profileSchema } from "@/lib/validation/settings";

/**
 * GET/PATCH /api/v1/settings. The profile's fields today; each later section (e.g. the digest's
 * `digestEnabled`, `digestHour`, `reviewDay`) adds its fields here and to the settings read and
 * write in lib/server — the OpenAPI document and the docs page follow by themselves. Unknown
 * fields are refused (422), so a client never believes a setting was saved that wasn't.
 */
export const SETTINGS_PATCH_FIELDS = { ...profileSchema.shape };

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
});
