import { z } from "@/lib/validation/zod";
import { CALLBACK_KINDS, type CallbackKind, PAYOFF_MAX, PAYOFF_MIN } from "@/lib/domain/kind-defaults";
import { CALLBACK_STATES } from "@/lib/domain/callback-state";
import { EVIDENCE_PRESETS, PRIOR_MAX, PRIOR_MIN } from "@/lib/domain/probability";
import { idTextSchema, instantInputSchema, optionalInstantInputSchema, optionalTextSchema, searchTextSchema, textSchema } from "@/lib/validation/primitives";

/** Shared by the capture forms, the detail page's actions and the API. */

import { CALLBACK_TEXT_LIMITS } from "@/lib/validation/limits";

export { CALLBACK_TEXT_LIMITS };

const optionalText = (max: number, what: string, multiline = false) =>
  optionalTextSchema({ max, multiline, tooLong: `${what} can be at most ${max} characters (this has more).` });

/** A date-time from a form (`datetime-local` or ISO) or a Date, 1970–2200; blank means "not given". */
const optionalDate = optionalInstantInputSchema();
const requiredDate = instantInputSchema();

/** A probability typed as a percentage (1–99) in forms. */
const percentSchema = z.coerce
  .number({ error: "Enter a percentage." })
  .min(PRIOR_MIN * 100, `Use ${PRIOR_MIN * 100}–${PRIOR_MAX * 100} %.`)
  .max(PRIOR_MAX * 100, `Use ${PRIOR_MIN * 100}–${PRIOR_MAX * 100} %.`);

const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

export const kindSchema = z.enum(CALLBACK_KINDS as [CallbackKind, ...CallbackKind[]], "Choose a kind.");

/** A kind on capture and edit: a built-in one or a key of the user's own kinds (checked on the server). */
export const kindKeySchema = z
  .string({ error: "Choose a kind." })
  .max(64, "Choose a kind.")
  .trim()
  .regex(/^[A-Z0-9_]{1,64}$/, "Choose a kind.")
  .describe(`A built-in kind (${CALLBACK_KINDS.join(", ")}) or the key of one of your own kinds (GET /api/v1/kinds).`);

/** Energy still needed, points 0–1000 (blank: the kind's default). */
const energyNeededSchema = z.preprocess(
  (value) => (value === "" ? undefined : value),
  z.coerce.number({ error: "Enter a number." }).min(0, "Energy can't be negative.").max(1000, "Energy is at most 1000 points.").nullable().optional(),
);

const linkSchema = textSchema({ max: CALLBACK_TEXT_LIMITS.link, tooLong: "The link is too long." })
  .refine((value) => value === "" || /^https?:\/\/\S+$/i.test(value), "Enter a web address starting with http:// or https://.")
  .optional();

const callbackFields = {
  title: textSchema({ max: CALLBACK_TEXT_LIMITS.title, min: 1, required: "Give it a title.", tooLong: `A title can be at most ${CALLBACK_TEXT_LIMITS.title} characters (this has more).` }),
  kind: kindKeySchema.optional(),
  areaId: z.preprocess(blankToUndefined, idTextSchema("Choose one of your areas.").optional()),
  counterparty: optionalText(CALLBACK_TEXT_LIMITS.counterparty, "Counterparty"),
  channel: optionalText(CALLBACK_TEXT_LIMITS.channel, "Channel"),
  link: linkSchema,
  notes: optionalText(CALLBACK_TEXT_LIMITS.notes, "Notes", true),
  startedAt: optionalDate,
  expectedReplyBy: optionalDate,
  timesOutAt: optionalDate,
  priorPercent: z.preprocess(blankToUndefined, percentSchema.optional()),
  payoff: z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: "Enter a number." }).min(PAYOFF_MIN, `Payoff is ${PAYOFF_MIN}–${PAYOFF_MAX}.`).max(PAYOFF_MAX, `Payoff is ${PAYOFF_MIN}–${PAYOFF_MAX}.`).optional(),
  ),
  effort: z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: "Enter a number." }).min(0, "Effort can't be negative.").max(1000, "Effort is at most 1000 points.").optional(),
  ),
  weight: z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: "Enter a number." }).min(0.1, "Weight is 0.1–10.").max(10, "Weight is 0.1–10.").optional(),
  ),
  /** The user's estimate of the energy the bet still needs (points; blank or null: the kind's default). */
  energyStillNeeded: energyNeededSchema,
};

function checkDeadlines(input: { startedAt?: Date; expectedReplyBy?: Date; timesOutAt?: Date }, ctx: z.RefinementCtx) {
  const { startedAt, expectedReplyBy, timesOutAt } = input;
  if (startedAt && expectedReplyBy && expectedReplyBy <= startedAt) {
    ctx.addIssue({ code: "custom", path: ["expectedReplyBy"], message: "The expected reply must come after the start." });
  }
  if (startedAt && timesOutAt && timesOutAt <= startedAt) {
    ctx.addIssue({ code: "custom", path: ["timesOutAt"], message: "The timeout must come after the start." });
  }
  if (expectedReplyBy && timesOutAt && timesOutAt < expectedReplyBy) {
    ctx.addIssue({ code: "custom", path: ["timesOutAt"], message: "The timeout can't come before the expected reply." });
  }
}

export const captureCallbackSchema = z
  .object({
    ...callbackFields,
    /** The person saw the overload warning and chose to go ahead. */
    confirmOverflow: z.coerce.boolean().optional(),
    /** The person saw the focus guard ("this competes with …") and chose to go ahead. */
    confirmCompeting: z.coerce.boolean().optional(),
  })
  .superRefine(checkDeadlines);
export type CaptureCallbackInput = z.infer<typeof captureCallbackSchema>;

export const editCallbackSchema = z
  .object({ ...callbackFields, kind: kindKeySchema })
  .omit({ priorPercent: true })
  .superRefine(checkDeadlines);
export type EditCallbackInput = z.infer<typeof editCallbackSchema>;

const noteSchema = optionalText(CALLBACK_TEXT_LIMITS.note, "A note", true);

export const followUpSchema = z.object({
  kind: z.enum(["FOLLOW_UP", "CONTACT"]).default("FOLLOW_UP"),
  at: optionalDate,
  note: noteSchema,
});
export type FollowUpInput = z.infer<typeof followUpSchema>;

const presetIds = EVIDENCE_PRESETS.map((preset) => preset.id) as [string, ...string[]];

export const evidenceSchema = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("preset"), presetId: z.enum(presetIds, "Choose what happened."), note: noteSchema }),
  z.object({
    mode: z.literal("lr"),
    likelihoodRatio: z.coerce
      .number({ error: "Enter a number." })
      .refine((value) => Number.isFinite(value) && value > 0, "The likelihood ratio must be a number above 0.")
      .refine((value) => value <= 1000, "Use a likelihood ratio of at most 1000."),
    label: textSchema({ max: CALLBACK_TEXT_LIMITS.label, min: 1, required: "Say what happened." }),
    note: noteSchema,
  }),
  z.object({ mode: z.literal("set"), percent: percentSchema, label: optionalText(CALLBACK_TEXT_LIMITS.label, "Label"), note: noteSchema }),
], { error: "Choose how to update the probability." });
export type EvidenceInput = z.infer<typeof evidenceSchema>;

export const extendSchema = z
  .object({ timesOutAt: requiredDate, expectedReplyBy: optionalDate, note: noteSchema })
  .superRefine((input, ctx) => {
    if (input.expectedReplyBy && input.expectedReplyBy > input.timesOutAt) {
      ctx.addIssue({ code: "custom", path: ["expectedReplyBy"], message: "The expected reply can't come after the timeout." });
    }
  });
export type ExtendInput = z.infer<typeof extendSchema>;

export const settleSchema = z.object({
  outcome: z.enum(["FULFILLED", "REJECTED"], "Choose fulfilled or rejected."),
  note: noteSchema,
  realisedPayoff: z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: "Enter a number." }).min(0, "Realised payoff is 0–10.").max(PAYOFF_MAX, "Realised payoff is 0–10.").optional(),
  ),
});
export type SettleInput = z.infer<typeof settleSchema>;

export const cancelSchema = z.object({ note: noteSchema });
export const reopenSchema = z.object({ timesOutAt: optionalDate, note: noteSchema });
export type ReopenInput = z.infer<typeof reopenSchema>;

export const idSchema = idTextSchema();

/** OPEN = pending, or timed out and not yet acknowledged (still needs the user); ALL = every state. */
export const STATE_FILTERS = ["OPEN", "ALL", ...CALLBACK_STATES] as [string, ...string[]];
export const LATENESS_FILTERS = ["on_time", "overdue", "timed_out"] as const;
export const CALLBACK_SORTS = ["deadline", "probability", "ev", "newest"] as const;
export type CallbackSort = (typeof CALLBACK_SORTS)[number];

/** The callbacks list's query string; unknown values fall back to defaults instead of failing the page. */
export const listCallbacksSchema = z.object({
  state: z.enum(STATE_FILTERS).catch("OPEN").default("OPEN"),
  areaId: idTextSchema().optional().catch(undefined),
  kind: kindSchema.optional().catch(undefined),
  lateness: z.enum(LATENESS_FILTERS).optional().catch(undefined),
  q: searchTextSchema(200).optional().catch(undefined),
  sort: z.enum(CALLBACK_SORTS).catch("deadline").default("deadline"),
  /** Where the page starts: a cursor of this list (lib/server/callbacks/list-callbacks-by-cursor.ts). */
  cursor: z.string().regex(/^[A-Za-z0-9_-]{1,2000}$/).optional().catch(undefined),
});
export type ListCallbacksQuery = z.infer<typeof listCallbacksSchema>;

export const kindDefaultsSchema = z.object({
  kind: kindSchema,
  expectedReplyDays: z.coerce.number({ error: "Enter a number of days." }),
  timeoutDays: z.coerce.number({ error: "Enter a number of days." }),
  followUpDays: textSchema({ max: 200 })
    .transform((value, ctx) => {
      if (value === "") return [];
      const days = value.split(/[,\s]+/).filter(Boolean).map(Number);
      if (days.some((day) => !Number.isFinite(day))) {
        ctx.addIssue({ code: "custom", message: "List days as numbers separated by commas, e.g. 3, 10, 17." });
        return z.NEVER;
      }
      return days;
    }),
  defaultPriorPercent: percentSchema,
  defaultPayoff: z.coerce.number({ error: "Enter a number." }),
});
export type KindDefaultsFormInput = z.infer<typeof kindDefaultsSchema>;
