import { z } from "@/lib/validation/zod";
import { CALLBACK_STATES, type CallbackState } from "@/lib/domain/callback-state";
import { CALLBACK_KINDS, type CallbackKind } from "@/lib/domain/kind-defaults";
import {
  CALLBACK_SORTS,
  LATENESS_FILTERS,
  STATE_FILTERS,
  captureCallbackSchema,
  editCallbackSchema,
  kindSchema,
  settleSchema,
} from "@/lib/validation/callbacks";
import { idTextSchema, searchTextSchema } from "@/lib/validation/primitives";
import { instantSchema, isoDateTimeSchema, pageQueryFields } from "@/lib/validation/v1/common";

/**
 * API v1's callback schemas, composed from the forms' schemas (lib/validation/callbacks.ts) so the
 * API and the pages accept the same values with the same messages.
 */

/**
 * The list's query: the page's filters and sorts, strictly (an unknown value is a 422 here, where
 * the page falls back to its default), plus cursor pagination.
 */
export const listCallbacksQuerySchema = z.object({
  state: z.enum(STATE_FILTERS, `state is one of ${STATE_FILTERS.join(", ")}.`).default("OPEN"),
  areaId: idTextSchema("areaId is the id of one of your areas.").optional(),
  kind: kindSchema.optional(),
  lateness: z.enum(LATENESS_FILTERS, `lateness is one of ${LATENESS_FILTERS.join(", ")}.`).optional(),
  q: searchTextSchema(200).optional(),
  sort: z.enum(CALLBACK_SORTS, `sort is one of ${CALLBACK_SORTS.join(", ")}.`).default("deadline"),
  ...pageQueryFields,
});
export type ListCallbacksApiQuery = z.infer<typeof listCallbacksQuerySchema>;

/** Capturing through the API: the capture form's schema (confirmOverflow / confirmCompeting default to going ahead; see the route). */
export const createCallbackSchema = captureCallbackSchema;

/** PATCH: any of the edit form's fields; those left out keep their value (`areaId: null` clears the area). */
export const patchCallbackSchema = z
  .object(editCallbackSchema.shape)
  .partial()
  .extend({ areaId: z.preprocess((value) => (value === "" ? null : value), idTextSchema("Choose one of your areas.").nullable().optional()) })
  .refine((input) => Object.values(input).some((value) => value !== undefined), { message: "Send at least one field to change.", path: ["form"] });
export type PatchCallbackInput = z.infer<typeof patchCallbackSchema>;

/** Settling, with `at`: when the reply came (a past time, not before the start; default now). */
export const settleCallbackApiSchema = settleSchema.extend({ at: isoDateTimeSchema.optional() });

const stateSchema = z.enum(CALLBACK_STATES as [CallbackState, ...CallbackState[]]);
const kindEnum = z.enum(CALLBACK_KINDS as [CallbackKind, ...CallbackKind[]]);
const latenessSchema = z.enum(LATENESS_FILTERS).nullable().describe("on_time, overdue (past expected-reply-by), timed_out (past times-out-at); null once settled.");
const areaRefSchema = z.object({ id: z.string(), name: z.string(), color: z.string() }).nullable();

/** A stored date; null only on a callback marked `damaged`. */
const storedInstant = instantSchema.nullable().describe("null only when the stored value can't be read (then `damaged` is true).");
const damagedSchema = z
  .boolean()
  .describe("True when some stored dates can't be read (outside 1970–2200, e.g. written directly in the database): those are null; edit or delete it.");

/** A row of the list. `probability` is the one shown now (silence decay included). */
export const callbackListItemSchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: kindEnum,
  state: stateSchema,
  counterparty: z.string(),
  area: areaRefSchema,
  startedAt: storedInstant,
  expectedReplyBy: storedInstant,
  timesOutAt: storedInstant,
  settledAt: instantSchema.nullable(),
  isLate: z.boolean(),
  damaged: damagedSchema,
  payoff: z.number(),
  probability: z.number().describe("Shown probability now, 0–1: evidence, then the decay of silence."),
  expectedValue: z.number().describe("probability × payoff"),
  lateness: latenessSchema,
});

const deadlineSourceSchema = z
  .enum(["DEFAULT", "USER"])
  .describe("DEFAULT: from the kind's defaults (a contact may move it). USER: you set it (only you move it; evidence and contacts never do).");

/** A callback as writes return it. */
export const callbackSchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: kindEnum,
  state: stateSchema,
  areaId: z.string().nullable(),
  counterparty: z.string(),
  channel: z.string(),
  link: z.string(),
  notes: z.string(),
  startedAt: instantSchema,
  expectedReplyBy: instantSchema,
  timesOutAt: instantSchema,
  expectedReplySource: deadlineSourceSchema,
  timeoutSource: deadlineSourceSchema,
  lastContactAt: instantSchema.describe("When the silence that decays the probability started."),
  settledAt: instantSchema.nullable(),
  isLate: z.boolean(),
  damaged: damagedSchema,
  priorProbability: z.number(),
  explicitProbability: z.number().describe("The prior times every likelihood ratio, before the decay of silence."),
  probability: z.number().describe("Shown probability now, 0–1."),
  expectedValue: z.number(),
  payoff: z.number(),
  effort: z.number(),
  weight: z.number(),
  followUpCount: z.number().int(),
  lateness: latenessSchema,
  outcomeNote: z.string(),
  realisedPayoff: z.number().nullable(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
  version: z.number().int(),
});

export const callbackEventSchema = z.object({
  id: z.string(),
  type: z.enum(["CREATED", "EDITED", "EVIDENCE", "FOLLOW_UP", "CONTACT", "EXTENDED", "SETTLED", "TIMED_OUT", "REOPENED", "CANCELLED"]),
  at: instantSchema,
  likelihoodRatio: z.number().nullable(),
  probabilityBefore: z.number().nullable(),
  probabilityAfter: z.number().nullable(),
  label: z.string(),
  note: z.string(),
  data: z.unknown().describe("What changed (type-specific, e.g. the fields of an edit with before and after)."),
  createdAt: instantSchema,
});

/** One callback with its area, the next follow-up, what can be done to it, and its history. */
export const callbackDetailSchema = callbackSchema.extend({
  // A damaged callback (see `damaged`) is still shown: its unreadable dates are null.
  startedAt: storedInstant,
  expectedReplyBy: storedInstant,
  timesOutAt: storedInstant,
  lastContactAt: instantSchema.nullable().describe("When the silence that decays the probability started (null only on a damaged callback)."),
  area: areaRefSchema,
  nextFollowUp: z.object({ index: z.number().int(), dueAt: instantSchema, isDue: z.boolean() }).nullable(),
  actions: z.array(z.string()).describe("What its state allows (SETTLE, FOLLOW_UP, …)."),
  events: z.array(callbackEventSchema),
});

/** What capture answers: the callback, and the warnings the API went ahead despite. */
export const createdCallbackSchema = callbackSchema.extend({
  warnings: z
    .array(z.object({ code: z.enum(["overflow", "competes"]), message: z.string() }))
    .describe("Questions the app would have asked (overflow, focus guard) that this request went ahead despite."),
});
