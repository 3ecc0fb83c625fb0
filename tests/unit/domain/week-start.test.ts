import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { addDaysToKey } from "@/lib/domain/day-keys";
import { recentWeeksInZone } from "@/lib/domain/portfolio";
import { startOfWeekInZone } from "@/lib/domain/time";
import { type IsoWeekday, isoWeekdayOfKey, localeFirstDay, regionFirstDay, resolveWeekStart, weekSpanText, weekStartKeyOf } from "@/lib/domain/week-start";
import { weekStartsOnSchema } from "@/lib/validation/settings";

describe("week start", () => {
  test.each([
    ["en-US", 7],
    ["en-CA", 7],
    ["ja-JP", 7],
    ["pt-BR", 7],
    ["en-GB", 1],
    ["de-DE", 1],
    ["fr-FR", 1],
    ["ar-EG", 6],
    ["not a locale", 1],
  ])("%s starts its weeks on ISO day %i", (locale, day) => {
    expect(localeFirstDay(locale)).toBe(day);
  });

  test.each([
    ["US", 7],
    ["us", 7],
    ["PT", 7],
    ["AE", 6],
    ["DE", 1],
    [undefined, 1],
  ])("CLDR's table (for runtimes without week info): %s → %i", (region, day) => {
    expect(regionFirstDay(region)).toBe(day);
  });

  test.each([
    [null, "en-US", 7],
    [undefined, "de-DE", 1],
    [1, "en-US", 1],
    [7, "de-DE", 7],
    [0, "de-DE", 1],
    [8, "en-US", 7],
    [2.5, "en-US", 7],
  ])("saved %s with locale %s → %i", (saved, locale, day) => {
    expect(resolveWeekStart(saved, locale)).toBe(day);
  });

  test.each([
    // 2026-03-11 is a Wednesday.
    ["2026-03-11", 1, "2026-03-09"],
    ["2026-03-11", 7, "2026-03-08"],
    ["2026-03-11", 6, "2026-03-07"],
    ["2026-03-11", 3, "2026-03-11"],
    ["2026-03-08", 7, "2026-03-08"],
    ["2026-03-08", 1, "2026-03-02"],
    ["2027-01-01", 1, "2026-12-28"],
  ] as const)("the week of %s starting on %i begins %s", (key, weekStart, expected) => {
    expect(weekStartKeyOf(key, weekStart)).toBe(expected);
  });

  test("property: a week's first day is on or before the day, within six days, on the chosen weekday", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: 1, max: 7 }), (offset, weekStart) => {
        const key = addDaysToKey("1990-01-01", offset);
        const start = weekStartKeyOf(key, weekStart as IsoWeekday);
        expect(start <= key).toBe(true);
        expect(addDaysToKey(start, 6) >= key).toBe(true);
        expect(isoWeekdayOfKey(start)).toBe(weekStart);
      }),
    );
  });

  test.each([
    // Sunday 10 June 2035 03:30Z is still Saturday 9 June in New York (−4) and already Sunday in Tokyo (+9).
    ["2035-06-10T03:30:00Z", "America/New_York", 7, "2035-06-03T04:00:00.000Z"],
    ["2035-06-10T04:30:00Z", "America/New_York", 7, "2035-06-10T04:00:00.000Z"],
    ["2035-06-10T03:30:00Z", "Asia/Tokyo", 7, "2035-06-09T15:00:00.000Z"],
    ["2035-06-10T03:30:00Z", "Asia/Tokyo", 1, "2035-06-03T15:00:00.000Z"],
    ["2035-06-08T14:30:00Z", "Asia/Tokyo", 6, "2035-06-01T15:00:00.000Z"],
    ["2035-06-08T15:30:00Z", "Asia/Tokyo", 6, "2035-06-08T15:00:00.000Z"],
    // Berlin's spring-forward Sunday (29 March 2026): the Sunday week starts at 00:00 CET (+1).
    ["2026-03-29T12:00:00Z", "Europe/Berlin", 7, "2026-03-28T23:00:00.000Z"],
  ] as const)("at %s in %s, weeks from day %i start at %s", (now, zone, weekStart, expected) => {
    expect(startOfWeekInZone(new Date(now), zone, weekStart).toISOString()).toBe(expected);
  });

  test("the trend's weeks are keyed by their first local day", () => {
    const weeks = recentWeeksInZone(new Date("2035-06-10T03:30:00Z"), "America/New_York", 3, 7);
    expect(weeks.map((week) => week.key)).toEqual(["2035-05-20", "2035-05-27", "2035-06-03"]);
    expect(recentWeeksInZone(new Date("2035-06-10T03:30:00Z"), "Asia/Tokyo", 2, 7).map((week) => week.key)).toEqual(["2035-06-03", "2035-06-10"]);
  });

  test("a week start outside 1–7 is refused", () => {
    expect(() => startOfWeekInZone(new Date(), "UTC", 0)).toThrow();
  });

  test.each([
    [1, "Monday to Sunday"],
    [7, "Sunday to Saturday"],
    [6, "Saturday to Friday"],
  ] as const)("day %i spans %s", (weekStart, text) => {
    expect(weekSpanText(weekStart)).toBe(text);
  });

  test.each([
    ["", null],
    [null, null],
    ["7", 7],
    [1, 1],
  ])("the setting accepts %j as %j", (input, output) => {
    expect(weekStartsOnSchema.parse(input)).toBe(output);
  });

  test.each(["0", "8", "1.5", "Monday"])("the setting refuses %j", (input) => {
    expect(weekStartsOnSchema.safeParse(input).success).toBe(false);
  });
});
