import { z } from "@/lib/validation/zod";
import { checkInSchema } from "@/lib/validation/commitments";
import { instantSchema } from "@/lib/validation/v1/common";

/** API v1's commitment schemas, composed from the forms' (lib/validation/commitments.ts). */

export { breakCommitmentSchema, closeCommitmentSchema, createCommitmentSchema, editCommitmentSchema as updateCommitmentSchema } from "@/lib/validation/commitments";

/** A check-in through the API: the commitment is in the path. */
export const checkInApiSchema = checkInSchema.omit({ commitmentId: true });
export type CheckInApiInput = z.infer<typeof checkInApiSchema>;

const dayKey = z.string().describe("A calendar day in your time zone, YYYY-MM-DD.");
const stateSchema = z.enum(["ACTIVE", "KEPT", "BROKEN", "CANCELLED"]);
const areaRefSchema = z.object({ id: z.string(), name: z.string(), color: z.string() }).nullable();
const streakSchema = z.object({ current: z.number().int(), longest: z.number().int(), kept: z.number().int(), missed: z.number().int(), unchecked: z.number().int() });

export const commitmentSchema = z.object({
  id: z.string(),
  title: z.string(),
  why: z.string(),
  areaId: z.string().nullable(),
  startsOn: dayKey,
  endsOn: dayKey,
  cadence: z.enum(["DAILY", "WEEKLY"]),
  state: stateSchema,
  endedAt: instantSchema.nullable(),
  brokenNote: z.string(),
  reflection: z.string(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});

export const commitmentDetailSchema = commitmentSchema.extend({
  area: areaRefSchema,
  status: z.enum(["upcoming", "running", "awaiting-verdict", "kept", "broken", "cancelled"]),
  locked: z.boolean().describe("In its first 7 days: only extending, making it harder or breaking it are allowed (title and why only as typo fixes in the first hour)."),
  lockedUntil: dayKey,
  streak: streakSchema,
  checkIns: z.array(z.object({ id: z.string(), period: dayKey, kept: z.boolean(), note: z.string(), createdAt: instantSchema })),
  due: z.array(z.object({ period: dayKey, label: z.string() })).describe("Periods that can be checked in now, newest first."),
  canClose: z.boolean(),
  canCancel: z.boolean().describe("False during the 7-day lock (it unlocks on `lockedUntil`)."),
  canReword: z.boolean().describe("Whether title and why may change: false during the lock, except typo fixes in the first hour after making it."),
  rewordUntil: instantSchema.nullable().describe("During the lock, when the first hour's typo fixes close; null otherwise."),
});

/** What creating answers: the commitment, and the question the API went ahead despite. */
export const createdCommitmentSchema = commitmentDetailSchema.extend({
  warnings: z
    .array(z.object({ code: z.enum(["overflow"]), message: z.string() }))
    .describe("Questions the app would have asked (overflow of your capacity) that this request went ahead despite."),
});

/** What "later" on a check-in answers. */
export const snoozedCheckInSchema = z.object({
  id: z.string(),
  snoozedUntil: instantSchema.describe("The check-in is out of the tick until this instant: the start of your next day."),
});

export const commitmentListSchema = z.object({
  active: z.array(commitmentSchema.extend({ area: areaRefSchema, locked: z.boolean(), lockedUntil: dayKey, streak: streakSchema })),
  past: z.array(commitmentSchema.extend({ area: areaRefSchema, keptCount: z.number().int(), checkInCount: z.number().int() })),
});

export const checkInResultSchema = z.object({ period: dayKey, kept: z.boolean(), streak: z.number().int().describe("The current streak after this check-in.") });
