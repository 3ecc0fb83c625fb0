import { describe, expect, test } from "vitest";
import { afterFailure, describeWeekdays, digestSlot, localClock, retryDelayMs } from "@/lib/domain/digest-timing";

const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

describe("[mail] the digest's local hour", () => {
  test.each([
    // zone, instant, hour, weekdays, due, local day
    ["Europe/Berlin", "2026-03-28T06:59:59Z", 8, EVERY_DAY, false, "2026-03-28"], // 07:59 CET
    ["Europe/Berlin", "2026-03-28T07:00:00Z", 8, EVERY_DAY, true, "2026-03-28"], // 08:00 CET
    // 29 March 2026: clocks go 02:00 → 03:00 in Berlin; 08:00 CEST is 06:00 UTC.
    ["Europe/Berlin", "2026-03-29T05:59:59Z", 8, EVERY_DAY, false, "2026-03-29"],
    ["Europe/Berlin", "2026-03-29T06:00:00Z", 8, EVERY_DAY, true, "2026-03-29"],
    // The hour 02:00 doesn't exist that day: due from 03:00 CEST (01:00 UTC).
    ["Europe/Berlin", "2026-03-29T00:59:59Z", 2, EVERY_DAY, false, "2026-03-29"],
    ["Europe/Berlin", "2026-03-29T01:00:00Z", 2, EVERY_DAY, true, "2026-03-29"],
    // 25 October 2026: back to CET; 08:00 is 07:00 UTC again.
    ["Europe/Berlin", "2026-10-25T06:59:59Z", 8, EVERY_DAY, false, "2026-10-25"],
    ["Europe/Berlin", "2026-10-25T07:00:00Z", 8, EVERY_DAY, true, "2026-10-25"],
    // New York springs forward on 8 March 2026: 08:00 EDT is 12:00 UTC (13:00 UTC the day before).
    ["America/New_York", "2026-03-07T12:59:59Z", 8, EVERY_DAY, false, "2026-03-07"],
    ["America/New_York", "2026-03-07T13:00:00Z", 8, EVERY_DAY, true, "2026-03-07"],
    ["America/New_York", "2026-03-08T11:59:59Z", 8, EVERY_DAY, false, "2026-03-08"],
    ["America/New_York", "2026-03-08T12:00:00Z", 8, EVERY_DAY, true, "2026-03-08"],
    // …and falls back on 1 November 2026: 08:00 EST is 13:00 UTC.
    ["America/New_York", "2026-11-01T12:59:59Z", 8, EVERY_DAY, false, "2026-11-01"],
    ["America/New_York", "2026-11-01T13:00:00Z", 8, EVERY_DAY, true, "2026-11-01"],
    // Still due later the same local day (a restart catches up), not after midnight.
    ["America/New_York", "2026-11-02T04:59:59Z", 8, EVERY_DAY, true, "2026-11-01"],
    ["America/New_York", "2026-11-02T05:00:00Z", 8, EVERY_DAY, false, "2026-11-02"],
    // Only on the chosen weekdays: 2026-03-28 is a Saturday (6).
    ["Europe/Berlin", "2026-03-28T12:00:00Z", 8, [1, 2, 3, 4, 5], false, "2026-03-28"],
    ["Europe/Berlin", "2026-03-28T12:00:00Z", 8, [6], true, "2026-03-28"],
    ["UTC", "2026-03-28T00:00:00Z", 0, EVERY_DAY, true, "2026-03-28"],
    ["UTC", "2026-03-28T22:59:59Z", 23, EVERY_DAY, false, "2026-03-28"],
  ] as const)("%s at %s, hour %i, days %j: due %s on %s", (timeZone, at, digestHour, digestDays, due, dayKey) => {
    expect(digestSlot({ timeZone, digestHour, digestDays }, new Date(at))).toMatchObject({ due, dayKey });
  });

  test("the local clock names the ISO weekday", () => {
    expect(localClock(new Date("2026-03-29T12:00:00Z"), "Europe/Berlin")).toEqual({ dayKey: "2026-03-29", hour: 14, isoWeekday: 7 });
    expect(localClock(new Date("2026-03-30T03:00:00Z"), "America/New_York")).toEqual({ dayKey: "2026-03-29", hour: 23, isoWeekday: 7 });
    expect(localClock(new Date("2026-03-30T04:00:00Z"), "America/New_York").isoWeekday).toBe(1);
  });
});

describe("[mail] delivery backoff", () => {
  test.each([
    [1, 60_000],
    [2, 120_000],
    [3, 240_000],
    [6, 1_920_000],
    [7, 3_600_000],
    [50, 3_600_000],
  ])("after %i failed attempts the next waits %i ms", (attempts, ms) => {
    expect(retryDelayMs(attempts)).toBe(ms);
  });

  test("gives up a day after the message was created", () => {
    const createdAt = new Date("2026-03-01T08:00:00Z");
    expect(afterFailure({ createdAt, attempts: 1, now: createdAt })).toEqual({ giveUp: false, retryAt: new Date("2026-03-01T08:01:00Z") });
    expect(afterFailure({ createdAt, attempts: 20, now: new Date("2026-03-02T06:59:00Z") })).toEqual({ giveUp: false, retryAt: new Date("2026-03-02T07:59:00Z") });
    expect(afterFailure({ createdAt, attempts: 20, now: new Date("2026-03-02T07:01:00Z") })).toEqual({ giveUp: true });
  });

  test("weekdays read as words", () => {
    expect(describeWeekdays([1, 2, 3, 4, 5, 6, 7])).toBe("every day");
    expect(describeWeekdays([5, 1, 3])).toBe("Monday, Wednesday and Friday");
    expect(describeWeekdays([7])).toBe("Sunday");
    expect(describeWeekdays([])).toBe("no days");
  });
});
