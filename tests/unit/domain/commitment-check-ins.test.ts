import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  assertCheckInPeriod,
  commitmentTickItems,
  computeStreak,
  dueCheckInPeriods,
  periodKey,
  periodLabel,
} from "@/lib/domain/commitment-check-ins";
import type { CommitmentSchedule } from "@/lib/domain/commitments";
import { addDaysToKey, startOfDayKeyInZone } from "@/lib/domain/day-keys";

const utc = (iso: string): Date => new Date(iso);
const NY = "America/New_York";
const BERLIN = "Europe/Berlin";
const TOKYO = "Asia/Tokyo";
const ZONES = ["UTC", NY, BERLIN, TOKYO, "Australia/Lord_Howe", "America/Santiago"] as const;

describe("check-in periods", () => {
  test("periodKey: daily is the day, weekly the Monday", () => {
    expect(periodKey("DAILY", "2026-03-08")).toBe("2026-03-08");
    expect(periodKey("WEEKLY", "2026-03-08")).toBe("2026-03-02");
  });
});

describe("computeStreak", () => {
  const daily: CommitmentSchedule = { startsOn: "2026-03-02", endsOn: "2026-03-15", cadence: "DAILY" };
  // 2026-03-06 14:00 UTC = 09:00 in New York on Friday the 6th.
  const friday = utc("2026-03-06T14:00:00Z");
  const k = (period: string, kept = true) => ({ period, kept });

  test.each([
    ["nothing yet", [], 0, 0],
    ["today unchecked doesn't break it", [k("2026-03-02"), k("2026-03-03"), k("2026-03-04"), k("2026-03-05")], 4, 4],
    ["today kept adds to it", [k("2026-03-03"), k("2026-03-04"), k("2026-03-05"), k("2026-03-06")], 4, 4],
    ["a missed day breaks it", [k("2026-03-02"), k("2026-03-03"), k("2026-03-04", false), k("2026-03-05")], 1, 2],
    ["an unchecked past day breaks it", [k("2026-03-02"), k("2026-03-03"), k("2026-03-05")], 1, 2],
    ["yesterday unchecked: today kept counts 1", [k("2026-03-02"), k("2026-03-06")], 1, 1],
    ["today missed ends it", [k("2026-03-04"), k("2026-03-05"), k("2026-03-06", false)], 0, 2],
    ["check-ins outside the commitment are ignored", [k("2026-03-01"), k("2026-03-05")], 1, 1],
  ])("%s", (_label, checkIns, current, longest) => {
    const streak = computeStreak(daily, checkIns, friday, NY);
    expect(streak.current).toBe(current);
    expect(streak.longest).toBe(longest);
  });

  test("the day is the user's: 01:00 UTC Saturday is still Friday in New York", () => {
    const lateFriday = utc("2026-03-07T01:00:00Z");
    const checkIns = [k("2026-03-02"), k("2026-03-03"), k("2026-03-04"), k("2026-03-05")];
    expect(computeStreak(daily, checkIns, lateFriday, NY).current).toBe(4);
    // In Tokyo it is already Saturday afternoon: Friday unchecked breaks it.
    expect(computeStreak(daily, checkIns, lateFriday, TOKYO).current).toBe(0);
  });

  test("across New York's DST change (Sunday 2026-03-08) days still count one by one", () => {
    const checkIns = ["2026-03-06", "2026-03-07", "2026-03-08", "2026-03-09"].map((day) => k(day));
    // 00:30 EDT on Tuesday the 10th.
    expect(computeStreak(daily, checkIns, utc("2026-03-10T04:30:00Z"), NY).current).toBe(4);
    // 23:30 EDT on Monday the 9th: Monday is today and kept.
    expect(computeStreak(daily, checkIns, utc("2026-03-10T03:30:00Z"), NY).current).toBe(4);
  });

  test("weekly: weeks are Monday-based in the zone", () => {
    const weekly: CommitmentSchedule = { startsOn: "2026-03-04", endsOn: "2026-04-05", cadence: "WEEKLY" };
    const checkIns = [k("2026-03-02"), k("2026-03-09"), k("2026-03-16")];
    // Sunday 22 March 23:30 in New York = Monday 03:30 UTC: still the week of the 16th.
    expect(computeStreak(weekly, checkIns, utc("2026-03-23T03:30:00Z"), NY).current).toBe(3);
    // Monday 23 March in New York: a new week, unchecked, doesn't break it.
    expect(computeStreak(weekly, checkIns, utc("2026-03-23T14:00:00Z"), NY).current).toBe(3);
    // A week later, the week of the 23rd was never checked in.
    expect(computeStreak(weekly, checkIns, utc("2026-03-30T14:00:00Z"), NY).current).toBe(0);
  });

  test("after the end the last period is the latest one", () => {
    const checkIns = ["2026-03-13", "2026-03-14", "2026-03-15"].map((day) => k(day));
    expect(computeStreak(daily, checkIns, utc("2026-03-20T14:00:00Z"), NY).current).toBe(3);
    expect(computeStreak(daily, checkIns.slice(0, 2), utc("2026-03-20T14:00:00Z"), NY).current).toBe(2);
  });

  test("property: current ≤ longest ≤ kept, and counts fit the periods so far", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 13 }), fc.boolean()), { maxLength: 20 }),
        fc.integer({ min: 0, max: 20 }),
        fc.constantFrom(...ZONES),
        (marks, nowDay, zone) => {
          const checkIns = marks.map(([day, kept]) => ({ period: addDaysToKey(daily.startsOn, day), kept }));
          const now = new Date(startOfDayKeyInZone(addDaysToKey(daily.startsOn, nowDay), zone).getTime() + 12 * 3_600_000);
          const streak = computeStreak(daily, checkIns, now, zone);
          expect(streak.current).toBeLessThanOrEqual(streak.longest);
          expect(streak.longest).toBeLessThanOrEqual(streak.kept);
          const periodsSoFar = Math.min(nowDay, 13) + 1;
          expect(streak.kept + streak.missed + streak.unchecked).toBeLessThanOrEqual(periodsSoFar);
        },
      ),
    );
  });

  test("property: keeping the current, unchecked period adds exactly one", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.boolean()), { maxLength: 6 }), fc.constantFrom(...ZONES), (marks, zone) => {
        const checkIns = marks.map(([day, kept]) => ({ period: addDaysToKey("2026-03-02", day), kept }));
        const now = new Date(startOfDayKeyInZone("2026-03-06", zone).getTime() + 6 * 3_600_000);
        const before = computeStreak(daily, checkIns, now, zone).current;
        const after = computeStreak(daily, [...checkIns, { period: "2026-03-06", kept: true }], now, zone).current;
        expect(after).toBe(before + 1);
      }),
    );
  });
});

describe("check-in periods and tick items", () => {
  const daily: CommitmentSchedule = { startsOn: "2026-03-05", endsOn: "2026-03-12", cadence: "DAILY" };
  const weekly: CommitmentSchedule = { startsOn: "2026-03-05", endsOn: "2026-03-26", cadence: "WEEKLY" };

  test("assertCheckInPeriod: within, not in the future, weekly on Mondays", () => {
    const now = utc("2026-03-08T15:00:00Z"); // Sunday the 8th in New York
    expect(assertCheckInPeriod(daily, "2026-03-08", now, NY)).toBe("2026-03-08");
    expect(assertCheckInPeriod(daily, "2026-03-05", now, NY)).toBe("2026-03-05");
    expect(() => assertCheckInPeriod(daily, "2026-03-09", now, NY)).toThrow(expect.objectContaining({ code: "NOT_YET_DUE" }));
    expect(() => assertCheckInPeriod(daily, "2026-03-04", now, NY)).toThrow(/outside this commitment/);
    // The week of Monday the 2nd contains the start (the 5th): it counts.
    expect(assertCheckInPeriod(weekly, "2026-03-02", now, NY)).toBe("2026-03-02");
    expect(() => assertCheckInPeriod(weekly, "2026-03-04", now, NY)).toThrow(/Monday/);
    expect(() => assertCheckInPeriod(weekly, "2026-03-09", now, NY)).toThrow(expect.objectContaining({ code: "NOT_YET_DUE" }));
  });

  test.each([
    ["daily, midweek, nothing checked", "DAILY", "2026-03-07T15:00:00Z", [], ["2026-03-07", "2026-03-06"]],
    ["daily, first day: no yesterday", "DAILY", "2026-03-05T15:00:00Z", [], ["2026-03-05"]],
    ["daily, yesterday done", "DAILY", "2026-03-07T15:00:00Z", ["2026-03-06"], ["2026-03-07"]],
    ["daily, the day after the end: the last day", "DAILY", "2026-03-13T15:00:00Z", [], ["2026-03-12"]],
    ["daily, two days after the end: nothing", "DAILY", "2026-03-14T15:00:00Z", [], []],
    ["daily, before the start: nothing", "DAILY", "2026-03-04T15:00:00Z", [], []],
    ["weekly, second week", "WEEKLY", "2026-03-10T15:00:00Z", [], ["2026-03-09", "2026-03-02"]],
  ] as const)("%s", (_label, cadence, at, checked, due) => {
    const schedule = cadence === "DAILY" ? daily : weekly;
    expect(dueCheckInPeriods(schedule, new Set(checked), utc(at), NY)).toEqual(due);
  });

  test("tick items: labels, period starts in the zone, and close after the end", () => {
    const items = commitmentTickItems({ ...daily, id: "c1", title: "Ship it" }, new Set(), utc("2026-03-13T15:00:00Z"), NY);
    expect(items).toEqual([
      {
        type: "check-in",
        commitmentId: "c1",
        title: "Ship it",
        cadence: "DAILY",
        period: "2026-03-12",
        periodStart: utc("2026-03-12T04:00:00Z"),
        periodLabel: "yesterday",
      },
      { type: "close", commitmentId: "c1", title: "Ship it", endsOn: "2026-03-12", endedAt: utc("2026-03-13T04:00:00Z") },
    ]);
  });

  test.each([
    ["DAILY", "2026-03-10", "today"],
    ["DAILY", "2026-03-09", "yesterday"],
    ["DAILY", "2026-03-05", "Thu, Mar 5, 2026"],
    ["WEEKLY", "2026-03-09", "this week"],
    ["WEEKLY", "2026-03-02", "last week"],
  ] as const)("periodLabel(%s, %s) → %s", (cadence, period, label) => {
    expect(periodLabel(cadence, period, utc("2026-03-10T15:00:00Z"), NY)).toBe(label);
  });
});
