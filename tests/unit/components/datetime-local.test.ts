import { describe, expect, test } from "vitest";
import { addLocalDays, fromDateTimeLocal, toDateTimeLocal } from "@/components/callbacks/datetime-local";

describe("datetime-local values", () => {
  test.each([
    [new Date(2025, 0, 2, 3, 4, 59), "2025-01-02T03:04"],
    [new Date(2025, 11, 31, 23, 59), "2025-12-31T23:59"],
  ])("toDateTimeLocal(%s) = %s", (date, value) => {
    expect(toDateTimeLocal(date)).toBe(value);
  });

  test.each([
    ["", undefined],
    ["   ", undefined],
    [null, undefined],
    ["garbage", "garbage"],
  ])("fromDateTimeLocal(%o) = %o", (value, expected) => {
    expect(fromDateTimeLocal(value)).toBe(expected);
  });

  test("a local wall-clock time becomes the same instant", () => {
    const local = new Date(2025, 5, 15, 9, 30);
    expect(fromDateTimeLocal(toDateTimeLocal(local))).toBe(local.toISOString());
  });

  test("addLocalDays keeps the wall-clock time", () => {
    const start = new Date(2025, 2, 28, 10, 0);
    expect(toDateTimeLocal(addLocalDays(start, 7))).toBe("2025-04-04T10:00");
  });
});
