// Shared set-up for the callbacks integration tests: rows inserted directly (any state, any dates)
// so a test can stand exactly where it needs to, and snapshots to prove "nothing changed".
import { expect } from "vitest";
import { getDb } from "@/lib/db";
import { DomainError, type DomainErrorCode } from "@/lib/domain/errors";
import { AppError, type AppErrorCode } from "@/lib/errors";
import type { Callback, CallbackEvent, Prisma, User } from "@/lib/generated/prisma/client";

export const DAY_MS = 86_400_000;

/** `date` plus `days` (fractional allowed) of 24 hours. */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + Math.round(days * DAY_MS));
}

/**
 * A fixed "now" for tests that don't run the sweeper: years after the real clock, so a sweeper
 * run with the real time by any other test file on a shared Postgres never times out these rows.
 */
export const FAR_NOW = new Date("2035-06-15T12:00:00.000Z");

export type CallbackOverrides = Partial<Omit<Prisma.CallbackUncheckedCreateInput, "userId">>;

/**
 * Inserts a callback of `user` as the app would have left it: by default a PENDING "other"
 * started 3 days before `FAR_NOW`, reply expected 7 days after the start, timing out after 30.
 */
export async function insertCallback(user: Pick<User, "id">, overrides: CallbackOverrides = {}): Promise<Callback> {
  const startedAt = (overrides.startedAt as Date | undefined) ?? addDays(FAR_NOW, -3);
  return getDb().callback.create({ data: callbackData(user, startedAt, overrides) });
}

/** The row data `insertCallback` writes, for bulk inserts with createMany. */
export function callbackData(user: Pick<User, "id">, startedAt: Date, overrides: CallbackOverrides = {}): Prisma.CallbackUncheckedCreateInput {
  return {
    userId: user.id,
    kind: "OTHER",
    title: "A callback",
    startedAt,
    expectedReplyBy: addDays(startedAt, 7),
    timesOutAt: addDays(startedAt, 30),
    expectedReplyDays: 7,
    timeoutDays: 30,
    followUpDays: [7, 14],
    lastContactAt: startedAt,
    priorProbability: 0.3,
    probability: 0.3,
    payoff: 3,
    ...overrides,
  };
}

/** The callback row and its whole history, to compare before and after a refused change. */
export async function snapshot(callbackId: string): Promise<{ callback: Callback | null; events: CallbackEvent[] }> {
  const db = getDb();
  const [callback, events] = await Promise.all([
    db.callback.findUnique({ where: { id: callbackId } }),
    db.callbackEvent.findMany({ where: { callbackId }, orderBy: [{ at: "asc" }, { createdAt: "asc" }, { id: "asc" }] }),
  ]);
  return { callback, events };
}

export async function eventsOf(callbackId: string, type?: CallbackEvent["type"]): Promise<CallbackEvent[]> {
  return getDb().callbackEvent.findMany({
    where: { callbackId, ...(type ? { type } : {}) },
    orderBy: [{ at: "asc" }, { createdAt: "asc" }],
  });
}

/** Awaits `promise`, expecting an AppError with `code`; returns it for further checks. */
export async function expectAppError(promise: Promise<unknown>, code: AppErrorCode): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error, `expected AppError ${code}`).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

/** Awaits `promise`, expecting a DomainError with `code`. */
export async function expectDomainError(promise: Promise<unknown>, code: DomainErrorCode): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error, `expected DomainError ${code}`).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe(code);
  return error as DomainError;
}
