import { describe, expect, test } from "vitest";
import { isDayKey, mondayOf, startOfDayKeyInZone } from "@/lib/domain/day-keys";

const NY = "America/New_York";
const BERLIN = "Europe/Berlin";
const TOKYO = "Asia/Tokyo";

describe("calendar day keys", () => {
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
