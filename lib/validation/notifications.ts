import { z } from "@/lib/validation/zod";

const weekdaySchema = z
  .number({ error: "Pick a weekday (1 = Monday … 7 = Sunday)." })
  .int("Pick a weekday (1 = Monday … 7 = Sunday).")
  .min(1, "Pick a weekday (1 = Monday … 7 = Sunday).")
  .max(7, "Pick a weekday (1 = Monday … 7 = Sunday).");

/** The digest's settings, as Settings → Notifications and PATCH /api/v1/settings take them. */
export const notificationFields = {
  digestEnabled: z.boolean({ error: "digestEnabled is true or false." }),
  digestHour: z
    .number({ error: "Pick an hour from 0 to 23." })
    .int("Pick an hour from 0 to 23.")
    .min(0, "Pick an hour from 0 to 23.")
    .max(23, "Pick an hour from 0 to 23."),
  digestDays: z
    .array(weekdaySchema)
    .min(1, "Pick at least one day (or turn the digest off).")
    .max(7)
    .refine((days) => new Set(days).size === days.length, "Each day once.")
    .transform((days) => [...days].sort((a, b) => a - b)),
  reviewDay: weekdaySchema,
};

export const notificationSettingsSchema = z.object(notificationFields);
export type NotificationSettingsInput = z.infer<typeof notificationSettingsSchema>;
export type NotificationSettings = NotificationSettingsInput;
