import type { z } from "zod";
import { lateness } from "@/lib/domain/lateness";
import { expectedValue } from "@/lib/domain/value";
import type { Callback, CallbackEvent } from "@/lib/generated/prisma/client";
import { shownProbability } from "@/lib/server/callbacks/callback-clock";
import type { CallbackDetail } from "@/lib/server/callbacks/get-callback";
import type { callbackDetailSchema, callbackEventSchema, callbackSchema } from "@/lib/validation/v1/callbacks";

/**
 * Callbacks as API v1 shows them: explicit fields (a column added to the table doesn't appear in
 * v1 by accident), `probability` the one a person sees now, `explicitProbability` before silence.
 */
export function presentCallback(row: Callback, now: Date): z.infer<typeof callbackSchema> {
  const probability = shownProbability(row, now);
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
    startedAt: row.startedAt,
    expectedReplyBy: row.expectedReplyBy,
    timesOutAt: row.timesOutAt,
    expectedReplySource: row.expectedReplySource,
    timeoutSource: row.timeoutSource,
    lastContactAt: row.lastContactAt,
    settledAt: row.settledAt,
    isLate: row.isLate,
    priorProbability: row.priorProbability,
    explicitProbability: row.probability,
    probability,
    expectedValue: expectedValue(probability, row.payoff),
    payoff: row.payoff,
    effort: row.effort,
    weight: row.weight,
    followUpCount: row.followUpCount,
    lateness: lateness({ state: row.state, expectedReplyBy: row.expectedReplyBy, timesOutAt: row.timesOutAt, now }),
    outcomeNote: row.outcomeNote,
    realisedPayoff: row.realisedPayoff,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
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
    ...presentCallback(detail.callback, now),
    area: detail.callback.area,
    nextFollowUp: detail.nextFollowUp,
    actions: [...detail.actions],
    events: detail.events.map(presentCallbackEvent),
  };
}
