import { getDb } from "@/lib/db";
import type { CsvMapping } from "@/lib/domain/csv-callbacks";
import { initialDeadlines } from "@/lib/domain/follow-ups";
import type { CallbackKind } from "@/lib/domain/kind-defaults";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { recomputeAggregates } from "@/lib/server/aggregates/recompute-aggregates";
import { suggestPriors } from "@/lib/server/callbacks/suggest-priors";
import { getKindDefaults } from "@/lib/server/kind-defaults/get-kind-defaults";
import { type ImportResult, ROLLBACK_DRY_RUN, importIdFactory, IMPORT_TRANSACTION } from "./import-support";
import { type CsvRowError, type PlannedCsvCallback, readCallbacksCsv } from "./read-callbacks-csv";

export const CSV_ENTITY = "csv-callbacks";

export type CsvImportResult = ImportResult & { format: "csv"; mapping: CsvMapping; headers: string[]; rows: number; errors: CsvRowError[] };

/**
 * Imports callbacks from a CSV (a spreadsheet or a job tracker's export): every row is checked
 * first; with any bad row nothing is written (the error lists each with its line number), and a
 * dry run only reports. Rows become callbacks in their mapped state ("rejected" is REJECTED at
 * the status date), each with its CREATED event and, when settled, its closing event, all in one
 * transaction. A row imported before (same title, company, date and link) is skipped.
 */
export async function importCallbacksCsv(
  actor: Actor,
  text: string,
  options: { mapping?: CsvMapping; defaultKind?: CallbackKind; dryRun: boolean; now: Date },
): Promise<CsvImportResult> {
  const read = readCallbacksCsv(text, { mapping: options.mapping, defaultKind: options.defaultKind ?? "JOB_APPLICATION", timeZone: actor.timeZone });
  const base = { format: "csv" as const, mapping: read.mapping, headers: read.headers, rows: read.rows.length + new Set(read.errors.map((error) => error.line)).size, errors: read.errors };
  if (read.errors.length > 0 && !options.dryRun) {
    throw new AppError("INVALID", `${new Set(read.errors.map((error) => error.line)).size} row(s) can't be imported; nothing was imported. Fix them (a dry run lists them all) and try again.`, undefined, {
      details: { errors: read.errors },
    });
  }
  const db = getDb();
  const defaults = await getKindDefaults(actor.id);
  const priors = await suggestPriors(actor.id, defaults);
  const newId = importIdFactory(options.now);
  let result: CsvImportResult | null = null;
  try {
    await db.$transaction(async (tx) => {
      const known = await tx.importedRow.findMany({
        where: { userId: actor.id, entity: CSV_ENTITY, sourceKey: { in: read.rows.map((row) => row.fingerprint) } },
        select: { sourceKey: true },
      });
      const already = new Set(known.map((row) => row.sourceKey));
      const fresh = read.rows.filter((row) => !already.has(row.fingerprint));
      const callbacks: Prisma.CallbackCreateManyInput[] = [];
      const events: Prisma.CallbackEventCreateManyInput[] = [];
      for (const row of fresh) {
        const planned = planCallback(actor, row, defaults[row.kind], priors[row.kind].prior, options.now, newId);
        callbacks.push(planned.callback);
        events.push(...planned.events);
      }
      for (let index = 0; index < callbacks.length; index += 1000) await tx.callback.createMany({ data: callbacks.slice(index, index + 1000) });
      for (let index = 0; index < events.length; index += 2000) await tx.callbackEvent.createMany({ data: events.slice(index, index + 2000) });
      await tx.importedRow.createMany({
        data: fresh.map((row, index) => ({ userId: actor.id, entity: CSV_ENTITY, sourceKey: row.fingerprint, targetId: callbacks[index]!.id!, importedAt: options.now })),
      });
      result = { ...base, dryRun: options.dryRun, created: { callbacks: callbacks.length, events: events.length }, skipped: { callbacks: read.rows.length - fresh.length } };
      if (options.dryRun) throw ROLLBACK_DRY_RUN;
      // Imported settled rows count in the all-time totals from the same commit.
      await recomputeAggregates(actor.id, tx);
    }, IMPORT_TRANSACTION);
  } catch (error) {
    if (error !== ROLLBACK_DRY_RUN) throw error;
  }
  return result!;
}

type KindDefaults = { expectedReplyDays: number; timeoutDays: number; followUpDays: readonly number[]; defaultPayoff: number };

function planCallback(actor: Actor, row: PlannedCsvCallback, defaults: KindDefaults, prior: number, now: Date, newId: () => string) {
  const startedAt = row.startedAt ?? now;
  const deadlines = initialDeadlines({ startedAt, expectedReplyDays: defaults.expectedReplyDays, timeoutDays: defaults.timeoutDays, timeZone: actor.timeZone });
  const timesOutAt = row.deadline ?? new Date(Math.max(deadlines.timesOutAt.getTime(), deadlines.expectedReplyBy.getTime()));
  const expectedReplyBy = new Date(Math.min(deadlines.expectedReplyBy.getTime(), timesOutAt.getTime()));
  const id = newId();
  const isSettled = row.state !== "PENDING";
  // Settled rows close at their status date; without one, a timeout closes at its deadline (when past), the rest now.
  const settledAt = isSettled ? (row.statusDate ?? (row.state === "TIMED_OUT" && timesOutAt <= now ? timesOutAt : now)) : null;
  const closedAt = settledAt && settledAt < startedAt ? startedAt : settledAt;
  const isLate = (row.state === "FULFILLED" || row.state === "REJECTED") && closedAt !== null && closedAt > timesOutAt;
  const callback: Prisma.CallbackCreateManyInput = {
    id,
    userId: actor.id,
    kind: row.kind,
    title: row.title,
    counterparty: row.counterparty,
    link: row.link,
    notes: row.notes,
    state: row.state,
    startedAt,
    expectedReplyBy,
    timesOutAt,
    expectedReplyDays: defaults.expectedReplyDays,
    timeoutDays: defaults.timeoutDays,
    followUpDays: [...defaults.followUpDays],
    lastContactAt: startedAt,
    priorProbability: prior,
    probability: prior,
    payoff: defaults.defaultPayoff,
    settledAt: closedAt,
    probabilityAtSettlement: isSettled ? prior : null,
    isLate,
    realisedPayoff: row.state === "FULFILLED" ? defaults.defaultPayoff : row.state === "REJECTED" ? 0 : null,
    // Imported history is not news: settled rows don't queue up in the daily tick.
    acknowledgedAt: row.state === "TIMED_OUT" ? now : null,
    createdAt: now,
  };
  const events: Prisma.CallbackEventCreateManyInput[] = [
    { id: newId(), callbackId: id, userId: actor.id, type: "CREATED", at: startedAt, probabilityAfter: prior, label: `Imported from CSV (line ${row.line})`, createdAt: now },
  ];
  if (closedAt) {
    const type = row.state === "TIMED_OUT" ? "TIMED_OUT" : row.state === "CANCELLED" ? "CANCELLED" : "SETTLED";
    const label = row.state === "FULFILLED" ? "Fulfilled" : row.state === "REJECTED" ? "Rejected" : row.state === "TIMED_OUT" ? "Timed out" : "Cancelled";
    events.push({
      id: newId(),
      callbackId: id,
      userId: actor.id,
      type,
      at: closedAt,
      probabilityBefore: prior,
      label: `${label}${isLate ? " (late)" : ""}`,
      data: type === "SETTLED" ? { outcome: row.state, isLate, realisedPayoff: callback.realisedPayoff ?? null, stateBefore: "PENDING", imported: true } : { stateBefore: "PENDING", imported: true },
      createdAt: now,
    });
  }
  return { callback, events };
}
