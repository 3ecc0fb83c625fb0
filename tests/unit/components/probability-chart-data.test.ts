import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { describeChart, summarizeChart, timeTicks, toChartPoints, uniqueTicks } from "@/components/charts/probability-chart-data";
import { formatDay, formatShortDateTime } from "@/components/callbacks/format";
import { probabilitySeries } from "@/lib/domain/probability-series";

const t0 = new Date("2025-03-01T00:00:00Z");
const day = (n: number) => new Date(t0.getTime() + n * 86_400_000);

describe("toChartPoints", () => {
  test("percent with one decimal, epoch ms", () => {
    expect(toChartPoints([{ at: t0, probability: 0.12345 }])).toEqual([{ t: t0.getTime(), pct: 12.3 }]);
  });
});

describe("summarizeChart", () => {
  test("empty series", () => {
    expect(summarizeChart([])).toBeNull();
    expect(describeChart(null)).toBe("Probability over time: no data yet.");
  });

  test.each([
    [
      "no evidence",
      [
        { t: 0, pct: 30 },
        { t: 1, pct: 25 },
      ],
      { steps: 0, start: 30, end: 25, min: 25, max: 30 },
      "Probability over time: from 30 % to 25 %, no evidence yet.",
    ],
    [
      "one jump",
      [
        { t: 0, pct: 30 },
        { t: 5, pct: 28 },
        { t: 5, pct: 56 },
        { t: 9, pct: 50 },
      ],
      { steps: 1, start: 30, end: 50, min: 28, max: 56 },
      "Probability over time: from 30 % to 50 %, 1 update from evidence.",
    ],
    [
      "a contact that changes nothing is not a step",
      [
        { t: 0, pct: 30 },
        { t: 5, pct: 28 },
        { t: 5, pct: 28.2 },
        { t: 9, pct: 20 },
        { t: 9, pct: 10 },
      ],
      { steps: 1, start: 30, end: 10, min: 10, max: 30 },
      "Probability over time: from 30 % to 10 %, 1 update from evidence.",
    ],
  ])("%s", (_name, points, expected, label) => {
    const summary = summarizeChart(points)!;
    expect(summary.steps).toHaveLength(expected.steps);
    expect(summary.start.pct).toBe(expected.start);
    expect(summary.end.pct).toBe(expected.end);
    expect(summary.min).toBe(expected.min);
    expect(summary.max).toBe(expected.max);
    expect(describeChart(summary)).toBe(label);
  });

  test("finds the evidence steps of a real series", () => {
    const series = probabilitySeries({
      startedAt: t0,
      prior: 0.3,
      events: [
        { at: day(2), type: "evidence", likelihoodRatio: 3 },
        { at: day(6), type: "set", probability: 0.8 },
      ],
      expectedReplyDays: 7,
      now: day(10),
    });
    const summary = summarizeChart(toChartPoints(series))!;
    expect(summary.steps.map((step) => step.t)).toEqual([day(2).getTime(), day(6).getTime()]);
    expect(summary.steps[1]!.after).toBe(80);
    expect(summary.start.pct).toBe(30);
  });
});

describe("timeTicks", () => {
  const DAY = 86_400_000;
  test.each([
    ["an instant", 0, 0, [0], true],
    ["half a day: every 3 hours, with times", 0, DAY / 2, [0, 3, 6, 9, 12].map((h) => h * 3_600_000), true],
    ["4 minutes: every minute", 0, 240_000, [0, 1, 2, 3, 4].map((m) => m * 60_000), true],
    ["90 seconds: every minute", 0, 90_000, [0, 60_000], true],
    ["3.2 days: one a day", 0, 3.2 * DAY, [0, 1, 2, 3].map((d) => d * DAY), false],
    ["30 days: every 6 days", 0, 30 * DAY, [0, 6, 12, 18, 24, 30].map((d) => d * DAY), false],
    ["31 days: every 7 days", 0, 31 * DAY, [0, 7, 14, 21, 28].map((d) => d * DAY), false],
  ])("%s", (_name, start, end, ticks, withTime) => {
    expect(timeTicks(start, end)).toEqual({ ticks, withTime });
  });
});

describe("uniqueTicks: no x-axis label repeats", () => {
  test("a chart captured a minute ago: one label per minute", () => {
    const start = Date.parse("2026-11-30T14:41:20Z");
    const { ticks } = timeTicks(start, start + 60_000);
    const label = (t: number) => formatShortDateTime(new Date(t), "UTC", new Date(t));
    const kept = uniqueTicks(ticks, label);
    expect(new Set(kept.map(label)).size).toBe(kept.length);
  });

  test("the 25-hour day of a DST change doesn't repeat a day", () => {
    // Midnight-thirty on Nov 1, 2026 in New York; 24 hours later is still Nov 1 (clocks went back).
    const start = Date.parse("2026-11-01T04:30:00Z");
    const { ticks } = timeTicks(start, start + 3 * 86_400_000);
    const label = (t: number) => formatDay(new Date(t), "America/New_York");
    const kept = uniqueTicks(ticks, label);
    expect(label(ticks[1]!)).toBe(label(ticks[0]!));
    expect(new Set(kept.map(label)).size).toBe(kept.length);
  });

  test("property: labels of the kept ticks never repeat side by side", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000_000_000_000 }), fc.integer({ min: 0, max: 90 * 86_400_000 }), (start, span) => {
        const { ticks, withTime } = timeTicks(start, start + span);
        const label = (t: number) => (withTime ? formatShortDateTime(new Date(t), "Europe/Berlin", new Date(t)) : formatDay(new Date(t), "Europe/Berlin"));
        const kept = uniqueTicks(ticks, label);
        return kept.every((tick, index) => index === 0 || label(tick) !== label(kept[index - 1]!));
      }),
      { numRuns: 300 },
    );
  });
});
