import type { CallbackState } from "./callback-state";
import { DomainError, assertValidDate } from "./errors";

/** Two levels of lateness: past expected-reply-by → overdue (yellow); past times-out-at → timed out (red). */
export type Lateness = "on_time" | "overdue" | "timed_out";

/** Days without news after which an open callback counts as stale in the daily review. */
export const STALE_AFTER_DAYS = 14;

const MS_PER_DAY = 86_400_000;

function reached(deadline: Date | null, now: Date): boolean {
  if (deadline === null) return false;
  assertValidDate(deadline, "A deadline");
  return now.getTime() >= deadline.getTime();
}

/**
 * Lateness of an open callback at `now`; a deadline counts as passed from its own instant on.
 * A PENDING callback past times-out-at that the sweeper hasn't reached yet is "timed_out" too.
 * Null for FULFILLED, REJECTED and CANCELLED (nothing is awaited). A null deadline never passes.
 */
export function lateness(input: {
  state: CallbackState;
  expectedReplyBy: Date | null;
  timesOutAt: Date | null;
  now: Date;
}): Lateness | null {
  assertValidDate(input.now, "Now");
  if (input.state === "TIMED_OUT") return "timed_out";
  if (input.state !== "PENDING") return null;
  if (reached(input.timesOutAt, input.now)) return "timed_out";
  if (reached(input.expectedReplyBy, input.now)) return "overdue";
  return "on_time";
}

/** True when the sweeper should time this callback out: PENDING and `now` ≥ times-out-at. */
export function isDueToTimeOut(input: { state: CallbackState; timesOutAt: Date | null; now: Date }): boolean {
  assertValidDate(input.now, "Now");
  return input.state === "PENDING" && reached(input.timesOutAt, input.now);
}

/**
 * True when a PENDING callback has had no news (no event of any kind) for at least `staleAfterDays`
 * (days > 0, default 14) since `lastEventAt`.
 */
export function isStale(input: {
  state: CallbackState;
  lastEventAt: Date;
  now: Date;
  staleAfterDays?: number;
}): boolean {
  assertValidDate(input.lastEventAt, "Last event");
  assertValidDate(input.now, "Now");
  const days = input.staleAfterDays ?? STALE_AFTER_DAYS;
  if (!Number.isFinite(days) || days <= 0) throw new DomainError("INVALID_DURATION", "Stale days must be more than 0.");
  return input.state === "PENDING" && input.now.getTime() - input.lastEventAt.getTime() >= days * MS_PER_DAY;
}
