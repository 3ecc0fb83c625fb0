import { addDaysToKey, dayKeyToDate, mondayOf } from "./day-keys";
import { nextFollowUp } from "./follow-ups";
import { dayKeyInZone } from "./time";

/**
 * What the calendar feed shows, as plain event descriptions (lib/calendar renders them as
 * iCalendar). Every event has a UID that never changes for the same thing (a callback's timeout,
 * a commitment's end…), a DTSTAMP and SEQUENCE derived from the row's own updatedAt/version (so
 * the feed is byte-identical while nothing changes, and a calendar sees an edit as a newer
 * revision), and either an instant (UTC) or a calendar day in the user's zone. No clock: `now`
 * only bounds the window.
 */

/** Days ahead the feed looks for deadlines (and days back it keeps open items that just passed). */
export const FEED_DAYS_AHEAD = 90;
export const FEED_DAYS_BACK = 30;
/** Minutes a deadline's event lasts in the calendar (a deadline is an instant; calendars want a block). */
export const DEADLINE_MINUTES = 30;
/** The alarm on a callback's timeout: this long before it. */
export const DEADLINE_ALARM_SECONDS = 24 * 60 * 60;
/** ISO weekday (1 = Monday … 7 = Sunday) of the weekly review when the user chose none. */
export const DEFAULT_REVIEW_DAY = 7;

const MS_PER_DAY = 86_400_000;
/** SEQUENCE of rows that have no version: whole seconds of their updatedAt since this instant. */
const SEQUENCE_EPOCH_MS = Date.UTC(2024, 0, 1);

export type FeedCallback = {
  id: string;
  title: string;
  counterparty: string;
  expectedReplyBy: Date;
  timesOutAt: Date;
  lastContactAt: Date;
  followUpDays: number[];
  followUpCount: number;
  version: number;
  updatedAt: Date;
};

export type FeedCommitment = {
  id: string;
  title: string;
  /** YYYY-MM-DD, in the user's zone. */
  startsOn: string;
  endsOn: string;
  cadence: "DAILY" | "WEEKLY";
  version: number;
  updatedAt: Date;
};

export type FeedUser = { id: string; timeZone: string; createdAt: Date; updatedAt: Date; reviewDay: number };

type EventBase = { uid: string; summary: string; description: string; url: string | null; sequence: number; stamp: Date };
export type TimedFeedEvent = EventBase & { kind: "timed"; start: Date; end: Date; alarmSecondsBefore: number | null };
export type DayFeedEvent = EventBase & {
  kind: "day";
  /** YYYY-MM-DD (a DATE value: the same calendar day wherever the calendar is). */
  day: string;
  /** RFC 5545 RRULE value (UNTIL as a DATE), or null for a single day. */
  rrule: string | null;
};
export type FeedEvent = TimedFeedEvent | DayFeedEvent;

const ICAL_WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;

function uid(parts: string): string {
  return `${parts}@lifeloop`;
}

function sequenceFromTime(updatedAt: Date): number {
  return Math.max(0, Math.floor((updatedAt.getTime() - SEQUENCE_EPOCH_MS) / 1000));
}

function compactDay(key: string): string {
  return key.replaceAll("-", "");
}

/** The first day on or after `key` that is ISO weekday `isoWeekday` (1–7). */
export function nextWeekdayOnOrAfter(key: string, isoWeekday: number): string {
  const weekday = ((dayKeyToDate(key).getUTCDay() + 6) % 7) + 1; // 1 = Monday
  return addDaysToKey(key, (isoWeekday - weekday + 7) % 7);
}

/**
 * The feed's events for one user at `now`: for each open callback its timeout (with an alarm),
 * its expected reply and its next follow-up, when they fall in [now − FEED_DAYS_BACK, now +
 * FEED_DAYS_AHEAD]; for each active commitment its end day and a recurring check-in reminder (every
 * day, or each Sunday of a weekly one); and the weekly review day. `appUrl` (no trailing slash)
 * makes the links. Callers pass only PENDING callbacks and ACTIVE commitments: settled, cancelled
 * and ended items are simply absent, so calendars drop them.
 */
export function planFeedEvents(input: {
  user: FeedUser;
  callbacks: readonly FeedCallback[];
  commitments: readonly FeedCommitment[];
  now: Date;
  appUrl: string;
}): FeedEvent[] {
  const { user, now, appUrl } = input;
  const from = now.getTime() - FEED_DAYS_BACK * MS_PER_DAY;
  const to = now.getTime() + FEED_DAYS_AHEAD * MS_PER_DAY;
  const inWindow = (at: Date) => at.getTime() >= from && at.getTime() <= to;
  const events: FeedEvent[] = [];

  for (const callback of input.callbacks) {
    const url = `${appUrl}/callbacks/${callback.id}`;
    const base = { url, sequence: callback.version, stamp: callback.updatedAt };
    const who = callback.counterparty ? ` (${callback.counterparty})` : "";
    const timed = (suffix: string, summary: string, description: string, start: Date, alarm: number | null): TimedFeedEvent => ({
      ...base,
      kind: "timed",
      uid: uid(`callback-${callback.id}-${suffix}`),
      summary,
      description: `${description}\n${url}`,
      start,
      end: new Date(start.getTime() + DEADLINE_MINUTES * 60_000),
      alarmSecondsBefore: alarm,
    });
    if (inWindow(callback.timesOutAt)) {
      events.push(timed("timeout", `Times out: ${callback.title}`, `"${callback.title}"${who} times out now unless a reply comes. Settle it, extend it or let it go.`, callback.timesOutAt, DEADLINE_ALARM_SECONDS));
    }
    if (callback.expectedReplyBy.getTime() < callback.timesOutAt.getTime() && inWindow(callback.expectedReplyBy)) {
      events.push(timed("reply", `Reply expected: ${callback.title}`, `A reply to "${callback.title}"${who} is expected by now.`, callback.expectedReplyBy, null));
    }
    // The zone arithmetic below is the costly part of a big feed: skip it when the follow-up's
    // rough due time (± 2 days covers any DST or zone shift) can't be in the window or before the timeout.
    const index = callback.followUpCount;
    const gapDays = (callback.followUpDays[index] ?? Number.NaN) - (index > 0 ? (callback.followUpDays[index - 1] ?? 0) : 0);
    const roughDue = callback.lastContactAt.getTime() + gapDays * MS_PER_DAY;
    if (!(roughDue >= from - 2 * MS_PER_DAY && roughDue <= Math.min(to, callback.timesOutAt.getTime()) + 2 * MS_PER_DAY)) continue;
    const followUp = nextFollowUp({
      followUpDays: callback.followUpDays,
      lastContactAt: callback.lastContactAt,
      followUpsLogged: callback.followUpCount,
      now,
      timeZone: user.timeZone,
    });
    if (followUp && followUp.dueAt.getTime() < callback.timesOutAt.getTime() && inWindow(followUp.dueAt)) {
      events.push(timed("follow-up", `Follow up: ${callback.title}`, `Follow-up ${followUp.index + 1} on "${callback.title}"${who} is due.`, followUp.dueAt, null));
    }
  }

  const today = dayKeyInZone(now, user.timeZone);
  const lastDay = dayKeyInZone(new Date(to), user.timeZone);
  for (const commitment of input.commitments) {
    const url = `${appUrl}/commitments/${commitment.id}`;
    const base = { url, sequence: commitment.version, stamp: commitment.updatedAt, kind: "day" as const };
    if (commitment.endsOn <= lastDay && commitment.endsOn >= addDaysToKey(today, -FEED_DAYS_BACK)) {
      events.push({ ...base, uid: uid(`commitment-${commitment.id}-end`), summary: `Commitment ends: ${commitment.title}`, description: `Last day of "${commitment.title}". Close it as kept or broken, with a reflection.\n${url}`, day: commitment.endsOn, rrule: null });
    }
    if (commitment.endsOn >= today) {
      const daily = commitment.cadence === "DAILY";
      const first = daily ? commitment.startsOn : nextWeekdayOnOrAfter(commitment.startsOn, 7);
      const until = daily ? commitment.endsOn : addDaysToKey(mondayOf(commitment.endsOn), 6);
      events.push({
        ...base,
        uid: uid(`commitment-${commitment.id}-check-in`),
        summary: `Check in: ${commitment.title}`,
        description: `${daily ? "Today's" : "This week's"} check-in for "${commitment.title}": kept or missed?\n${url}`,
        day: first,
        rrule: `FREQ=${daily ? "DAILY" : "WEEKLY"};UNTIL=${compactDay(until)}`,
      });
    }
  }

  const reviewDay = Number.isInteger(user.reviewDay) && user.reviewDay >= 1 && user.reviewDay <= 7 ? user.reviewDay : DEFAULT_REVIEW_DAY;
  events.push({
    kind: "day",
    uid: uid(`weekly-review-${user.id}`),
    summary: "Weekly review",
    description: `Review the week: where your energy went, what came back, what to stop and what to double down on.\n${appUrl}/review`,
    url: `${appUrl}/review`,
    sequence: sequenceFromTime(user.updatedAt),
    stamp: user.updatedAt,
    day: nextWeekdayOnOrAfter(dayKeyInZone(user.createdAt, user.timeZone), reviewDay),
    rrule: `FREQ=WEEKLY;BYDAY=${ICAL_WEEKDAYS[reviewDay - 1]}`,
  });
  return events;
}
