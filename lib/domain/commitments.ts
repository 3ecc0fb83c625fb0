import { addDaysToKey, assertDayKey, daysBetweenKeys, formatDayKey, startOfDayKeyInZone } from "./day-keys";
import { DomainError, assertValidDate } from "./errors";
import { dayKeyInZone } from "./time";

/**
 * Block-on commitments ("I block on X until <date>"): pure rules for their dates, status, the
 * 7-day lock, edits and the focus guard (check-in periods, streaks and the tick's items are in
 * commitment-check-ins.ts). Calendar days are "YYYY-MM-DD" keys in the user's time zone (see
 * day-keys.ts); instants are UTC Dates. Nothing here reads a clock: `now` and the zone are arguments.
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

/**
 * A "typo fix" is any change of title or why within this many minutes of making the commitment:
 * after that, during the lock, the wording is frozen with the rest of the promise.
 */
export const TYPO_FIX_MINUTES = 60;

/** The calendar of a commitment: first and last day (inclusive) and how often it checks in. */
export type CommitmentSchedule = { startsOn: string; endsOn: string; cadence: CommitmentCadence };

/** Where a commitment stands at `now`: before its start, running, past its end without a verdict, or closed. */
export type CommitmentStatus = "upcoming" | "running" | "awaiting-verdict" | "kept" | "broken" | "cancelled";

// ---------------------------------------------------------------- validation and status

/** Throws unless `endsOn` is at least 7 and at most 366 calendar days after `startsOn`. */
export function validateCommitmentDates(startsOn: string, endsOn: string): void {
  assertDayKey(startsOn, "The start");
  assertDayKey(endsOn, "The end");
  const days = daysBetweenKeys(startsOn, endsOn);
  if (days < MIN_COMMITMENT_DAYS) {
    throw new DomainError("INVALID_DURATION", `End it at least ${MIN_COMMITMENT_DAYS} days after the start (on or after ${formatDayKey(addDaysToKey(startsOn, MIN_COMMITMENT_DAYS))}).`);
  }
  if (days > MAX_COMMITMENT_DAYS) {
    throw new DomainError("INVALID_DURATION", `A commitment lasts at most ${MAX_COMMITMENT_DAYS} days; make a new one after this.`);
  }
}

/** Throws unless a new commitment's start is at most 30 days before today (in the zone). */
export function validateNewStart(startsOn: string, now: Date, zone: string): void {
  assertDayKey(startsOn, "The start");
  const earliest = addDaysToKey(dayKeyInZone(now, zone), -MAX_BACKDATE_DAYS);
  if (startsOn < earliest) {
    throw new DomainError("INVALID_DATE", `Start it on or after ${formatDayKey(earliest)} (at most ${MAX_BACKDATE_DAYS} days ago).`);
  }
}

/**
 * The first day of the lock: the commitment's first day, or the day it was made (`createdAt` in
 * the zone) when that is later, so backdating a commitment doesn't skip its lock.
 */
export function lockFromDay(startsOn: string, createdAt: Date, zone: string): string {
  const madeOn = dayKeyInZone(createdAt, zone);
  return madeOn > startsOn ? madeOn : startsOn;
}

/** The day the lock lifts ("locked until <day>"): lockFrom + 7 days. */
export function lockLiftsOn(lockFrom: string): string {
  return addDaysToKey(lockFrom, LOCK_DAYS);
}

/** The instant the 7-day lock ends: the start of lockFrom + 7 days in the zone. */
export function lockEndsAt(lockFrom: string, zone: string): Date {
  return startOfDayKeyInZone(addDaysToKey(lockFrom, LOCK_DAYS), zone);
}

/** The instant the commitment starts: the start of startsOn in the zone. */
export function startsAt(startsOn: string, zone: string): Date {
  return startOfDayKeyInZone(startsOn, zone);
}

/** The instant the commitment's last day ends: the start of the day after endsOn in the zone. */
export function endedAt(endsOn: string, zone: string): Date {
  return startOfDayKeyInZone(addDaysToKey(endsOn, 1), zone);
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

/** The instant the first-hour typo fixes end: `createdAt` + TYPO_FIX_MINUTES. */
export function typoFixEndsAt(createdAt: Date): Date {
  assertValidDate(createdAt, "Created-at");
  return new Date(createdAt.getTime() + TYPO_FIX_MINUTES * 60_000);
}

/**
 * True when the title and the why may change at `now`: outside the lock, or in the first hour
 * after the commitment was made (a typo fix).
 */
export function canReword(lockFrom: string, createdAt: Date, now: Date, zone: string): boolean {
  return !isLocked(lockFrom, now, zone) || now.getTime() < typoFixEndsAt(createdAt).getTime();
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

/**
 * `lockFrom`: the lock's first day (lockFromDay: the first day, or the day it was made if later);
 * `title` and `why` as stored, `createdAt` when it was made (for the first hour's typo fixes).
 */
export type EditableCommitment = CommitmentSchedule & {
  state: CommitmentState;
  areaId: string | null;
  lockFrom: string;
  title: string;
  why: string;
  createdAt: Date;
};

function assertActive(state: CommitmentState, verb: string): void {
  if (state !== "ACTIVE") throw new DomainError("ILLEGAL_TRANSITION", `This commitment is closed; it can't be ${verb}.`);
}

function lockedMessage(lockFrom: string, what: string): string {
  return `${what} — it's locked until ${formatDayKey(lockLiftsOn(lockFrom))}. You can extend it, make it harder or mark it broken with a note.`;
}

/**
 * Checks an edit at `now` and returns the schedule it leads to. Always: still ACTIVE and the
 * dates valid. Before the start anything may change (a start no earlier than today). Once started
 * the start day is fixed. During the lock only extending the end and weekly → daily (harder) are
 * allowed, and title and why only as a typo fix in the first hour after it was made (see
 * canReword); shortening, daily → weekly (easing), rewording the promise and changing the area
 * (which moves the focus guard) are refused with "locked until <day>".
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
    if (next.startsOn < dayKeyInZone(now, zone)) throw new DomainError("INVALID_DATE", "Move the start to today or later.");
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
    const reworded = (edit.title !== undefined && edit.title !== current.title) || (edit.why !== undefined && edit.why !== current.why);
    if (reworded && !canReword(current.lockFrom, current.createdAt, now, zone)) {
      throw new DomainError(
        "ILLEGAL_TRANSITION",
        lockedMessage(current.lockFrom, `Its title and why can't change after the first ${TYPO_FIX_MINUTES} minutes (typo fixes)`),
      );
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
  if (dayKeyInZone(now, zone) < commitment.endsOn) {
    throw new DomainError("NOT_YET_DUE", `It runs until ${formatDayKey(commitment.endsOn)}; mark it kept from then on (or broken now, with a note).`);
  }
}

/** Throws unless a check-in can be recorded: ACTIVE (and the period valid, see assertCheckInPeriod). */
export function assertCanCheckIn(commitment: { state: CommitmentState }): void {
  assertActive(commitment.state, "checked in");
}
