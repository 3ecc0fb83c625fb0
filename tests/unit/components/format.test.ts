import { describe, expect, test } from "vitest";
import {
  formatAmount,
  formatDateTime,
  formatEv,
  formatLikelihoodRatio,
  formatPercent,
  formatRelative,
  formatShortDateTime,
} from "@/components/callbacks/format";

describe("formatPercent", () => {
  test.each([
    [0.42, "42 %"],
    [0.425, "43 %"],
    [0.1, "10 %"],
    [0.001, "<1 %"],
    [0.999, ">99 %"],
    [0, "0 %"],
    [1, "100 %"],
    [Number.NaN, "—"],
  ])("%s → %s", (p, text) => {
    expect(formatPercent(p)).toBe(text);
  });
});

describe("numbers", () => {
  test.each([
    [3.44, "3.4"],
    [3.46, "3.5"],
    [0, "0.0"],
    [1234.5, "1,234.5"],
  ])("formatEv(%s) = %s", (value, text) => {
    expect(formatEv(value)).toBe(text);
  });

  test.each([
    [8, "8"],
    [2.5, "2.5"],
    [2.04, "2"],
  ])("formatAmount(%s) = %s", (value, text) => {
    expect(formatAmount(value)).toBe(text);
  });

  test.each([
    [3, "×3"],
    [0.3, "×0.3"],
    [1.255, "×1.26"],
  ])("formatLikelihoodRatio(%s) = %s", (lr, text) => {
    expect(formatLikelihoodRatio(lr)).toBe(text);
  });
});

describe("formatRelative", () => {
  const now = new Date("2025-03-10T12:00:00Z");
  const at = (iso: string) => new Date(iso);

  test.each([
    ["2025-03-10T12:00:20Z", "UTC", "just now"],
    ["2025-03-10T12:05:00Z", "UTC", "in 5 minutes"],
    ["2025-03-10T11:30:00Z", "UTC", "30 minutes ago"],
    ["2025-03-10T15:00:00Z", "UTC", "in 3 hours"],
    ["2025-03-10T02:00:00Z", "UTC", "10 hours ago"],
    // Tomorrow by the calendar, though only 13 hours away.
    ["2025-03-11T01:00:00Z", "UTC", "tomorrow"],
    ["2025-03-09T08:00:00Z", "UTC", "yesterday"],
    ["2025-03-13T09:00:00Z", "UTC", "in 3 days"],
    ["2025-03-08T12:00:00Z", "UTC", "2 days ago"],
    ["2025-03-24T12:00:00Z", "UTC", "in 2 weeks"],
    ["2025-05-10T12:00:00Z", "UTC", "in 2 months"],
    ["2023-03-10T12:00:00Z", "UTC", "2 years ago"],
    // 22:00 in Los Angeles on the 10th is 06:00Z on the 11th: still "today" there.
    ["2025-03-11T06:00:00Z", "America/Los_Angeles", "in 18 hours"],
    // Same instant, but Tokyo already lives on the 11th (21:00 → next day 15:00).
    ["2025-03-11T06:00:00Z", "Asia/Tokyo", "tomorrow"],
  ])("%s in %s → %s", (target, zone, text) => {
    expect(formatRelative(at(target), now, zone)).toBe(text);
  });
});

describe("dates in the user's zone", () => {
  const date = new Date("2025-03-03T14:05:00Z");

  test.each([
    ["UTC", "Mar 3, 2025, 2:05 PM"],
    ["Europe/Berlin", "Mar 3, 2025, 3:05 PM"],
    ["Pacific/Auckland", "Mar 4, 2025, 3:05 AM"],
  ])("formatDateTime in %s", (zone, text) => {
    expect(formatDateTime(date, zone).replace(/\u202f/g, " ")).toBe(text);
  });

  test.each([
    [new Date("2025-06-01T00:00:00Z"), "Mar 3, 2:05 PM"],
    [new Date("2026-01-01T00:00:00Z"), "Mar 3, 2025, 2:05 PM"],
  ])("formatShortDateTime shows the year only when it differs (now %s)", (now, text) => {
    expect(formatShortDateTime(date, "UTC", now).replace(/\u202f/g, " ")).toBe(text);
  });
});
