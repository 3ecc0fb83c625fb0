import { describe, expect, test } from "vitest";
import type { CallbackState } from "@/lib/domain/callback-state";
import { type Lateness, isDueToTimeOut, isStale, lateness } from "@/lib/domain/lateness";

const DAY = 86_400_000;
const startedAt = new Date("2026-03-01T09:00:00Z");
const at = (days: number): Date => new Date(startedAt.getTime() + days * DAY);
const expectedReplyBy = at(14);
const timesOutAt = at(30);

describe("lateness", () => {
  test.each<[CallbackState, number, Lateness | null]>([
    ["PENDING", 0, "on_time"],
    ["PENDING", 13.99, "on_time"],
    ["PENDING", 14, "overdue"],
    ["PENDING", 29.99, "overdue"],
    ["PENDING", 30, "timed_out"],
    ["PENDING", 45, "timed_out"],
    ["TIMED_OUT", 31, "timed_out"],
    ["TIMED_OUT", 5, "timed_out"],
    ["FULFILLED", 45, null],
    ["REJECTED", 45, null],
    ["CANCELLED", 45, null],
  ])("%s on day %s → %s", (state, day, expected) => {
    expect(lateness({ state, expectedReplyBy, timesOutAt, now: at(day) })).toBe(expected);
  });

  test.each<[Date | null, Date | null, Lateness]>([
    [null, null, "on_time"],
    [null, at(30), "on_time"],
    [at(14), null, "overdue"],
  ])("missing deadlines never pass (reply %s, timeout %s)", (reply, timeout, expected) => {
    expect(lateness({ state: "PENDING", expectedReplyBy: reply, timesOutAt: timeout, now: at(20) })).toBe(expected);
  });
});

describe("isDueToTimeOut", () => {
  test.each<[CallbackState, number, boolean]>([
    ["PENDING", 29.999, false],
    ["PENDING", 30, true],
    ["PENDING", 31, true],
    ["TIMED_OUT", 31, false],
    ["FULFILLED", 31, false],
    ["CANCELLED", 31, false],
  ])("%s on day %s → %s", (state, day, expected) => {
    expect(isDueToTimeOut({ state, timesOutAt, now: at(day) })).toBe(expected);
  });
});

describe("isStale", () => {
  test.each<[CallbackState, number, number | undefined, boolean]>([
    ["PENDING", 13.9, undefined, false],
    ["PENDING", 14, undefined, true],
    ["PENDING", 8, 7, true],
    ["TIMED_OUT", 20, undefined, false],
    ["FULFILLED", 20, undefined, false],
  ])("%s, %s days without news (threshold %s) → %s", (state, day, staleAfterDays, expected) => {
    expect(isStale({ state, lastEventAt: startedAt, now: at(day), staleAfterDays })).toBe(expected);
  });
});
