import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  type CommitmentSchedule,
  addDays,
  assertCanCancel,
  assertCanClose,
  assertCheckInPeriod,
  checkEdit,
  commitmentStatus,
  commitmentTickItems,
  competesMessage,
  competingCommitments,
  computeStreak,
  daysBetweenKeys,
  dueCheckInPeriods,
  endedAt,
  isDayKey,
  isLocked,
  lockEndsAt,
  lockFromDay,
  mondayOf,
  periodKey,
  periodLabel,
  startOfDayKeyInZone,
  validateCommitmentDates,
  validateNewStart,
} from "@/lib/domain/commitments";
import { dayKeyInZone } from "@/lib/domain/time";

const utc = (iso: string): Date => new Date(iso);
const NY = "America/New_York";
const BERLIN = "Europe/Berlin";
const TOKYO = "Asia/Tokyo";
const ZONES = ["UTC", NY, BERLIN, TOKYO, "Australia/Lord_Howe", "America/Santiago"] as const;

describe("calendar keys", () => {
  test.each([
    ["2026-03-08", true],
    ["2026-02-29", false],
    ["2028-02-29", true],
    ["2026-13-01", false],
    ["2026-3-8", false],
    ["", false],
  ])("isDayKey(%j) → %s", (key, valid) => expect(isDayKey(key)).toBe(valid));

  test.each([
    ["2026-03-02", "2026-03-02"], // Monday
    ["2026-03-08", "2026-03-02"], // Sunday
    ["2026-03-04", "2026-03-02"],
    ["2026-01-01", "2025-12-29"], // across the year
  ])("mondayOf(%s) → %s", (day, monday) => expect(mondayOf(day)).toBe(monday));

  test("periodKey: daily is the day, weekly the Monday", () => {
    expect(periodKey("DAILY", "2026-03-08")).toBe("2026-03-08");
    expect(periodKey("WEEKLY", "2026-03-08")).toBe("2026-03-02");
  });

  test.each([
    // New York springs forward on 2026-03-08: that day is 23 hours long, but starts at local midnight.
    ["2026-03-08", NY, "2026-03-08T05:00:00.000Z"],
    ["2026-03-09", NY, "2026-03-09T04:00:00.000Z"],
    ["2026-10-25", BERLIN, "2026-10-24T22:00:00.000Z"],
    ["2026-10-26", BERLIN, "2026-10-25T23:00:00.000Z"],
    ["2026-03-09", TOKYO, "2026-03-08T15:00:00.000Z"],
  ])("startOfDayKeyInZone(%s, %s) → %s", (key, zone, iso) => {
    expect(startOfDayKeyInZone(key, zone).toISOString()).toBe(iso);
  });
});

describe("validateCommitmentDates: the end is 7–366 days after the start", () => {
  test.each([
    ["2026-03-01", "2026-03-08", true],
    ["2026-03-01", "2026-03-07", false],
    ["2026-03-01", "2026-03-01", false],
    ["2026-03-01", "2026-02-20", false],
    ["2026-03-01", "2027-03-02", true], // 366 days
    ["2026-03-01", "2027-03-03", false],
    // Across New York's DST change: calendar days, not 24-hour periods.
    ["2026-03-02", "2026-03-09", true],
  ])("%s → %s ok=%s", (start, end, ok) => {
    if (ok) expect(() => validateCommitmentDates(start, end)).not.toThrow();
    else expect(() => validateCommitmentDates(start, end)).toThrow(expect.objectContaining({ code: "INVALID_DURATION" }));
  });

  test("the message names the earliest end", () => {
    expect(() => validateCommitmentDates("2026-03-01", "2026-03-03")).toThrow(/at least 7 days.*Mar 8, 2026/);
  });

  test("a new start at most 30 days back, in the user's zone", () => {
    const now = utc("2026-03-31T02:00:00Z"); // Mar 30, 22:00 in New York
    expect(() => validateNewStart("2026-02-28", now, NY)).not.toThrow();
    expect(() => validateNewStart("2026-02-27", now, NY)).toThrow(expect.objectContaining({ code: "INVALID_DATE" }));
    expect(() => validateNewStart("2026-03-01", now, "UTC")).not.toThrow();
    expect(() => validateNewStart("2026-02-28", now, "UTC")).toThrow();
  });

  test("property: accepted exactly when 7 ≤ days ≤ 366", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4000 }), fc.integer({ min: -30, max: 400 }), (offset, length) => {
        const start = addDays("2024-01-01", offset);
        const end = addDays(start, length);
        let ok = true;
        try {
          validateCommitmentDates(start, end);
        } catch {
          ok = false;
        }
        expect(ok).toBe(length >= 7 && length <= 366);
        expect(daysBetweenKeys(start, end)).toBe(length);
      }),
    );
  });
});

describe("isLocked: the first 7 calendar days, in the user's zone", () => {
  test.each([
    // New York, start Thu 2026-03-05 (EST, UTC−5); DST starts Sun 2026-03-08; lock ends at 00:00 EDT (UTC−4) on the 12th.
    ["2026-03-05T04:59:59Z", NY, false], // 23:59:59 on the 4th
    ["2026-03-05T05:00:00Z", NY, true], // 00:00 on the 5th
    ["2026-03-08T07:30:00Z", NY, true], // just after the jump
    ["2026-03-12T03:59:59Z", NY, true], // 23:59:59 EDT on the 11th
    ["2026-03-12T04:00:00Z", NY, false], // 00:00 EDT on the 12th (a naive 7×24 h would still say locked)
    ["2026-03-12T04:30:00Z", NY, false],
    // The same start day in Tokyo (no DST): the lock ends at 15:00 UTC on the 11th.
    ["2026-03-04T15:00:00Z", TOKYO, true],
    ["2026-03-11T14:59:59Z", TOKYO, true],
    ["2026-03-11T15:00:00Z", TOKYO, false],
  ])("start 2026-03-05, at %s in %s → %s", (at, zone, locked) => {
    expect(isLocked("2026-03-05", utc(at), zone)).toBe(locked);
  });

  test.each([
    // Berlin, start Tue 2026-10-20 (CEST, UTC+2); DST ends Sun 2026-10-25; lock ends at 00:00 CET (UTC+1) on the 27th.
    ["2026-10-19T21:59:59Z", false],
    ["2026-10-19T22:00:00Z", true],
    ["2026-10-26T22:30:00Z", true], // 23:30 CET on the 26th (a naive 7×24 h would say unlocked)
    ["2026-10-26T22:59:59Z", true],
    ["2026-10-26T23:00:00Z", false],
  ])("Berlin across the autumn change: at %s → %s", (at, locked) => {
    expect(isLocked("2026-10-20", utc(at), BERLIN)).toBe(locked);
  });

  test("lockEndsAt is local midnight, not start + 168 h, across a DST change", () => {
    expect(lockEndsAt("2026-03-05", NY).toISOString()).toBe("2026-03-12T04:00:00.000Z");
    expect(lockEndsAt("2026-10-20", BERLIN).toISOString()).toBe("2026-10-26T23:00:00.000Z");
  });

  test("property: locked exactly when today (in the zone) is one of the first 7 days", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 800 }),
        fc.integer({ min: -3 * 86_400_000, max: 12 * 86_400_000 }),
        fc.constantFrom(...ZONES),
        (offset, deltaMs, zone) => {
          const startsOn = addDays("2025-06-01", offset);
          const now = new Date(startOfDayKeyInZone(startsOn, zone).getTime() + deltaMs);
          const today = dayKeyInZone(now, zone);
          expect(isLocked(startsOn, now, zone)).toBe(today >= startsOn && today <= addDays(startsOn, 6));
        },
      ),
    );
  });
});

describe("checkEdit: what the lock allows", () => {
  const current = {
    startsOn: "2026-03-05",
    endsOn: "2026-03-31",
    cadence: "DAILY" as const,
    state: "ACTIVE" as const,
    areaId: "area-1",
    lockFrom: "2026-03-05",
  };
  const inLock = utc("2026-03-09T15:00:00Z");
  const afterLock = utc("2026-03-13T15:00:00Z");
  const beforeStart = utc("2026-03-03T15:00:00Z");

  test.each([
    ["extend the end", { endsOn: "2026-04-15" }],
    ["keep the end", { endsOn: "2026-03-31" }],
    ["rename and re-explain", { title: "New", why: "Because" }],
    ["weekly → daily is harder (from weekly)", { cadence: "DAILY" as const }],
    ["same area", { areaId: "area-1" }],
  ])("in the lock: %s is allowed", (_label, edit) => {
    expect(() => checkEdit(current, edit, inLock, NY)).not.toThrow();
  });

  test("in the lock, weekly → daily is allowed", () => {
    expect(checkEdit({ ...current, cadence: "WEEKLY" }, { cadence: "DAILY" }, inLock, NY).cadence).toBe("DAILY");
  });

  test.each([
    ["shorten", { endsOn: "2026-03-20" }, /can't be shortened/],
    ["ease to weekly", { cadence: "WEEKLY" as const }, /can't be eased/],
    ["move the area", { areaId: "area-2" }, /area can't change/],
    ["drop the area", { areaId: null }, /area can't change/],
  ])("in the lock: %s is refused with 'locked until <day>'", (_label, edit, message) => {
    expect(() => checkEdit(current, edit, inLock, NY)).toThrow(message);
    expect(() => checkEdit(current, edit, inLock, NY)).toThrow(/locked until Thu, Mar 12, 2026/);
  });

  test("after the lock: shortening and easing are allowed, the start is fixed", () => {
    expect(checkEdit(current, { endsOn: "2026-03-20", cadence: "WEEKLY" }, afterLock, NY)).toEqual({
      startsOn: "2026-03-05",
      endsOn: "2026-03-20",
      cadence: "WEEKLY",
    });
    expect(() => checkEdit(current, { startsOn: "2026-03-10" }, afterLock, NY)).toThrow(/start day can't change/);
  });

  test("never shorter than 7 days, lock or not", () => {
    expect(() => checkEdit(current, { endsOn: "2026-03-11" }, afterLock, NY)).toThrow(expect.objectContaining({ code: "INVALID_DURATION" }));
  });

  test("before the start: anything, with a start from today on", () => {
    expect(checkEdit(current, { startsOn: "2026-03-06", endsOn: "2026-03-13", cadence: "WEEKLY" }, beforeStart, NY).startsOn).toBe("2026-03-06");
    expect(() => checkEdit(current, { startsOn: "2026-03-01" }, beforeStart, NY)).toThrow(/today or later/);
  });

  test("closed commitments can't be edited", () => {
    expect(() => checkEdit({ ...current, state: "KEPT" }, { title: "x" }, afterLock, NY)).toThrow(expect.objectContaining({ code: "ILLEGAL_TRANSITION" }));
  });

  test("cancel: refused in the lock, allowed before the start and after the lock", () => {
    expect(() => assertCanCancel(current, inLock, NY)).toThrow(/locked until Thu, Mar 12, 2026/);
    expect(() => assertCanCancel(current, beforeStart, NY)).not.toThrow();
    expect(() => assertCanCancel(current, afterLock, NY)).not.toThrow();
  });

  test("backdated: the lock counts from the day it was made, not its first day", () => {
    // Made on Mar 12 (New York) with a first day of Mar 1: locked Mar 12 through Mar 18.
    const lockFrom = lockFromDay("2026-03-01", utc("2026-03-12T15:00:00Z"), NY);
    expect(lockFrom).toBe("2026-03-12");
    const backdated = { ...current, startsOn: "2026-03-01", lockFrom };
    expect(() => assertCanCancel(backdated, utc("2026-03-15T15:00:00Z"), NY)).toThrow(/locked until Thu, Mar 19, 2026/);
    expect(() => checkEdit(backdated, { cadence: "WEEKLY" }, utc("2026-03-15T15:00:00Z"), NY)).toThrow(/can't be eased/);
    expect(() => assertCanCancel(backdated, utc("2026-03-19T05:00:00Z"), NY)).not.toThrow();
  });

  test.each([
    // [first day, made at (UTC), zone, lock's first day]
    ["2026-03-01", "2026-03-12T15:00:00Z", "America/New_York", "2026-03-12"],
    // 03:00Z on Mar 12 is still Mar 11 in New York.
    ["2026-03-01", "2026-03-12T03:00:00Z", "America/New_York", "2026-03-11"],
    // Made before a future first day: the lock starts with the commitment.
    ["2026-03-20", "2026-03-12T15:00:00Z", "America/New_York", "2026-03-20"],
    ["2026-03-12", "2026-03-12T15:00:00Z", "Asia/Tokyo", "2026-03-13"],
  ])("lockFromDay(%s, made %s in %s) = %s", (startsOn, madeAt, zone, expected) => {
    expect(lockFromDay(startsOn, utc(madeAt), zone)).toBe(expected);
  });

  test("close: from the last day on (in the zone)", () => {
    // 2026-04-01T02:00Z is still Mar 31 in New York: the last day.
    expect(() => assertCanClose(current, utc("2026-03-31T03:00:00Z"), NY)).toThrow(expect.objectContaining({ code: "NOT_YET_DUE" }));
    expect(() => assertCanClose(current, utc("2026-03-31T05:00:00Z"), NY)).not.toThrow();
  });

  test("property: no edit accepted in the lock shortens, eases or moves the area", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -20, max: 40 }),
        fc.constantFrom("DAILY" as const, "WEEKLY" as const),
        fc.constantFrom("DAILY" as const, "WEEKLY" as const),
        fc.constantFrom(null, "area-1", "area-2"),
        (endShift, from, to, areaId) => {
          const base = { ...current, cadence: from };
          try {
            const next = checkEdit(base, { endsOn: addDays(base.endsOn, endShift), cadence: to, areaId }, inLock, NY);
            expect(next.endsOn >= base.endsOn).toBe(true);
            expect(from === "DAILY" && next.cadence === "WEEKLY").toBe(false);
            expect(areaId).toBe(base.areaId);
          } catch (error) {
            expect((error as { name: string }).name).toBe("DomainError");
          }
        },
      ),
    );
  });
});

describe("status", () => {
  const c = { state: "ACTIVE" as const, startsOn: "2026-03-05", endsOn: "2026-03-12" };
  test.each([
    ["2026-03-05T04:00:00Z", "upcoming"],
    ["2026-03-05T05:00:00Z", "running"],
    ["2026-03-13T03:59:59Z", "running"],
    ["2026-03-13T04:00:00Z", "awaiting-verdict"],
  ])("at %s in New York → %s", (at, status) => {
    expect(commitmentStatus(c, utc(at), NY)).toBe(status);
  });
  test("closed states", () => {
    expect(commitmentStatus({ ...c, state: "KEPT" }, utc("2026-03-06T00:00:00Z"), NY)).toBe("kept");
    expect(commitmentStatus({ ...c, state: "BROKEN" }, utc("2026-03-06T00:00:00Z"), NY)).toBe("broken");
    expect(commitmentStatus({ ...c, state: "CANCELLED" }, utc("2026-03-06T00:00:00Z"), NY)).toBe("cancelled");
  });
  test("endedAt is the start of the day after the end, in the zone", () => {
    expect(endedAt("2026-03-12", NY).toISOString()).toBe("2026-03-13T04:00:00.000Z");
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
          const checkIns = marks.map(([day, kept]) => ({ period: addDays(daily.startsOn, day), kept }));
          const now = new Date(startOfDayKeyInZone(addDays(daily.startsOn, nowDay), zone).getTime() + 12 * 3_600_000);
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
        const checkIns = marks.map(([day, kept]) => ({ period: addDays("2026-03-02", day), kept }));
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

describe("focus guard", () => {
  const now = utc("2026-03-10T15:00:00Z");
  const base = { state: "ACTIVE" as const, startsOn: "2026-03-05", endsOn: "2026-03-20" };
  const commitments = [
    { ...base, id: "writing", areaId: "a-writing" },
    { ...base, id: "no-area", areaId: null },
    { ...base, id: "future", areaId: "a-health", startsOn: "2026-03-11", endsOn: "2026-03-30" },
    { ...base, id: "ended", areaId: "a-health", startsOn: "2026-02-01", endsOn: "2026-03-09" },
    { ...base, id: "kept", areaId: "a-health", state: "KEPT" as const },
  ];
  test.each([
    ["another area", "a-jobs", ["writing"]],
    ["no area", null, ["writing"]],
    ["the same area", "a-writing", []],
  ])("a capture in %s competes with %j", (_label, areaId, ids) => {
    expect(competingCommitments(commitments, areaId, now, NY).map((c) => c.id)).toEqual(ids);
  });
  test("the question names them", () => {
    expect(competesMessage(["Book"])).toBe("This competes with “Book” — start it anyway?");
    expect(competesMessage(["A", "B", "C"])).toBe("This competes with “A”, “B” and “C” — start it anyway?");
  });
});
