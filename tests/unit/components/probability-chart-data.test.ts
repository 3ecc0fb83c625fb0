import { describe, expect, test } from "vitest";
import { describeChart, summarizeChart, timeTicks, toChartPoints } from "@/components/charts/probability-chart-data";
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
    ["half a day: 6 ticks with times", 0, DAY / 2, [0, 0.1, 0.2, 0.3, 0.4, 0.5].map((d) => Math.round(d * DAY)), true],
    ["3.2 days: one a day", 0, 3.2 * DAY, [0, 1, 2, 3].map((d) => d * DAY), false],
    ["30 days: every 6 days", 0, 30 * DAY, [0, 6, 12, 18, 24, 30].map((d) => d * DAY), false],
    ["31 days: every 7 days", 0, 31 * DAY, [0, 7, 14, 21, 28].map((d) => d * DAY), false],
  ])("%s", (_name, start, end, ticks, withTime) => {
    expect(timeTicks(start, end)).toEqual({ ticks, withTime });
  });
});
