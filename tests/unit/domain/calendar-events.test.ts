import { describe, expect, test } from "vitest";
import { periodJustMissed } from "@/lib/domain/missed-check-ins";
import { DEADLINE_ALARM_SECONDS, type FeedCallback, nextWeekdayOnOrAfter, planFeedEvents } from "@/lib/domain/calendar-events";

const NOW = new Date("2035-03-28T12:00:00Z");
const DAY = 86_400_000;
const user = { id: "u1", timeZone: "Europe/Berlin", createdAt: new Date("2035-01-10T09:00:00Z"), updatedAt: new Date("2035-02-01T00:00:00Z"), reviewDay: 5 };

function callback(overrides: Partial<FeedCallback> = {}): FeedCallback {
  return {
    id: "c1",
    title: "Acme",
    counterparty: "",
    expectedReplyBy: new Date(NOW.getTime() + 3 * DAY),
    timesOutAt: new Date(NOW.getTime() + 10 * DAY),
    lastContactAt: NOW,
    followUpDays: [2],
    followUpCount: 0,
    version: 4,
    updatedAt: new Date("2035-03-01T00:00:00Z"),
    ...overrides,
  };
}

describe("planFeedEvents", () => {
  test("a callback gives its timeout (with an alarm), expected reply and next follow-up, with stable UIDs and its version as SEQUENCE", () => {
    const events = planFeedEvents({ user, callbacks: [callback()], commitments: [], now: NOW, appUrl: "https://l.example" });
    const byUid = new Map(events.map((event) => [event.uid, event]));
    expect(byUid.get("callback-c1-timeout@lifeloop")).toMatchObject({ kind: "timed", sequence: 4, alarmSecondsBefore: DEADLINE_ALARM_SECONDS, url: "https://l.example/callbacks/c1" });
    expect(byUid.get("callback-c1-reply@lifeloop")).toMatchObject({ kind: "timed", alarmSecondsBefore: null });
    // Follow-up: 2 calendar days after the last contact, in the user's zone (Berlin moves to summer time on 2035-03-25: no shift here).
    expect(byUid.get("callback-c1-follow-up@lifeloop")).toMatchObject({ start: new Date(NOW.getTime() + 2 * DAY) });
  });

  test("outside the 90-day window nothing is planned; a follow-up after the timeout is left out", () => {
    const far = callback({ expectedReplyBy: new Date(NOW.getTime() + 91 * DAY), timesOutAt: new Date(NOW.getTime() + 120 * DAY), followUpDays: [100] });
    const late = callback({ id: "c2", followUpDays: [30] });
    const uids = planFeedEvents({ user, callbacks: [far, late], commitments: [], now: NOW, appUrl: "" }).map((event) => event.uid);
    expect(uids.filter((uid) => uid.includes("c1-"))).toEqual([]);
    expect(uids).not.toContain("callback-c2-follow-up@lifeloop");
  });

  test("commitments: an end day and a recurring check-in (daily, or Sundays of a weekly one)", () => {
    const events = planFeedEvents({
      user,
      callbacks: [],
      commitments: [
        { id: "d", title: "Daily", startsOn: "2035-03-20", endsOn: "2035-04-20", cadence: "DAILY", version: 1, updatedAt: NOW },
        { id: "w", title: "Weekly", startsOn: "2035-03-21", endsOn: "2035-04-18", cadence: "WEEKLY", version: 2, updatedAt: NOW },
      ],
      now: NOW,
      appUrl: "",
    });
    const byUid = new Map(events.map((event) => [event.uid, event]));
    expect(byUid.get("commitment-d-end@lifeloop")).toMatchObject({ kind: "day", day: "2035-04-20", rrule: null });
    expect(byUid.get("commitment-d-check-in@lifeloop")).toMatchObject({ day: "2035-03-20", rrule: "FREQ=DAILY;UNTIL=20350420" });
    expect(byUid.get("commitment-w-check-in@lifeloop")).toMatchObject({ day: "2035-03-25", rrule: "FREQ=WEEKLY;UNTIL=20350422" });
  });

  test("the review day recurs weekly on the chosen ISO weekday, anchored at sign-up (stable from day to day)", () => {
    const plan = (now: Date) => planFeedEvents({ user, callbacks: [], commitments: [], now, appUrl: "" }).find((event) => event.uid === "weekly-review-u1@lifeloop");
    expect(plan(NOW)).toMatchObject({ day: "2035-01-12", rrule: "FREQ=WEEKLY;BYDAY=FR" });
    expect(plan(new Date(NOW.getTime() + 5 * DAY))).toEqual(plan(NOW));
  });

  test.each([
    ["2035-03-28", 1, "2035-04-02"],
    ["2035-03-28", 3, "2035-03-28"],
    ["2035-03-28", 7, "2035-04-01"],
  ])("nextWeekdayOnOrAfter(%s, %i) = %s", (key, weekday, expected) => {
    expect(nextWeekdayOnOrAfter(key, weekday)).toBe(expected);
  });
});

describe("periodJustMissed", () => {
  test.each([
    // daily: two days back from the day in the zone (Berlin: 2035-03-28 13:00)
    ["DAILY", "2035-03-01", "2035-04-30", "2035-03-26"],
    ["DAILY", "2035-03-27", "2035-04-30", null],
    ["DAILY", "2035-03-01", "2035-03-25", null],
    // weekly: the Monday two weeks back
    ["WEEKLY", "2035-03-01", "2035-04-30", "2035-03-12"],
  ] as const)("%s %s → %s: %s", (cadence, startsOn, endsOn, expected) => {
    expect(periodJustMissed({ cadence, startsOn, endsOn }, NOW, "Europe/Berlin")).toBe(expected);
  });
});
