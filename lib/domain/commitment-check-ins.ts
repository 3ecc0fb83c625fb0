import { type CommitmentCadence, type CommitmentSchedule, endedAt } from "./commitments";
import { addDaysToKey, assertDayKey, formatDayKey, mondayOf, startOfDayKeyInZone } from "./day-keys";
import { DomainError } from "./errors";
import { dayKeyInZone } from "./time";

/**
 * A commitment's check-ins: its periods (a day, or the Monday of a week, in the user's zone),
 * which period may still be checked in, the streak, and what the daily tick asks of it. The rules
 * of the commitment itself (dates, the 7-day lock, edits, the focus guard) are in commitments.ts.
 */

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

// ---------------------------------------------------------------- periods

/** The check-in period containing day `key`: the day itself (daily) or its week's Monday (weekly). */
export function periodKey(cadence: CommitmentCadence, key: string): string {
  return cadence === "DAILY" ? (assertDayKey(key, "The day"), key) : mondayOf(key);
}

/** The period after (`step` 1) or before (`step` -1) period `period`. */
export function shiftPeriod(cadence: CommitmentCadence, period: string, step: number): string {
  return addDaysToKey(period, step * (cadence === "DAILY" ? 1 : 7));
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
  return periodKey(cadence, dayKeyInZone(now, zone));
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
