import type { Area, Callback, CallbackEvent, Commitment, CommitmentCheckIn, EffortEntry, FocusOverride, Kind, KindArea, KindDefault, StageLadder, Tick, WeeklyReview } from "@/lib/generated/prisma/client";

/**
 * Database rows as rows of the export file (lib/validation/data-export.ts): instants as ISO 8601
 * in UTC, calendar days as YYYY-MM-DD, and nothing internal (user ids, versions, dedupe keys,
 * update stamps). Keys are written in the schema's order so files diff well.
 */

type JsonRow = Record<string, unknown>;

const iso = (date: Date) => date.toISOString();
const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null);
const day = (date: Date) => date.toISOString().slice(0, 10);

export function areaRow(area: Area): JsonRow {
  return {
    id: area.id,
    name: area.name,
    color: area.color,
    targetPct: area.targetPct,
    position: area.position,
    archivedAt: isoOrNull(area.archivedAt),
    createdAt: iso(area.createdAt),
  };
}

export function kindDefaultRow(row: KindDefault): JsonRow {
  return {
    kind: row.kind,
    expectedReplyDays: row.expectedReplyDays,
    timeoutDays: row.timeoutDays,
    followUpDays: row.followUpDays,
    defaultPrior: row.defaultPrior,
    defaultPayoff: row.defaultPayoff,
  };
}

export function kindRow(kind: Kind): JsonRow {
  return {
    id: kind.id,
    key: kind.key,
    name: kind.name,
    expectedReplyDays: kind.expectedReplyDays,
    timeoutDays: kind.timeoutDays,
    followUpDays: kind.followUpDays,
    defaultPrior: kind.defaultPrior,
    defaultPayoff: kind.defaultPayoff,
    defaultEnergyNeeded: kind.defaultEnergyNeeded,
    archivedAt: isoOrNull(kind.archivedAt),
    createdAt: iso(kind.createdAt),
  };
}

export function kindAreaRow(row: KindArea): JsonRow {
  return { kind: row.kindKey, areaId: row.areaId };
}

export function stageLadderRow(row: StageLadder): JsonRow {
  return { kind: row.kindKey, stages: row.stages };
}

export function callbackEventRow(event: CallbackEvent): JsonRow {
  return {
    id: event.id,
    type: event.type,
    at: iso(event.at),
    likelihoodRatio: event.likelihoodRatio,
    probabilityBefore: event.probabilityBefore,
    probabilityAfter: event.probabilityAfter,
    label: event.label,
    note: event.note,
    data: event.data ?? null,
    createdAt: iso(event.createdAt),
  };
}

/** A callback without its events (the JSON section adds them; the CSV has them in their own file). */
export function callbackRow(callback: Callback): JsonRow {
  return {
    id: callback.id,
    areaId: callback.areaId,
    kind: callback.kind,
    customKindId: callback.customKindId,
    title: callback.title,
    counterparty: callback.counterparty,
    channel: callback.channel,
    link: callback.link,
    notes: callback.notes,
    state: callback.state,
    startedAt: iso(callback.startedAt),
    expectedReplyBy: iso(callback.expectedReplyBy),
    timesOutAt: iso(callback.timesOutAt),
    expectedReplyDays: callback.expectedReplyDays,
    timeoutDays: callback.timeoutDays,
    followUpDays: callback.followUpDays,
    followUpCount: callback.followUpCount,
    lastContactAt: iso(callback.lastContactAt),
    priorProbability: callback.priorProbability,
    probability: callback.probability,
    payoff: callback.payoff,
    effort: callback.effort,
    weight: callback.weight,
    energyStillNeeded: callback.energyStillNeeded,
    stage: callback.stage,
    settledAt: isoOrNull(callback.settledAt),
    probabilityAtSettlement: callback.probabilityAtSettlement,
    isLate: callback.isLate,
    outcomeNote: callback.outcomeNote,
    realisedPayoff: callback.realisedPayoff,
    acknowledgedAt: isoOrNull(callback.acknowledgedAt),
    snoozedUntil: isoOrNull(callback.snoozedUntil),
    createdAt: iso(callback.createdAt),
  };
}

export function effortRow(entry: EffortEntry): JsonRow {
  return {
    id: entry.id,
    areaId: entry.areaId,
    callbackId: entry.callbackId,
    points: entry.points,
    minutes: entry.minutes,
    note: entry.note,
    spentAt: iso(entry.spentAt),
    createdAt: iso(entry.createdAt),
  };
}

export function checkInRow(checkIn: CommitmentCheckIn): JsonRow {
  return { id: checkIn.id, period: day(checkIn.period), kept: checkIn.kept, note: checkIn.note, createdAt: iso(checkIn.createdAt) };
}

export function focusOverrideRow(override: FocusOverride): JsonRow {
  return { id: override.id, callbackId: override.callbackId, callbackTitle: override.callbackTitle, at: iso(override.at) };
}

/** A commitment without its check-ins and focus overrides. */
export function commitmentRow(commitment: Commitment): JsonRow {
  return {
    id: commitment.id,
    areaId: commitment.areaId,
    title: commitment.title,
    why: commitment.why,
    startsOn: day(commitment.startsOn),
    endsOn: day(commitment.endsOn),
    cadence: commitment.cadence,
    state: commitment.state,
    endedAt: isoOrNull(commitment.endedAt),
    brokenNote: commitment.brokenNote,
    reflection: commitment.reflection,
    createdAt: iso(commitment.createdAt),
  };
}

export function reviewRow(review: WeeklyReview): JsonRow {
  return {
    id: review.id,
    weekStart: day(review.weekStart),
    timeZone: review.timeZone,
    completedAt: iso(review.completedAt),
    snapshot: review.snapshot,
    stopDoing: review.stopDoing,
    doubleDown: review.doubleDown,
    blockOn: review.blockOn,
  };
}

export function tickRow(tick: Tick): JsonRow {
  return { id: tick.id, completedAt: iso(tick.completedAt), processed: tick.processed };
}
