import { z } from "@/lib/validation/zod";
import { isDayKey } from "@/lib/domain/day-keys";
import { editEffortSchema, logEffortSchema } from "@/lib/validation/effort";
import { idTextSchema, isDayKeyInWindow } from "@/lib/validation/primitives";
import { instantSchema, pageQueryFields } from "@/lib/validation/v1/common";

/** API v1's effort-entry schemas, composed from the effort dialog's (lib/validation/effort.ts). */

export const createEffortSchema = logEffortSchema;
/** PATCH: the entry's fields; the id is in the path. Left-out fields keep their value. */
export const patchEffortSchema = z
  .object(editEffortSchema.omit({ id: true }).shape)
  .partial()
  .refine((input) => Object.values(input).some((value) => value !== undefined), { message: "Send at least one field to change.", path: ["form"] });
export type PatchEffortInput = z.infer<typeof patchEffortSchema>;

const dayParam = (what: string) => z.string().trim().max(10, `${what} is a day, YYYY-MM-DD.`).refine((key) => isDayKey(key) && isDayKeyInWindow(key), `${what} is a day, YYYY-MM-DD, from 1970 to 2200.`);

/** `?from=&to=`: days in your time zone, both included. */
export const listEffortQuerySchema = z
  .object({ from: dayParam("from").optional(), to: dayParam("to").optional(), callbackId: idTextSchema("callbackId is the id of one of your callbacks.").optional(), ...pageQueryFields })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { message: "from must not be after to.", path: ["to"] });
export type ListEffortQuery = z.infer<typeof listEffortQuerySchema>;

export const effortEntrySchema = z.object({
  id: z.string(),
  areaId: z.string(),
  callbackId: z.string().nullable(),
  points: z.number(),
  minutes: z.number().int().nullable(),
  note: z.string(),
  spentAt: instantSchema,
  day: z.string().describe("The day it was spent, in your time zone (YYYY-MM-DD)."),
  createdAt: instantSchema,
});
