import { z } from "@/lib/validation/zod";
import { CALLBACK_STATES, type CallbackState } from "@/lib/domain/callback-state";
import { isDayKey } from "@/lib/domain/day-keys";
import { COMMITMENT_CADENCES, type CommitmentCadence } from "@/lib/domain/commitments";
import { PAYOFF_MAX, PAYOFF_MIN } from "@/lib/domain/kind-defaults";
import { isBuiltInKind } from "@/lib/domain/kinds";
import { assertStageLadder } from "@/lib/domain/stages";
import { kindKeySchema, kindSchema } from "@/lib/validation/callbacks";
import { kindNameSchema } from "@/lib/validation/kinds";
import { weekKeySchema } from "@/lib/validation/review";
import { areaRowSchema, profileSchema } from "@/lib/validation/settings";
import { idTextSchema, isWellFormedText, textSchema } from "@/lib/validation/primitives";
import { isoDateTimeSchema } from "@/lib/validation/v1/common";

/**
 * The Lifeloop export file, version 2: what GET /api/v1/export writes and POST /api/v1/import
 * reads (its JSON Schema is served at /api/v1/export/schema). Profile and area fields reuse the
 * forms' schemas; instants are ISO 8601 with a zone, calendar days are YYYY-MM-DD. Ids are the
 * exporting account's: an import gives every row a new id and maps references through them.
 * A new entity is one more top-level array here and one more section in lib/server/data-export.
 *
 * Version 2 adds what Lifeloop learns from the user: the user's own kinds (`kinds`), every kind's
 * default area (`kindAreas`), edited stage ladders (`stageLadders`), and on each callback its own
 * kind (`customKindId`), `energyStillNeeded` and `stage` (stage moves are EVIDENCE events with
 * their stages in `data`). A version 1 file still imports: the new fields default to none.
 */
export const EXPORT_FORMAT = "lifeloop-export";
export const EXPORT_VERSION = 2;
/** The versions an import reads. */
export const IMPORT_VERSIONS = [1, 2] as const;

/** The CSV export's entities: one file each (nested lists get their own, with the parent's id). */
export const CSV_ENTITIES = ["callbacks", "events", "effort", "commitments", "checkIns", "reviews", "areas", "kindDefaults", "ticks"] as const;
export type CsvEntity = (typeof CSV_ENTITIES)[number];

// Text and ids follow the same rules as every form and API field (lib/validation/primitives.ts):
// what an export wrote passes unchanged; a hand-edited file with a NUL or a broken character is
// refused with the field named, never sent on to Postgres.
const id = idTextSchema("That id is not valid.");
const instant = isoDateTimeSchema;
const optionalInstant = isoDateTimeSchema.nullable();
const dayKey = z.string().refine(isDayKey, "Use a calendar day as YYYY-MM-DD.");
const text = (max: number) => textSchema({ max, multiline: true, tooLong: `Use at most ${max} characters.` });
const requiredText = (max: number, required: string) => textSchema({ min: 1, max, required, tooLong: `Use at most ${max} characters.`, multiline: true });
const probability = z.number().min(0, "A probability is 0–1.").max(1, "A probability is 0–1.");
const days = z.number().min(0).max(3650);
/** True when every string (and key) in a JSON value could be stored by Postgres: no NUL, no lone surrogate. */
function storableJson(value: unknown, depth = 0): boolean {
  if (depth > 64) return false;
  if (typeof value === "string") return !value.includes("\u0000") && isWellFormedText(value);
  if (Array.isArray(value)) return value.every((item) => storableJson(item, depth + 1));
  if (value !== null && typeof value === "object") return Object.entries(value).every(([key, item]) => storableJson(key, depth + 1) && storableJson(item, depth + 1));
  return true;
}
const STORABLE_JSON_MESSAGE = "This holds a NUL or a broken character, which can't be stored.";
/** Free-form JSON (the body was parsed as JSON, so anything here is JSON); not recursive, so the JSON Schema stays self-contained. */
const jsonValue = z.unknown().refine((value) => storableJson(value), STORABLE_JSON_MESSAGE).describe("Any JSON value, or null.");

export const exportProfileSchema = profileSchema;

export const exportAreaSchema = z.object({
  id,
  name: areaRowSchema.shape.name,
  color: areaRowSchema.shape.color,
  targetPct: areaRowSchema.shape.targetPct,
  position: z.number().int().min(0).max(1000),
  archivedAt: optionalInstant,
  createdAt: instant,
});

export const exportKindDefaultSchema = z.object({
  kind: kindSchema,
  expectedReplyDays: days,
  timeoutDays: days,
  followUpDays: z.array(days).max(20),
  defaultPrior: probability,
  defaultPayoff: z.number().min(PAYOFF_MIN).max(PAYOFF_MAX),
});

/** A kind of the user's own, with its defaults (its default area is in `kindAreas`, its stages in `stageLadders`). */
export const exportKindSchema = z.object({
  id,
  key: kindKeySchema.refine((key) => !isBuiltInKind(key), "A kind of your own can't use a built-in kind's key."),
  name: kindNameSchema,
  expectedReplyDays: days,
  timeoutDays: days,
  followUpDays: z.array(days).max(20),
  defaultPrior: probability,
  defaultPayoff: z.number().min(PAYOFF_MIN).max(PAYOFF_MAX),
  defaultEnergyNeeded: z.number().min(0).max(1000).nullable(),
  archivedAt: optionalInstant,
  createdAt: instant,
});

/** A kind's default area: `kind` is a built-in kind or the key of one in `kinds`. */
export const exportKindAreaSchema = z.object({ kind: kindKeySchema, areaId: id });

export const exportStageSchema = z.object({ key: id, label: requiredText(60, "Give the stage a name."), likelihoodRatio: z.number().positive() });

/** The stages of a kind as the user edited them (a kind without a row uses its preset ladder, if any). */
export const exportStageLadderSchema = z.object({ kind: kindKeySchema, stages: z.array(exportStageSchema).min(1).max(20) }).superRefine((ladder, ctx) => {
  try {
    assertStageLadder(ladder.stages);
  } catch (error) {
    ctx.addIssue({ code: "custom", path: ["stages"], message: error instanceof Error ? error.message : "These stages don't hold together." });
  }
});

export const CALLBACK_EVENT_TYPES = ["CREATED", "EDITED", "EVIDENCE", "FOLLOW_UP", "CONTACT", "EXTENDED", "SETTLED", "TIMED_OUT", "REOPENED", "CANCELLED"] as const;

export const exportCallbackEventSchema = z.object({
  id,
  type: z.enum(CALLBACK_EVENT_TYPES),
  at: instant,
  likelihoodRatio: z.number().positive().nullable(),
  probabilityBefore: probability.nullable(),
  probabilityAfter: probability.nullable(),
  label: text(500),
  note: text(5000),
  data: jsonValue,
  createdAt: instant,
});

export const exportCallbackSchema = z.object({
  id,
  areaId: id.nullable(),
  kind: kindSchema,
  /** The user's own kind (an id in `kinds`); `kind` is then OTHER. */
  customKindId: id.nullable().default(null),
  title: requiredText(200, "Give it a title."),
  counterparty: text(200),
  channel: text(100),
  link: text(2000),
  notes: text(5000),
  state: z.enum(CALLBACK_STATES as [CallbackState, ...CallbackState[]]),
  startedAt: instant,
  expectedReplyBy: instant,
  timesOutAt: instant,
  expectedReplyDays: days,
  timeoutDays: days,
  followUpDays: z.array(days).max(20),
  followUpCount: z.number().int().min(0).max(1000),
  lastContactAt: instant,
  priorProbability: probability,
  probability,
  payoff: z.number().min(0).max(1000),
  effort: z.number().min(0).max(100_000),
  weight: z.number().min(0).max(100),
  /** Energy points the bet still needs (null: the kind's default). */
  energyStillNeeded: z.number().min(0).max(1000).nullable().default(null),
  /** The stage key reached on its kind's ladder (null: none yet). */
  stage: id.nullable().default(null),
  settledAt: optionalInstant,
  probabilityAtSettlement: probability.nullable(),
  isLate: z.boolean(),
  outcomeNote: text(5000),
  realisedPayoff: z.number().nullable(),
  acknowledgedAt: optionalInstant,
  snoozedUntil: optionalInstant,
  createdAt: instant,
  events: z.array(exportCallbackEventSchema).max(10_000),
});

export const exportEffortSchema = z.object({
  id,
  areaId: id,
  callbackId: id.nullable(),
  points: z.number().positive().max(100_000),
  minutes: z.number().int().min(0).max(100_000).nullable(),
  note: text(5000),
  spentAt: instant,
  createdAt: instant,
});

export const exportCheckInSchema = z.object({ id, period: dayKey, kept: z.boolean(), note: text(5000), createdAt: instant });

export const exportFocusOverrideSchema = z.object({ id, callbackId: id.nullable(), callbackTitle: text(200), at: instant });

export const COMMITMENT_STATES = ["ACTIVE", "KEPT", "BROKEN", "CANCELLED"] as const;

export const exportCommitmentSchema = z.object({
  id,
  areaId: id.nullable(),
  title: requiredText(200, "Say what you block on."),
  why: text(2000),
  startsOn: dayKey,
  endsOn: dayKey,
  cadence: z.enum(COMMITMENT_CADENCES as [CommitmentCadence, ...CommitmentCadence[]]),
  state: z.enum(COMMITMENT_STATES),
  endedAt: optionalInstant,
  brokenNote: text(2000),
  reflection: text(5000),
  createdAt: instant,
  checkIns: z.array(exportCheckInSchema).max(10_000),
  focusOverrides: z.array(exportFocusOverrideSchema).max(10_000),
});

export const exportReviewSchema = z.object({
  id,
  weekStart: weekKeySchema,
  timeZone: exportProfileSchema.shape.timeZone,
  completedAt: instant,
  snapshot: z.record(z.string(), z.unknown()).refine((value) => storableJson(value), STORABLE_JSON_MESSAGE).describe("The week's figures as computed at completion."),
  stopDoing: text(2000),
  doubleDown: text(2000),
  blockOn: text(2000),
});

export const exportTickSchema = z.object({ id, completedAt: instant, processed: z.number().int().min(0).max(100_000) });

export const exportFileSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT, `This is not a Lifeloop export (format must be "${EXPORT_FORMAT}").`),
    version: z.union(IMPORT_VERSIONS.map((version) => z.literal(version)), `This file's export version is not one this Lifeloop reads (${IMPORT_VERSIONS.join(" or ")}).`),
    exportedAt: instant,
    profile: exportProfileSchema,
    areas: z.array(exportAreaSchema).max(100),
    kindDefaults: z.array(exportKindDefaultSchema).max(20),
    kinds: z.array(exportKindSchema).max(200).default([]),
    kindAreas: z.array(exportKindAreaSchema).max(300).default([]),
    stageLadders: z.array(exportStageLadderSchema).max(300).default([]),
    callbacks: z.array(exportCallbackSchema).max(200_000),
    effort: z.array(exportEffortSchema).max(500_000),
    commitments: z.array(exportCommitmentSchema).max(10_000),
    reviews: z.array(exportReviewSchema).max(10_000),
    ticks: z.array(exportTickSchema).max(100_000),
  })
  .superRefine((file, ctx) => {
    // References must point inside the file: an import never links to rows it can't see.
    const areaIds = new Set(file.areas.map((area) => area.id));
    const callbackIds = new Set(file.callbacks.map((callback) => callback.id));
    const kindIds = new Set(file.kinds.map((kind) => kind.id));
    const kindKeys = new Set<string>();
    const missing = (path: (string | number)[], what: string) => ctx.addIssue({ code: "custom", path, message: `${what} is not in the file.` });
    file.kinds.forEach((kind, index) => {
      if (kindKeys.has(kind.key)) ctx.addIssue({ code: "custom", path: ["kinds", index, "key"], message: "This kind key appears twice in the file." });
      kindKeys.add(kind.key);
    });
    const isKind = (key: string) => isBuiltInKind(key) || kindKeys.has(key);
    file.kindAreas.forEach((row, index) => {
      if (!isKind(row.kind)) missing(["kindAreas", index, "kind"], "This kind");
      if (!areaIds.has(row.areaId)) missing(["kindAreas", index, "areaId"], "This area");
    });
    file.stageLadders.forEach((row, index) => {
      if (!isKind(row.kind)) missing(["stageLadders", index, "kind"], "This kind");
    });
    file.callbacks.forEach((callback, index) => {
      if (callback.areaId !== null && !areaIds.has(callback.areaId)) missing(["callbacks", index, "areaId"], "This area");
      if (callback.customKindId !== null && !kindIds.has(callback.customKindId)) missing(["callbacks", index, "customKindId"], "This kind");
    });
    file.effort.forEach((entry, index) => {
      if (!areaIds.has(entry.areaId)) missing(["effort", index, "areaId"], "This area");
      if (entry.callbackId !== null && !callbackIds.has(entry.callbackId)) missing(["effort", index, "callbackId"], "This callback");
    });
    file.commitments.forEach((commitment, index) => {
      if (commitment.areaId !== null && !areaIds.has(commitment.areaId)) missing(["commitments", index, "areaId"], "This area");
      if (commitment.endsOn < commitment.startsOn) ctx.addIssue({ code: "custom", path: ["commitments", index, "endsOn"], message: "The end comes before the start." });
    });
    const seen = new Set<string>();
    for (const [section, rows] of [["areas", file.areas], ["kinds", file.kinds], ["callbacks", file.callbacks], ["effort", file.effort], ["commitments", file.commitments], ["reviews", file.reviews], ["ticks", file.ticks]] as const) {
      rows.forEach((row, index) => {
        if (seen.has(row.id)) ctx.addIssue({ code: "custom", path: [section, index, "id"], message: "This id appears twice in the file." });
        seen.add(row.id);
      });
    }
  });

export type ExportFile = z.infer<typeof exportFileSchema>;
export type ExportCallback = z.infer<typeof exportCallbackSchema>;
