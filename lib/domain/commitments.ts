import { TZDate } from "@date-fns/tz";
import { DomainError, assertValidDate } from "./errors";
import { dayKeyInZone, startOfDayInZone } from "./time";

/**
 * Block-on commitments ("I block on X until <date>"): pure rules for their calendar, the 7-day
 * lock, edits, check-in periods, streaks and what the daily tick asks. Calendar days are
 * "YYYY-MM-DD" keys in the user's time zone (the DATE columns hold them as midnight-UTC Dates);
 * instants are UTC Dates. Nothing here reads a clock: `now` and the zone are arguments.
 *
 * Decisions:
 * - ACTIVE is the stored state from creation until a verdict, a break or a cancel. An upcoming
 *   commitment (start in the future) is ACTIVE — a promise already made — and so is one whose
 *   last day has passed without a verdict ("ended — mark it kept or broken"). Both count toward
 *   the limit of 3 and toward load (3 each) until closed.
 * - The focus guard is narrower: only a *running* commitment (started, not past its last day)
 *   with an area guards captures whose area differs (no area included).
 * - The lock holds from the start of the first day until the start of day 8, in the zone. Before
 *   the start nothing is locked (it may be edited or cancelled; a new start must be today or later).
 *   During the lock the area can't change either: dropping or moving it would switch the guard off.
 * - A new commitment may start up to 30 days back, for one already being kept (past days can then
 *   be checked in). Its lock still counts from the day it was made (see lockFromDay): a promise
 *   made today can't be eased this week, whatever first day it names.
 * - One check-in per period; a second one is refused, not overwritten.
 * - The verdict (kept/broken + reflection) can be given from the last day on.
 */

export type CommitmentCadence = "DAILY" | "WEEKLY";
export type CommitmentState = "ACTIVE" | "KEPT" | "BROKEN" | "CANCELLED";

export const COMMITMENT_CADENCES: readonly CommitmentCadence[] = ["DAILY", "WEEKLY"];
/** At most this many ACTIVE commitments per user (upcoming and ended-awaiting-verdict count). */
export const MAX_ACTIVE_COMMITMENTS = 3;
/** The end is at least this many calendar days after the start; also the length of the lock. */
export const MIN_COMMITMENT_DAYS = 7;
export const LOCK_DAYS = 7;
/** The end is at most this many calendar days after the start (a year and a day). */
export const MAX_COMMITMENT_DAYS = 366;
/** How far back a new commitment may start (for one already being kept), in calendar days. */
export const MAX_BACKDATE_DAYS = 30;

export type CommitmentTickItem =
  | {
      type: "check-in";
      commitmentId: string;
      title: string;
      cadence: CommitmentCadence;
      /** YYYY-MM-DD: the day (daily) or the Monday of the week (weekly), in the user's zone. */
      period: string;
      /** UTC instant the period started in the user's zone (for ordering by urgency). */
      periodStart: Date;
      /** "today", "yesterday", "this week", "last week". */
      periodLabel: string;
    }
  | {
      type: "close";
      commitmentId: string;
      title: string;
      /** YYYY-MM-DD */
      endsOn: string;
      /** start of the day after endsOn, in the zone */
      endedAt: Date;
    };

/** The calendar of a commitment: first and last day (inclusive) and how often it checks in. */
export type CommitmentSchedule = { startsOn: string; endsOn: string; cadence: CommitmentCadence };

/** Where a commitment stands at `now`: before its start, running, past its end without a verdict, or closed. */
export type CommitmentStatus = "upcoming" | "running" | "awaiting-verdict" | "kept" | "broken" | "cancelled";

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

// ---------------------------------------------------------------- calendar days

/** True when `key` is a real calendar day written "YYYY-MM-DD". */
export function isDayKey(key: string): boolean {
  const match = typeof key === "string" ? DAY_KEY.exec(key) : null;
  if (!match) return false;
  const date = new Date(`${key}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === key;
}

function assertDayKey(key: string, what: string): void {
  if (!isDayKey(key)) throw new DomainError("INVALID_DATE", `${what} must be a calendar day (YYYY-MM-DD).`);
}

/** A day key as the midnight-UTC Date a DATE column stores. */
export function dayKeyToDate(key: string): Date {
  assertDayKey(key, "The day");
  return new Date(`${key}T00:00:00Z`);
}

/** A DATE column's midnight-UTC Date as its day key. */
export function dateToDayKey(date: Date): string {
  assertValidDate(date, "The day");
  return date.toISOString().slice(0, 10);
}

/** `key` plus `days` (whole, may be negative) calendar days. */
export function addDays(key: string, days: number): string {
  if (!Number.isInteger(days)) throw new DomainError("INVALID_NUMBER", "Days must be a whole number.");
  return new Date(dayKeyToDate(key).getTime() + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetweenKeys(from: string, to: string): number {
  return Math.round((dayKeyToDate(to).getTime() - dayKeyToDate(from).getTime()) / MS_PER_DAY);
}

/** The Monday of the week containing `key` (weeks start on Monday). */
export function mondayOf(key: string): string {
  const weekday = dayKeyToDate(key).getUTCDay(); // 0 = Sunday
  return addDays(key, -((weekday + 6) % 7));
}

/** The instant calendar day `key` starts in `zone` (handles DST and zones whose midnight is skipped). */
export function startOfDayKeyInZone(key: string, zone: string): Date {
  const [year, month, day] = key.split("-").map(Number) as [number, number, number];
  assertDayKey(key, "The day");
  // Noon always exists; the day's start is found from there.
  return startOfDayInZone(new Date(new TZDate(year, month - 1, day, 12, 0, 0, zone).getTime()), zone);
}

/** The user's calendar day at `now`. */
export function todayKey(now: Date, zone: string): string {
  return dayKeyInZone(now, zone);
}

/** "Mon, Mar 30, 2026" for a day key (the app's en-US style; no zone involved). */
export function formatDayKey(key: string): string {
  return new Intl.DateTimeFormat("en-US", { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(
    dayKeyToDate(key),
  );
}

// ---------------------------------------------------------------- periods

/** The check-in period containing day `key`: the day itself (daily) or its week's Monday (weekly). */
export function periodKey(cadence: CommitmentCadence, key: string): string {
  return cadence === "DAILY" ? (assertDayKey(key, "The day"), key) : mondayOf(key);
}

/** The period after (`step` 1) or before (`step` -1) period `period`. */
export function shiftPeriod(cadence: CommitmentCadence, period: string, step: number): string {
  return addDays(period, step * (cadence === "DAILY" ? 1 : 7));
}

/** The first and last period of a commitment (weekly: the Mondays of its first and last weeks). */
export function periodBounds(schedule: CommitmentSchedule): { first: string; last: string } {
  return { first: periodKey(schedule.cadence, schedule.startsOn), last: periodKey(schedule.cadence, schedule.endsOn) };
}

/** Every period of the commitment, oldest first. */
export function periodsOf(schedule: CommitmentSchedule): string[] {
  const { first, last } = periodBounds(schedule);
  const periods: string[] = [];
  for (let period = first; period <= last; period = shiftPeriod(schedule.cadence, period, 1)) periods.push(period);
  return periods;
}

/** The period the user is in at `now`. */
export function currentPeriod(cadence: CommitmentCadence, now: Date, zone: string): string {
  return periodKey(cadence, todayKey(now, zone));
}

/** "today"/"yesterday" (daily), "this week"/"last week" (weekly), else "Mon, Mar 30, 2026" / "week of Mon, Mar 30, 2026". */
export function periodLabel(cadence: CommitmentCadence, period: string, now: Date, zone: string): string {
  const current = currentPeriod(cadence, now, zone);
  if (cadence === "DAILY") {
    if (period === current) return "today";
    if (period === shiftPeriod(cadence, current, -1)) return "yesterday";
    return formatDayKey(period);
  }
  if (period === current) return "this week";
  if (period === shiftPeriod(cadence, current, -1)) return "last week";
  return `week of ${formatDayKey(period)}`;
}

/**
 * Throws unless a check-in for `period` is allowed at `now`: it must be a period of the commitment
 * (a day within it, or the Monday of one of its weeks) and not in the future. Returns the period.
 */
export function assertCheckInPeriod(schedule: CommitmentSchedule, period: string, now: Date, zone: string): string {
  assertDayKey(period, "The period");
  if (periodKey(schedule.cadence, period) !== period) {
    throw new DomainError("INVALID_DATE", "A weekly check-in is for a week: give the Monday of that week.");
  }
  const { first, last } = periodBounds(schedule);
  if (period < first || period > last) {
    throw new DomainError("INVALID_DATE", `That ${schedule.cadence === "DAILY" ? "day" : "week"} is outside this commitment.`);
  }
  if (period > currentPeriod(schedule.cadence, now, zone)) {
    throw new DomainError("NOT_YET_DUE", `You can't check in for ${schedule.cadence === "DAILY" ? "a day" : "a week"} that hasn't started.`);
  }
  return period;
}

// ---------------------------------------------------------------- validation and status

/** Throws unless `endsOn` is at least 7 and at most 366 calendar days after `startsOn`. */
export function validateCommitmentDates(startsOn: string, endsOn: string): void {
  assertDayKey(startsOn, "The start");
  assertDayKey(endsOn, "The end");
  const days = daysBetweenKeys(startsOn, endsOn);
  if (days < MIN_COMMITMENT_DAYS) {
    throw new DomainError("INVALID_DURATION", `End it at least ${MIN_COMMITMENT_DAYS} days after the start (on or after ${formatDayKey(addDays(startsOn, MIN_COMMITMENT_DAYS))}).`);
  }
  if (days > MAX_COMMITMENT_DAYS) {
    throw new DomainError("INVALID_DURATION", `A commitment lasts at most ${MAX_COMMITMENT_DAYS} days; make a new one after this.`);
  }
}

/** Throws unless a new commitment's start is at most 30 days before today (in the zone). */
export function validateNewStart(startsOn: string, now: Date, zone: string): void {
  assertDayKey(startsOn, "The start");
  const earliest = addDays(todayKey(now, zone), -MAX_BACKDATE_DAYS);
  if (startsOn < earliest) {
    throw new DomainError("INVALID_DATE", `Start it on or after ${formatDayKey(earliest)} (at most ${MAX_BACKDATE_DAYS} days ago).`);
  }
}

/**
 * The first day of the lock: the commitment's first day, or the day it was made (`createdAt` in
 * the zone) when that is later, so backdating a commitment doesn't skip its lock.
 */
export function lockFromDay(startsOn: string, createdAt: Date, zone: string): string {
  const madeOn = todayKey(createdAt, zone);
  return madeOn > startsOn ? madeOn : startsOn;
}

/** The day the lock lifts ("locked until <day>"): lockFrom + 7 days. */
export function lockLiftsOn(lockFrom: string): string {
  return addDays(lockFrom, LOCK_DAYS);
}

/** The instant the 7-day lock ends: the start of lockFrom + 7 days in the zone. */
export function lockEndsAt(lockFrom: string, zone: string): Date {
  return startOfDayKeyInZone(addDays(lockFrom, LOCK_DAYS), zone);
}

/** The instant the commitment starts: the start of startsOn in the zone. */
export function startsAt(startsOn: string, zone: string): Date {
  return startOfDayKeyInZone(startsOn, zone);
}

/** The instant the commitment's last day ends: the start of the day after endsOn in the zone. */
export function endedAt(endsOn: string, zone: string): Date {
  return startOfDayKeyInZone(addDays(endsOn, 1), zone);
}

/**
 * True during the first 7 days: from the start of `lockFrom` (the first day, or the day it was
 * made if later; see lockFromDay) until the start of lockFrom + 7 days, both in the zone (so a
 * DST change inside the lock does not move its end off midnight).
 */
export function isLocked(lockFrom: string, now: Date, zone: string): boolean {
  assertValidDate(now, "Now");
  const time = now.getTime();
  return time >= startsAt(lockFrom, zone).getTime() && time < lockEndsAt(lockFrom, zone).getTime();
}

/** True once the start of startsOn has passed in the zone. */
export function hasStarted(startsOn: string, now: Date, zone: string): boolean {
  return now.getTime() >= startsAt(startsOn, zone).getTime();
}

/** Where a commitment stands at `now` (see CommitmentStatus). */
export function commitmentStatus(commitment: { state: CommitmentState; startsOn: string; endsOn: string }, now: Date, zone: string): CommitmentStatus {
  if (commitment.state === "KEPT") return "kept";
  if (commitment.state === "BROKEN") return "broken";
  if (commitment.state === "CANCELLED") return "cancelled";
  if (!hasStarted(commitment.startsOn, now, zone)) return "upcoming";
  if (now.getTime() >= endedAt(commitment.endsOn, zone).getTime()) return "awaiting-verdict";
  return "running";
}

/**
 * True when the commitment guards captures at `now`: ACTIVE, started, not past its last day and
 * with an area. A commitment without an area guards nothing.
 */
export function guardsCaptures(
  commitment: { state: CommitmentState; startsOn: string; endsOn: string; areaId: string | null },
  now: Date,
  zone: string,
): boolean {
  return commitment.areaId !== null && commitmentStatus(commitment, now, zone) === "running";
}

/** The guarding commitments a capture in `areaId` (null = no area) competes with. */
export function competingCommitments<T extends { state: CommitmentState; startsOn: string; endsOn: string; areaId: string | null }>(
  commitments: readonly T[],
  areaId: string | null,
  now: Date,
  zone: string,
): T[] {
  return commitments.filter((commitment) => guardsCaptures(commitment, now, zone) && commitment.areaId !== areaId);
}

/** "This competes with “A” — start it anyway?" (or “A” and “B”, or “A”, “B” and “C”). */
export function competesMessage(titles: readonly string[]): string {
  const quoted = titles.map((title) => `“${title}”`);
  const names = quoted.length <= 1 ? (quoted[0] ?? "") : `${quoted.slice(0, -1).join(", ")} and ${quoted.at(-1)}`;
  return `This competes with ${names} — start it anyway?`;
}

// ---------------------------------------------------------------- edits and transitions

/** What an edit may change. Absent fields stay as they are. */
export type CommitmentEdit = {
  title?: string;
  why?: string;
  areaId?: string | null;
  startsOn?: string;
  endsOn?: string;
  cadence?: CommitmentCadence;
};

/** `lockFrom`: the lock's first day (lockFromDay: the first day, or the day it was made if later). */
export type EditableCommitment = CommitmentSchedule & { state: CommitmentState; areaId: string | null; lockFrom: string };

function assertActive(state: CommitmentState, verb: string): void {
  if (state !== "ACTIVE") throw new DomainError("ILLEGAL_TRANSITION", `This commitment is closed; it can't be ${verb}.`);
}

function lockedMessage(lockFrom: string, what: string): string {
  return `${what} — it's locked until ${formatDayKey(lockLiftsOn(lockFrom))}. You can extend it, make it harder or mark it broken with a note.`;
}

/**
 * Checks an edit at `now` and returns the schedule it leads to. Always: still ACTIVE and the
 * dates valid. Before the start anything may change (a start no earlier than today). Once started
 * the start day is fixed. During the lock only extending the end, weekly → daily (harder), title
 * and why are allowed; shortening, daily → weekly (easing) and changing the area (which moves the
 * focus guard) are refused with "locked until <day>".
 */
export function checkEdit(current: EditableCommitment, edit: CommitmentEdit, now: Date, zone: string): CommitmentSchedule {
  assertActive(current.state, "edited");
  const next: CommitmentSchedule = {
    startsOn: edit.startsOn ?? current.startsOn,
    endsOn: edit.endsOn ?? current.endsOn,
    cadence: edit.cadence ?? current.cadence,
  };
  const started = hasStarted(current.startsOn, now, zone);
  if (next.startsOn !== current.startsOn) {
    if (started) throw new DomainError("ILLEGAL_TRANSITION", "It has started; the start day can't change.");
    if (next.startsOn < todayKey(now, zone)) throw new DomainError("INVALID_DATE", "Move the start to today or later.");
  }
  validateCommitmentDates(next.startsOn, next.endsOn);
  if (isLocked(current.lockFrom, now, zone)) {
    if (next.endsOn < current.endsOn) throw new DomainError("ILLEGAL_TRANSITION", lockedMessage(current.lockFrom, "It can't be shortened"));
    if (current.cadence === "DAILY" && next.cadence === "WEEKLY") {
      throw new DomainError("ILLEGAL_TRANSITION", lockedMessage(current.lockFrom, "It can't be eased to weekly"));
    }
    if (edit.areaId !== undefined && edit.areaId !== current.areaId) {
      throw new DomainError("ILLEGAL_TRANSITION", lockedMessage(current.lockFrom, "Its area can't change"));
    }
  }
  return next;
}

/** Throws unless cancelling is allowed at `now`: ACTIVE and not in the lock (before the start is fine). */
export function assertCanCancel(commitment: { state: CommitmentState; lockFrom: string }, now: Date, zone: string): void {
  assertActive(commitment.state, "cancelled");
  if (isLocked(commitment.lockFrom, now, zone)) {
    throw new DomainError("ILLEGAL_TRANSITION", lockedMessage(commitment.lockFrom, "It can't be cancelled"));
  }
}

/** Throws unless breaking is allowed: ACTIVE (the lock never stops an honest "broken"). */
export function assertCanBreak(commitment: { state: CommitmentState }): void {
  assertActive(commitment.state, "marked broken");
}

/** Throws unless the verdict can be given at `now`: ACTIVE and on or after its last day. */
export function assertCanClose(commitment: { state: CommitmentState; endsOn: string }, now: Date, zone: string): void {
  assertActive(commitment.state, "closed again");
  if (todayKey(now, zone) < commitment.endsOn) {
    throw new DomainError("NOT_YET_DUE", `It runs until ${formatDayKey(commitment.endsOn)}; mark it kept from then on (or broken now, with a note).`);
  }
}

/** Throws unless a check-in can be recorded: ACTIVE (and the period valid, see assertCheckInPeriod). */
export function assertCanCheckIn(commitment: { state: CommitmentState }): void {
  assertActive(commitment.state, "checked in");
}

// ---------------------------------------------------------------- streaks and due check-ins

export type CheckInMark = { period: string; kept: boolean };

export type StreakSummary = {
  /** Consecutive kept periods ending at the latest period (an unchecked latest period is skipped). */
  current: number;
  /** The longest run of consecutive kept periods. */
  longest: number;
  kept: number;
  missed: number;
  /** Past periods (before the latest) without a check-in. */
  unchecked: number;
};

/**
 * The streak at `now`. The latest period is the current one (or the last one once the end has
 * passed); if it has no check-in yet it doesn't break the streak. Counting back from there, a
 * missed check-in or an unchecked period ends it. Check-ins outside the periods are ignored.
 */
export function computeStreak(schedule: CommitmentSchedule, checkIns: readonly CheckInMark[], now: Date, zone: string): StreakSummary {
  const byPeriod = new Map<string, boolean>();
  for (const checkIn of checkIns) byPeriod.set(checkIn.period, checkIn.kept);
  const { first, last } = periodBounds(schedule);
  const current = currentPeriod(schedule.cadence, now, zone);
  const latest = current < last ? current : last;
  const summary: StreakSummary = { current: 0, longest: 0, kept: 0, missed: 0, unchecked: 0 };
  if (latest < first) return summary;

  let run = 0;
  for (let period = first; period <= latest; period = shiftPeriod(schedule.cadence, period, 1)) {
    const kept = byPeriod.get(period);
    if (kept === true) {
      summary.kept += 1;
      run += 1;
      summary.longest = Math.max(summary.longest, run);
    } else if (kept === false) {
      summary.missed += 1;
      run = 0;
    } else if (period !== latest) {
      summary.unchecked += 1;
      run = 0;
    }
  }
  summary.current = run;
  return summary;
}

/**
 * The periods to ask about at `now`, newest first: the current period if it is within the
 * commitment and unchecked, and the previous one if within and unchecked (so a morning tick can
 * still check in yesterday, or the last day after the end).
 */
export function dueCheckInPeriods(schedule: CommitmentSchedule, checkedIn: ReadonlySet<string>, now: Date, zone: string): string[] {
  const { first, last } = periodBounds(schedule);
  const current = currentPeriod(schedule.cadence, now, zone);
  const due: string[] = [];
  for (const period of [current, shiftPeriod(schedule.cadence, current, -1)]) {
    if (period >= first && period <= last && !checkedIn.has(period)) due.push(period);
  }
  return due;
}

/** The tick items of one ACTIVE commitment at `now` (check-ins due, then "close" once its end passed). */
export function commitmentTickItems(
  commitment: CommitmentSchedule & { id: string; title: string },
  checkedIn: ReadonlySet<string>,
  now: Date,
  zone: string,
): CommitmentTickItem[] {
  const items: CommitmentTickItem[] = dueCheckInPeriods(commitment, checkedIn, now, zone).map((period) => ({
    type: "check-in",
    commitmentId: commitment.id,
    title: commitment.title,
    cadence: commitment.cadence,
    period,
    periodStart: startOfDayKeyInZone(period, zone),
    periodLabel: periodLabel(commitment.cadence, period, now, zone),
  }));
  const ended = endedAt(commitment.endsOn, zone);
  if (now.getTime() >= ended.getTime()) {
    items.push({ type: "close", commitmentId: commitment.id, title: commitment.title, endsOn: commitment.endsOn, endedAt: ended });
  }
  return items;
}
