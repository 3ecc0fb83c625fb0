import type { z } from "zod";
import { lateness } from "@/lib/domain/lateness";
import { expectedValue } from "@/lib/domain/value";
import type { Callback, CallbackEvent } from "@/lib/generated/prisma/client";
import { shownProbability } from "@/lib/server/callbacks/callback-clock";
import type { CallbackDetail } from "@/lib/server/callbacks/get-callback";
import { damagedDateFields, readableDate } from "@/lib/server/callbacks/damaged-dates";
import type { CallbackListItem } from "@/lib/server/callbacks/list-callbacks";
import type { callbackDetailSchema, callbackEventSchema, callbackListItemSchema, callbackSchema } from "@/lib/validation/v1/callbacks";

/**
 * Callbacks as API v1 shows them: explicit fields (a column added to the table doesn't appear in
 * v1 by accident), `probability` the one a person sees now, `explicitProbability` before silence.
 */
export function presentCallback(row: Callback, now: Date): z.infer<typeof callbackSchema> {
  return presentStoredCallback(row, now) as z.infer<typeof callbackSchema>;
}

/** A callback as stored: a damaged one (dates outside 1970–2200, written by hand) with those dates null. */
function presentStoredCallback(row: Callback, now: Date): Omit<z.infer<typeof callbackDetailSchema>, "area" | "nextFollowUp" | "actions" | "events"> {
  // A row whose dates can't be read (stored outside 1970–2200 by hand) is answered, marked damaged.
  const damaged = damagedDateFields(row).length > 0;
  const probability = damaged ? row.probability : shownProbability(row, now);
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    state: row.state,
    areaId: row.areaId,
    counterparty: row.counterparty,
    channel: row.channel,
    link: row.link,
    notes: row.notes,
    startedAt: readableDate(row.startedAt),
    expectedReplyBy: readableDate(row.expectedReplyBy),
    timesOutAt: readableDate(row.timesOutAt),
    expectedReplySource: row.expectedReplySource,
    timeoutSource: row.timeoutSource,
    lastContactAt: readableDate(row.lastContactAt),
    settledAt: readableDate(row.settledAt),
    isLate: row.isLate,
    priorProbability: row.priorProbability,
    explicitProbability: row.probability,
    probability,
    expectedValue: expectedValue(probability, row.payoff),
    payoff: row.payoff,
    effort: row.effort,
    weight: row.weight,
    followUpCount: row.followUpCount,
    lateness: damaged ? null : lateness({ state: row.state, expectedReplyBy: row.expectedReplyBy, timesOutAt: row.timesOutAt, now }),
    damaged,
    outcomeNote: row.outcomeNote,
    realisedPayoff: row.realisedPayoff,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

/** A row of the list: damaged dates (see damaged-dates.ts) answered as null. */
export function presentCallbackListItem(item: CallbackListItem): z.infer<typeof callbackListItemSchema> {
  return {
    ...item,
    startedAt: readableDate(item.startedAt),
    expectedReplyBy: readableDate(item.expectedReplyBy),
    timesOutAt: readableDate(item.timesOutAt),
    settledAt: readableDate(item.settledAt),
  };
}

export function presentCallbackEvent(event: CallbackEvent): z.infer<typeof callbackEventSchema> {
  return {
    id: event.id,
    type: event.type,
    at: event.at,
    likelihoodRatio: event.likelihoodRatio,
    probabilityBefore: event.probabilityBefore,
    probabilityAfter: event.probabilityAfter,
    label: event.label,
    note: event.note,
    data: event.data ?? null,
    createdAt: event.createdAt,
  };
}

export function presentCallbackDetail(detail: CallbackDetail, now: Date): z.infer<typeof callbackDetailSchema> {
  return {
    ...presentStoredCallback(detail.callback, now),
    area: detail.callback.area,
    nextFollowUp: detail.nextFollowUp,
    actions: [...detail.actions],
    events: detail.events.map(presentCallbackEvent),
  };
}
