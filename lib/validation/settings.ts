import { z } from "@/lib/validation/zod";
import { MAX_AREAS } from "@/lib/domain/areas";
import { SUPPORTED_LOCALES } from "@/lib/domain/locale";
import { nameSchema, timeZoneSchema } from "@/lib/validation/fields";
import { idTextSchema, textSchema } from "@/lib/validation/primitives";

export const localeSchema = z
  .union([z.literal(""), z.null(), z.enum(SUPPORTED_LOCALES, { error: "Choose a locale from the list." })])
  .transform((value) => value || null)
  .describe("BCP 47 locale dates and numbers are formatted in; null or \"\" for the browser's.");

export const weekStartsOnSchema = z
  .union([z.literal(""), z.null(), z.coerce.number({ error: "Choose a day from the list." }).int("Choose a day from the list.").min(1, "Choose a day from the list.").max(7, "Choose a day from the list.")])
  .transform((value) => (value === "" ? null : value))
  .describe("ISO weekday (1 = Monday … 7 = Sunday) weeks start on in weekly figures; null or \"\" for the locale's first day.");

export const profileSchema = z.object({
  name: nameSchema,
  timeZone: timeZoneSchema,
  capacity: z.coerce
    .number({ error: "Enter a whole number." })
    .int("Enter a whole number.")
    .min(1, "Capacity is at least 1 open thread.")
    .max(100, "Capacity is at most 100 open threads."),
  /** Formatting locale; "" or null means "Automatic" (the browser's language). */
  locale: localeSchema.optional(),
  /** First day of the week; "" or null means "Automatic" (the locale's). */
  weekStartsOn: weekStartsOnSchema.optional(),
});
export type ProfileInput = z.infer<typeof profileSchema>;

export const areaRowSchema = z.object({
  id: idTextSchema().optional(),
  name: textSchema({ max: 40, min: 1, required: "Give the area a name." }),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, "Pick a colour."),
  targetPct: z.coerce
    .number({ error: "Enter a whole percent." })
    .int("Enter a whole percent.")
    .min(0, "Targets are 0–100 %.")
    .max(100, "Targets are 0–100 %."),
  isArchived: z.boolean(),
});
export type AreaRow = z.infer<typeof areaRowSchema>;

/** The whole areas editor, in display order. */
export const areasSchema = z
  .array(areaRowSchema)
  .min(1, "Keep at least one area.")
  .max(MAX_AREAS, `Use at most ${MAX_AREAS} areas.`);

export const deleteAccountSchema = z.object({ confirmation: textSchema({ max: 200 }) });
