import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db";
import { generateSampleHistory } from "@/lib/domain/sample-history";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { finishFirstRun } from "@/lib/server/users/first-run";
import { recomputeAggregates } from "@/lib/server/aggregates/recompute-aggregates";

/**
 * Fills the account with the generated sample history (lib/domain/sample-history.ts), every row
 * flagged `demo` so deleteSampleHistory removes exactly these. They count everywhere like real
 * rows (that is the point: Portfolio, Review and Insights show something), and the app says
 * sample data is present until it is removed. Once per account at a time.
 */
export async function createSampleHistory(actor: Actor, now: Date, db = getDb()): Promise<{ callbacks: number; effortEntries: number }> {
  return db.$transaction(async (tx) => {
    if (await tx.callback.findFirst({ where: { userId: actor.id, demo: true }, select: { id: true } })) {
      throw new AppError("CONFLICT", "Sample data is already here. Remove it first to generate it again.");
    }
    const areas = await tx.area.findMany({ where: { userId: actor.id, archivedAt: null }, orderBy: { position: "asc" }, select: { id: true } });
    const history = generateSampleHistory(now, { areaCount: areas.length });
    const ids = history.callbacks.map(() => randomUUID());
    const callbackRows: Prisma.CallbackCreateManyInput[] = history.callbacks.map((sample, index) => ({
      id: ids[index],
      userId: actor.id,
      areaId: sample.areaIndex === null ? null : (areas[sample.areaIndex]?.id ?? null),
      kind: sample.kind,
      title: sample.title,
      counterparty: sample.counterparty,
      notes: "Sample data",
      state: sample.outcome?.state ?? "PENDING",
      startedAt: sample.startedAt,
      expectedReplyBy: sample.expectedReplyBy,
      timesOutAt: sample.timesOutAt,
      expectedReplyDays: sample.expectedReplyDays,
      timeoutDays: sample.timeoutDays,
      followUpDays: sample.followUpDays,
      lastContactAt: sample.startedAt,
      priorProbability: sample.prior,
      probability: sample.prior,
      payoff: sample.payoff,
      effort: sample.effort,
      settledAt: sample.outcome?.at ?? null,
      probabilityAtSettlement: sample.outcome?.forecast ?? null,
      realisedPayoff: sample.outcome?.realisedPayoff ?? null,
      acknowledgedAt: sample.outcome?.state === "TIMED_OUT" ? sample.outcome.at : null,
      demo: true,
    }));
    await tx.callback.createMany({ data: callbackRows });
    const events: Prisma.CallbackEventCreateManyInput[] = [];
    history.callbacks.forEach((sample, index) => {
      const callbackId = ids[index]!;
      events.push({ callbackId, userId: actor.id, type: "CREATED", at: sample.startedAt, probabilityAfter: sample.prior, label: "Sample data" });
      if (sample.outcome) {
        const { state, at, forecast, realisedPayoff } = sample.outcome;
        events.push({
          callbackId,
          userId: actor.id,
          type: state === "TIMED_OUT" ? "TIMED_OUT" : "SETTLED",
          at,
          probabilityBefore: forecast,
          label: state === "FULFILLED" ? "Fulfilled" : state === "REJECTED" ? "Rejected" : "Timed out",
          data: { outcome: state, isLate: false, realisedPayoff },
        });
      }
    });
    await tx.callbackEvent.createMany({ data: events });
    const effortRows: Prisma.EffortEntryCreateManyInput[] = history.effort.flatMap((entry) => {
      const area = areas[entry.areaIndex];
      return area ? [{ userId: actor.id, areaId: area.id, points: entry.points, minutes: entry.minutes, note: entry.note, spentAt: entry.spentAt, demo: true }] : [];
    });
    await tx.effortEntry.createMany({ data: effortRows });
    // The sample's settled callbacks count in the all-time totals like real ones.
    await recomputeAggregates(actor.id, tx);
    // Exploring with samples finishes the first run: removing them later doesn't bring it back.
    await finishFirstRun(actor.id, now, tx);
    return { callbacks: ids.length, effortEntries: effortRows.length };
  });
}
