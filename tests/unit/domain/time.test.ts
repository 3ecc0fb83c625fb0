import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  TIME_ZONE_CACHE_LIMIT,
  addDaysInZone,
  cachedTimeZoneCount,
  dayKeyInZone,
  daysBetween,
  isValidTimeZone,
  startOfDayInZone,
  startOfWeekInZone,
  weekRangeInZone,
} from "@/lib/domain/time";

const utc = (iso: string): Date => new Date(iso);

describe("isValidTimeZone", () => {
  test.each([
    ["UTC", true],
    ["Europe/Berlin", true],
    ["America/Los_Angeles", true],
    ["Mars/Olympus_Mons", false],
    ["", false],
    ["   ", false],
  ])("%j → %s", (zone, valid) => {
    expect(isValidTimeZone(zone)).toBe(valid);
  });

  test("made-up names never grow the cache past its limit, and answers stay right", () => {
    for (let i = 0; i < TIME_ZONE_CACHE_LIMIT * 3; i += 1) {
      expect(isValidTimeZone(`Nowhere/Zone_${i}`)).toBe(false);
      expect(cachedTimeZoneCount()).toBeLessThanOrEqual(TIME_ZONE_CACHE_LIMIT);
    }
    expect(isValidTimeZone("Europe/Berlin")).toBe(true);
    expect(isValidTimeZone("Nowhere/Zone_0")).toBe(false);
  });

  test("other helpers reject an unknown zone", () => {
    expect(() => dayKeyInZone(utc("2026-01-01T00:00:00Z"), "Nowhere/Else")).toThrow(
      expect.objectContaining({ code: "INVALID_TIME_ZONE" }),
    );
  });
});

describe("dayKeyInZone: the user's day is not the UTC day", () => {
  test.each([
    // Los Angeles near midnight: 23:30 PST on the 14th is already the 15th in UTC.
    ["2026-01-15T07:30:00Z", "America/Los_Angeles", "2026-01-14", "2026-01-15"],
    ["2026-01-15T08:00:00Z", "America/Los_Angeles", "2026-01-15", "2026-01-15"],
    // Berlin on the DST-start day: 00:30 CET on the 29th is 23:30 UTC on the 28th.
    ["2026-03-28T23:30:00Z", "Europe/Berlin", "2026-03-29", "2026-03-28"],
    ["2026-03-29T22:30:00Z", "Europe/Berlin", "2026-03-30", "2026-03-29"],
    ["2026-03-28T22:30:00Z", "Europe/Berlin", "2026-03-28", "2026-03-28"],
  ])("%s in %s → %s (UTC day %s)", (iso, zone, key, utcKey) => {
    expect(dayKeyInZone(utc(iso), zone)).toBe(key);
    expect(dayKeyInZone(utc(iso), "UTC")).toBe(utcKey);
  });

  test("is the same day key date-fns's format gives, for any instant and zone (property)", () => {
    const zones = ["UTC", "America/Los_Angeles", "Europe/Berlin", "Asia/Kolkata", "Pacific/Chatham", "Pacific/Kiritimati", "America/St_Johns"];
    fc.assert(
      fc.property(fc.date({ min: utc("1970-01-01T00:00:00Z"), max: utc("2199-12-31T23:59:59Z"), noInvalidDate: true }), fc.constantFrom(...zones), (date, zone) => {
        expect(dayKeyInZone(date, zone)).toBe(format(new TZDate(date.getTime(), zone), "yyyy-MM-dd"));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("startOfDayInZone", () => {
  test.each([
    ["2026-03-29T12:00:00Z", "Europe/Berlin", "2026-03-28T23:00:00.000Z"], // CET midnight
    ["2026-03-30T12:00:00Z", "Europe/Berlin", "2026-03-29T22:00:00.000Z"], // CEST midnight
    ["2026-01-15T07:30:00Z", "America/Los_Angeles", "2026-01-14T08:00:00.000Z"],
    ["2026-01-15T07:30:00Z", "UTC", "2026-01-15T00:00:00.000Z"],
  ])("%s in %s → %s", (iso, zone, start) => {
    expect(startOfDayInZone(utc(iso), zone).toISOString()).toBe(start);
  });

  test("the DST-start day in Berlin is 23 hours long", () => {
    const start = startOfDayInZone(utc("2026-03-29T12:00:00Z"), "Europe/Berlin");
    const next = addDaysInZone(start, 1, "Europe/Berlin");
    expect(daysBetween(start, next) * 24).toBe(23);
  });
});

describe("addDaysInZone", () => {
  test.each([
    // 10:00 Berlin on the 28th (CET) + 1 calendar day = 10:00 on the 29th (CEST).
    ["2026-03-28T09:00:00Z", 1, "Europe/Berlin", "2026-03-29T08:00:00.000Z"],
    ["2026-03-28T09:00:00Z", 1, "UTC", "2026-03-29T09:00:00.000Z"],
    ["2026-03-28T09:00:00Z", 1.5, "Europe/Berlin", "2026-03-29T20:00:00.000Z"],
    ["2026-03-29T08:00:00Z", -1, "Europe/Berlin", "2026-03-28T09:00:00.000Z"],
    // Los Angeles DST start 2026-03-08.
    ["2026-03-07T20:00:00Z", 1, "America/Los_Angeles", "2026-03-08T19:00:00.000Z"],
  ])("%s + %s days in %s → %s", (iso, days, zone, expected) => {
    expect(addDaysInZone(utc(iso), days, zone).toISOString()).toBe(expected);
  });
});

describe("weeks start on Monday in the user's zone", () => {
  test.each([
    // Sunday 2026-03-29 12:00Z is still in the week of Monday 2026-03-23 (Berlin, CET).
    ["2026-03-29T12:00:00Z", "Europe/Berlin", "2026-03-22T23:00:00.000Z"],
    // Sunday 23:30 in Los Angeles is Monday 07:30 UTC: still the LA week that began on the 9th.
    ["2026-03-16T06:30:00Z", "America/Los_Angeles", "2026-03-09T07:00:00.000Z"],
    ["2026-03-16T06:30:00Z", "UTC", "2026-03-16T00:00:00.000Z"],
  ])("%s in %s → %s", (iso, zone, start) => {
    expect(startOfWeekInZone(utc(iso), zone).toISOString()).toBe(start);
  });

  test("the week containing DST start is 167 hours long", () => {
    const { start, end } = weekRangeInZone(utc("2026-03-29T12:00:00Z"), "Europe/Berlin");
    expect(start.toISOString()).toBe("2026-03-22T23:00:00.000Z");
    expect(end.toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect(daysBetween(start, end) * 24).toBe(167);
  });
});
