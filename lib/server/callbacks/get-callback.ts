import { getDb } from "@/lib/db";
import { allowedActions, type UserCallbackAction } from "@/lib/domain/callback-state";
import { nextFollowUp, type NextFollowUp } from "@/lib/domain/follow-ups";
import { type Lateness, lateness } from "@/lib/domain/lateness";
import { type ProbabilityEvent, type ProbabilityPoint, probabilitySeries } from "@/lib/domain/probability-series";
import { expectedValue } from "@/lib/domain/value";
import { notFound } from "@/lib/errors";
import { type Callback, type CallbackEvent, Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { shownProbability } from "@/lib/server/callbacks/callback-clock";
import { type CallbackDateField, damagedDateFields } from "@/lib/server/callbacks/damaged-dates";

export type CallbackDetail = {
  callback: Callback & { area: { id: string; name: string; color: string } | null };
  events: CallbackEvent[];
  probability: number;
  expectedValue: number;
  lateness: Lateness | null;
  nextFollowUp: NextFollowUp | null;
  actions: readonly UserCallbackAction[];
  series: ProbabilityPoint[];
  /** Date fields stored outside what a read can handle: the page shows the callback as damaged. */
  damaged: CallbackDateField[];
};

/** The events that move the probability, in the domain's terms (contacts end the silence). */
export function toProbabilityEvents(events: readonly CallbackEvent[]): ProbabilityEvent[] {
  const out: ProbabilityEvent[] = [];
  for (const event of events) {
    if (event.type === "EVIDENCE") {
      if (event.likelihoodRatio !== null) out.push({ at: event.at, type: "evidence", likelihoodRatio: event.likelihoodRatio });
      else if (event.probabilityAfter !== null) out.push({ at: event.at, type: "set", probability: event.probabilityAfter });
    } else if (event.type === "FOLLOW_UP" || event.type === "CONTACT" || event.type === "REOPENED") {
      out.push({ at: event.at, type: "contact" });
    }
  }
  return out;
}

/**
 * One of the user's callbacks with its history, the probability now, lateness, the next
 * follow-up, the actions its state allows and the probability-over-time series for the chart.
 * Someone else's callback is "not found".
 */
export async function getCallback(actor: Actor, callbackId: string, now: Date): Promise<CallbackDetail> {
  const db = getDb();
  // Two plain SQL queries side by side instead of Prisma's three in a row (callback, then area,
  // then events): the row joins its area, and the events are scoped by the user as well, so they
  // need not wait for the ownership check. On queries this small Prisma's own per-query work is
  // as large as the database's; see scripts/bench.ts.
  const [rows, events] = await Promise.all([
    db.$queryRaw<(Callback & { areaName: string | null; areaColor: string | null })[]>(Prisma.sql`
      SELECT c.*, a.name AS "areaName", a.color AS "areaColor"
      FROM "Callback" c LEFT JOIN "Area" a ON a.id = c."areaId"
      WHERE c.id = ${callbackId} AND c."userId" = ${actor.id}`),
    db.$queryRaw<CallbackEvent[]>(Prisma.sql`
      SELECT * FROM "CallbackEvent" WHERE "callbackId" = ${callbackId} AND "userId" = ${actor.id}
      ORDER BY at ASC, "createdAt" ASC`),
  ]);
  const found = rows[0];
  if (!found) throw notFound("That callback");
  const { areaName, areaColor, ...columns } = found;
  const area = columns.areaId && areaName !== null && areaColor !== null ? { id: columns.areaId, name: areaName, color: areaColor } : null;
  const row = { ...columns, area };
  const damaged = damagedDateFields(row);
  if (damaged.length > 0) {
    // Nothing time-based can be computed from dates that can't be read: show what is stored.
    return {
      callback: row,
      events,
      probability: row.probability,
      expectedValue: expectedValue(row.probability, row.payoff),
      lateness: null,
      nextFollowUp: null,
      actions: allowedActions(row.state).filter((action) => action === "EDIT" || action === "CANCEL"),
      series: [],
      damaged,
    };
  }
  const probability = shownProbability(row, now);
  const settledAt = row.state === "PENDING" ? null : (row.settledAt ?? now);
  return {
    callback: row,
    events,
    probability,
    expectedValue: expectedValue(probability, row.payoff),
    lateness: lateness({ state: row.state, expectedReplyBy: row.expectedReplyBy, timesOutAt: row.timesOutAt, now }),
    nextFollowUp:
      row.state === "PENDING"
        ? nextFollowUp({ followUpDays: row.followUpDays, lastContactAt: row.lastContactAt, followUpsLogged: row.followUpCount, now, timeZone: actor.timeZone })
        : null,
    actions: allowedActions(row.state),
    series: probabilitySeries({
      startedAt: row.startedAt,
      prior: row.priorProbability,
      events: toProbabilityEvents(events),
      expectedReplyDays: row.expectedReplyDays,
      now,
      settledAt,
    }),
    damaged,
  };
}
