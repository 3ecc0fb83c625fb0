import { z } from "@/lib/validation/zod";
import { isDayKey } from "@/lib/domain/day-keys";

/** API v1's schemas for kinds and portfolio odds. */

export const curveSourceSchema = z.enum(["history", "default"]);

/** Which reply-time curve a kind's silence decay uses. */
export const kindCurveSchema = z.object({
  medianDays: z.number().nullable().describe("The median reply time in days of the curve in use (your own once it has 8 replies, else the kind's default)."),
  events: z.number().int().describe("Replies (fulfilled or rejected) in your history of this kind."),
  censored: z.number().int().describe("Callbacks without a reply (pending, timed out, cancelled), counted as still silent."),
  source: curveSourceSchema.describe("history: your own Kaplan–Meier curve (≥ 8 replies); default: the kind's expected reply."),
});

export const kindSchema = z.object({
  key: z.string().describe("The value of `kind` on callbacks: a built-in key (JOB_APPLICATION …) or your own (GRANT_APPLICATION)."),
  name: z.string(),
  builtIn: z.boolean(),
  archived: z.boolean(),
  expectedReplyDays: z.number(),
  timeoutDays: z.number(),
  followUpDays: z.array(z.number()),
  defaultPrior: z.number(),
  defaultPayoff: z.number(),
  defaultEnergyNeeded: z.number(),
  defaultAreaId: z.string().nullable(),
  curve: kindCurveSchema,
});

/** A kind's key ("GRANT_APPLICATION"; any case): upper-case letters, digits and "_" — anything else names no kind. */
export const kindKeyParamsSchema = z.object({
  key: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9_]{1,64}$/),
});

export const listKindsQuerySchema = z.object({
  archived: z.enum(["include", "exclude"], "archived is include or exclude.").default("exclude"),
});

const summaryFields = {
  pAtLeastOne: z.number().describe("P(at least one yes by the date), in [0,1]: 1 − Π(1 − qᵢ), bets assumed independent."),
  expectedYes: z.number().describe("Σqᵢ: yeses to expect by the date."),
  open: z.number().int().describe("Open (pending) bets counted."),
};

export const oddsQuerySchema = z.object({
  by: z
    .string()
    .refine(isDayKey, "by is a date, YYYY-MM-DD.")
    .optional()
    .describe("The day (in your time zone) the odds are by, inclusive; default: 30 days from today."),
});

export const portfolioOddsSchema = z.object({
  by: z.string(),
  overall: z.object(summaryFields),
  byArea: z.array(z.object({ areaId: z.string().nullable(), name: z.string(), ...summaryFields })),
  byKind: z.array(z.object({ kind: z.string(), name: z.string(), ...summaryFields, curve: z.object({ source: curveSourceSchema, events: z.number().int().optional() }) })),
});
