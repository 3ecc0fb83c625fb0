import { DomainError, assertFinite, assertValidDate } from "./errors";

/** Load of one active block-on commitment. */
export const COMMITMENT_WEIGHT = 3;
/** Default capacity: concurrent open threads (the essay's 5–10). */
export const DEFAULT_CAPACITY = 7;
/** Days of creations that set λ, and of settlements that set W, in the Little's-law projection. */
export const ARRIVAL_WINDOW_DAYS = 28;
export const SETTLE_WINDOW_DAYS = 90;

const MS_PER_DAY = 86_400_000;

export type LoadLevel = "ok" | "strained" | "overflow";

export type LoadProjection = { lambdaPerDay: number; meanDaysToSettle: number; projectedOpen: number };

/** Load ≥ 0: the sum of the weights (each ≥ 0) of pending callbacks + 3 × active commitments. */
export function computeLoad(input: { pendingWeights: readonly number[]; activeCommitments: number }): number {
  if (!Number.isInteger(input.activeCommitments) || input.activeCommitments < 0) {
    throw new DomainError("INVALID_NUMBER", "Active commitments must be a whole number ≥ 0.");
  }
  let load = COMMITMENT_WEIGHT * input.activeCommitments;
  for (const weight of input.pendingWeights) {
    if (!Number.isFinite(weight) || weight < 0) throw new DomainError("INVALID_NUMBER", "A weight must be zero or more.");
    load += weight;
  }
  return load;
}

function assertCapacity(capacity: number): void {
  if (!Number.isFinite(capacity) || capacity <= 0) throw new DomainError("INVALID_CAPACITY", "Capacity must be more than 0.");
}

/** Level of `load` (≥ 0) against `capacity` (> 0): ok < 80%, strained 80–100% inclusive, overflow > 100%. */
export function loadLevel(load: number, capacity: number = DEFAULT_CAPACITY): LoadLevel {
  assertFinite(load, "Load");
  assertCapacity(capacity);
  // load·5 < capacity·4 instead of load/capacity < 0.8: exact for whole-number loads.
  if (load * 5 < capacity * 4) return "ok";
  if (load <= capacity) return "strained";
  return "overflow";
}

/** True when adding `extraWeight` (≥ 0) to `load` would take it above `capacity` (> 0). */
export function wouldOverflow(load: number, extraWeight: number, capacity: number = DEFAULT_CAPACITY): boolean {
  assertFinite(load, "Load");
  assertFinite(extraWeight, "Weight");
  assertCapacity(capacity);
  return load + extraWeight > capacity;
}

/**
 * Little's law L = λ·W: λ = callbacks created per day over the 28 days up to `now`, W = mean days
 * (fractional) from start to leaving PENDING (any way) for callbacks that left it in the 90 days
 * up to `now`. Null when nothing left PENDING in that window.
 */
export function projectLoad(input: {
  createdAt: readonly Date[];
  settled: readonly { startedAt: Date; settledAt: Date }[];
  now: Date;
}): LoadProjection | null {
  assertValidDate(input.now, "Now");
  const now = input.now.getTime();
  const inWindow = (at: number, days: number): boolean => at <= now && at > now - days * MS_PER_DAY;

  const created = input.createdAt.filter((date) => {
    assertValidDate(date, "Created-at");
    return inWindow(date.getTime(), ARRIVAL_WINDOW_DAYS);
  }).length;
  const durations: number[] = [];
  for (const { startedAt, settledAt } of input.settled) {
    assertValidDate(startedAt, "Started-at");
    assertValidDate(settledAt, "Settled-at");
    if (!inWindow(settledAt.getTime(), SETTLE_WINDOW_DAYS)) continue;
    durations.push(Math.max(0, settledAt.getTime() - startedAt.getTime()) / MS_PER_DAY);
  }
  if (durations.length === 0) return null;

  const lambdaPerDay = created / ARRIVAL_WINDOW_DAYS;
  const meanDaysToSettle = durations.reduce((sum, days) => sum + days, 0) / durations.length;
  return { lambdaPerDay, meanDaysToSettle, projectedOpen: lambdaPerDay * meanDaysToSettle };
}

/** "At this pace you will carry ~23 open threads; your capacity is 7." (projection rounded to a whole thread). */
export function describeLoadProjection(projection: LoadProjection, capacity: number = DEFAULT_CAPACITY): string {
  assertCapacity(capacity);
  const threads = Math.round(projection.projectedOpen);
  const noun = threads === 1 ? "thread" : "threads";
  return `At this pace you will carry ~${threads} open ${noun}; your capacity is ${capacity}.`;
}

/**
 * Little's law from aggregates counted elsewhere (e.g. in SQL): `createdInWindow` callbacks
 * (whole number ≥ 0) created in the last 28 days and the mean days (≥ 0) to leave PENDING over
 * the last 90 days, or null when none left it. Same result as `projectLoad` on the rows.
 */
export function projectLoadFromAggregates(input: {
  createdInWindow: number;
  meanDaysToSettle: number | null;
}): LoadProjection | null {
  if (!Number.isInteger(input.createdInWindow) || input.createdInWindow < 0) {
    throw new DomainError("INVALID_NUMBER", "The number of new callbacks must be a whole number ≥ 0.");
  }
  if (input.meanDaysToSettle === null) return null;
  assertFinite(input.meanDaysToSettle, "Mean days to settle");
  const lambdaPerDay = input.createdInWindow / ARRIVAL_WINDOW_DAYS;
  const meanDaysToSettle = Math.max(0, input.meanDaysToSettle);
  return { lambdaPerDay, meanDaysToSettle, projectedOpen: lambdaPerDay * meanDaysToSettle };
}
