import { DomainError, assertValidDate } from "./errors";
import { assertExpectedReplyDays } from "./probability";
import { addDaysInZone } from "./time";

/**
 * Follow-up schedules are written as days from the start when each follow-up is sent on time
 * ("follow-ups on days 3, 10, 17"). Each next follow-up is due the schedule's gap after the last
 * contact (start, a follow-up or any logged contact), so a late follow-up or a reply pushes the
 * rest back instead of bunching them up.
 */
export type NextFollowUp = {
  /** 0-based position in the schedule. */
  index: number;
  dueAt: Date;
  /** True when `now` ≥ dueAt. */
  isDue: boolean;
};

function assertSchedule(followUpDays: readonly number[]): void {
  followUpDays.forEach((day, index) => {
    const previous = index > 0 ? followUpDays[index - 1] : 0;
    if (!Number.isFinite(day) || previous === undefined || day <= previous) {
      throw new DomainError("INVALID_DURATION", "Follow-up days must be positive and strictly increasing.");
    }
  });
}

function assertCount(followUpsLogged: number): void {
  if (!Number.isInteger(followUpsLogged) || followUpsLogged < 0) {
    throw new DomainError("INVALID_NUMBER", "The number of follow-ups must be a whole number ≥ 0.");
  }
}

/** Days (> 0) between consecutive follow-ups of a schedule, the first counted from the start. */
export function followUpGaps(followUpDays: readonly number[]): number[] {
  assertSchedule(followUpDays);
  return followUpDays.map((day, index) => day - (index > 0 ? (followUpDays[index - 1] ?? 0) : 0));
}

/**
 * The next follow-up after `followUpsLogged` (integer ≥ 0) were logged: due the schedule's gap
 * (days) after `lastContactAt`, calendar days in `timeZone` (IANA, default UTC); null when the
 * schedule is exhausted.
 */
export function nextFollowUp(input: {
  followUpDays: readonly number[];
  lastContactAt: Date;
  followUpsLogged: number;
  now: Date;
  timeZone?: string;
}): NextFollowUp | null {
  assertValidDate(input.now, "Now");
  assertCount(input.followUpsLogged);
  const gap = followUpGaps(input.followUpDays)[input.followUpsLogged];
  if (gap === undefined) return null;
  const dueAt = addDaysInZone(input.lastContactAt, gap, input.timeZone ?? "UTC");
  return { index: input.followUpsLogged, dueAt, isDue: input.now.getTime() >= dueAt.getTime() };
}

/** New expected-reply-by after a follow-up or contact at `contactAt`: `expectedReplyDays` (days > 0) later. */
export function restartReplyClock(input: { contactAt: Date; expectedReplyDays: number; timeZone?: string }): Date {
  assertExpectedReplyDays(input.expectedReplyDays);
  return addDaysInZone(input.contactAt, input.expectedReplyDays, input.timeZone ?? "UTC");
}

/** Expected-reply-by and times-out-at of a callback started at `startedAt` (days > 0; timeout ≥ reply). */
export function initialDeadlines(input: {
  startedAt: Date;
  expectedReplyDays: number;
  timeoutDays: number;
  timeZone?: string;
}): { expectedReplyBy: Date; timesOutAt: Date } {
  assertTimeout(input.timeoutDays, input.expectedReplyDays);
  const zone = input.timeZone ?? "UTC";
  return {
    expectedReplyBy: restartReplyClock({ contactAt: input.startedAt, expectedReplyDays: input.expectedReplyDays, timeZone: zone }),
    timesOutAt: addDaysInZone(input.startedAt, input.timeoutDays, zone),
  };
}

function assertTimeout(timeoutDays: number, expectedReplyDays: number): void {
  assertExpectedReplyDays(expectedReplyDays);
  if (!Number.isFinite(timeoutDays) || timeoutDays < expectedReplyDays) {
    throw new DomainError("INVALID_DURATION", "Timeout can't come before the expected reply.");
  }
}

/**
 * Times-out-at after a follow-up or contact at `lastContactAt`: the schedule's remaining time to
 * the timeout, counted from that contact ("follow-ups on days 3, 10, 17, then times out" keeps
 * the 4 days after the last one). Never earlier than `startedAt` + `timeoutDays` (days) nor than
 * `currentTimesOutAt` (a manual extension), so a contact only ever pushes the deadline out.
 */
export function timesOutAtAfterContact(input: {
  startedAt: Date;
  lastContactAt: Date;
  followUpsLogged: number;
  followUpDays: readonly number[];
  timeoutDays: number;
  currentTimesOutAt?: Date | null;
  timeZone?: string;
}): Date {
  assertValidDate(input.startedAt, "Started-at");
  assertCount(input.followUpsLogged);
  assertSchedule(input.followUpDays);
  if (!Number.isFinite(input.timeoutDays) || input.timeoutDays <= 0) {
    throw new DomainError("INVALID_DURATION", "Timeout must be more than 0 days.");
  }
  const zone = input.timeZone ?? "UTC";
  const reached = Math.min(input.followUpsLogged, input.followUpDays.length);
  const scheduleDay = reached > 0 ? (input.followUpDays[reached - 1] ?? 0) : 0;
  const remainingDays = Math.max(0, input.timeoutDays - scheduleDay);
  const candidates = [
    addDaysInZone(input.lastContactAt, remainingDays, zone).getTime(),
    addDaysInZone(input.startedAt, input.timeoutDays, zone).getTime(),
  ];
  if (input.currentTimesOutAt) {
    assertValidDate(input.currentTimesOutAt, "Times-out-at");
    candidates.push(input.currentTimesOutAt.getTime());
  }
  return new Date(Math.max(...candidates));
}
