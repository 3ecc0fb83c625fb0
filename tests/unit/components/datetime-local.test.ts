import { describe, expect, test } from "vitest";
import { addLocalDays, fromDateTimeLocal, toDateTimeLocal } from "@/components/callbacks/datetime-local";

// Date-time inputs speak the PROFILE's zone, whatever the browser's (the test runner's) zone is.
describe("datetime-local values in the profile's zone", () => {
  test.each([
    [new Date("2025-01-02T03:04:59Z"), "UTC", "2025-01-02T03:04"],
    [new Date("2025-12-31T14:59:00Z"), "Asia/Tokyo", "2025-12-31T23:59"],
    [new Date("2026-11-30T09:14:00Z"), "America/New_York", "2026-11-30T04:14"],
  ])("toDateTimeLocal(%s, %s) = %s", (date, zone, value) => {
    expect(toDateTimeLocal(date, zone)).toBe(value);
  });

  test.each([
    ["", undefined],
    ["   ", undefined],
    [null, undefined],
    ["garbage", "garbage"],
    ["2026-11-30T18:14", "2026-11-30T09:14:00.000Z"],
  ])("fromDateTimeLocal(%o) in Tokyo = %o", (value, expected) => {
    expect(fromDateTimeLocal(value, "Asia/Tokyo")).toBe(expected);
  });

  test("profile Tokyo, browser anywhere: the edit field shows the time the page shows", () => {
    const instant = new Date("2026-11-30T09:14:00Z"); // 6:14 PM in Tokyo
    expect(toDateTimeLocal(instant, "Asia/Tokyo")).toBe("2026-11-30T18:14");
    expect(fromDateTimeLocal(toDateTimeLocal(instant, "Asia/Tokyo"), "Asia/Tokyo")).toBe(instant.toISOString());
  });

  test("addLocalDays keeps the wall-clock time across a DST change", () => {
    const start = new Date("2025-03-28T09:00:00Z"); // 10:00 in Berlin, before the spring change
    expect(toDateTimeLocal(addLocalDays(start, 7, "Europe/Berlin"), "Europe/Berlin")).toBe("2025-04-04T10:00");
  });
});
