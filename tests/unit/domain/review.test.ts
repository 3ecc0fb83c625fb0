import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  compareWeeks,
  daysOfWeek,
  describePowerLaw,
  hitRate,
  isWeekKey,
  loadChange,
  loadTrend,
  powerLaw,
  powerLawFromValues,
  shiftWeekKey,
  topBetsLabel,
  topFifthCount,
  type WeekFigures,
  weekKeyOf,
  weekRangeOfKey,
  weekStatus,
} from "@/lib/domain/review";

describe("week keys and boundaries in the user's zone", () => {
  test.each([
    // instant, zone, week (its Monday)
    ["2026-03-29T10:30:00Z", "Pacific/Auckland", "2026-03-23"], // Sunday 23:30 NZDT: still that week
    ["2026-03-29T11:30:00Z", "Pacific/Auckland", "2026-03-30"], // Monday 00:30 NZDT
    ["2026-03-30T06:30:00Z", "America/Los_Angeles", "2026-03-23"], // Sunday 23:30 PDT
    ["2026-03-30T07:30:00Z", "America/Los_Angeles", "2026-03-30"], // Monday 00:30 PDT
    ["2026-03-30T06:30:00Z", "Pacific/Auckland", "2026-03-30"], // the same instant is Monday in Auckland
    ["2026-03-30T06:30:00Z", "UTC", "2026-03-30"],
  ])("%s in %s is in the week of %s", (instant, zone, week) => {
    expect(weekKeyOf(new Date(instant), zone)).toBe(week);
  });

  test.each([
    // week, zone, start, end
    ["2026-03-23", "Pacific/Auckland", "2026-03-22T11:00:00.000Z", "2026-03-29T11:00:00.000Z"],
    // NZ leaves daylight time on Sunday 5 April 2026: that week is 169 hours long
    ["2026-03-30", "Pacific/Auckland", "2026-03-29T11:00:00.000Z", "2026-04-05T12:00:00.000Z"],
    ["2026-03-23", "America/Los_Angeles", "2026-03-23T07:00:00.000Z", "2026-03-30T07:00:00.000Z"],
    // US daylight time starts Sunday 8 March 2026: that week is 167 hours long
    ["2026-03-02", "America/Los_Angeles", "2026-03-02T08:00:00.000Z", "2026-03-09T07:00:00.000Z"],
  ])("week %s in %s spans [%s, %s)", (week, zone, start, end) => {
    const range = weekRangeOfKey(week, zone);
    expect(range.start.toISOString()).toBe(start);
    expect(range.end.toISOString()).toBe(end);
  });

  test("a settlement at Sunday 23:30 local belongs to that week in both zones", () => {
    for (const [instant, zone] of [
      ["2026-03-29T10:30:00Z", "Pacific/Auckland"],
      ["2026-03-30T06:30:00Z", "America/Los_Angeles"],
    ] as const) {
      const { start, end } = weekRangeOfKey("2026-03-23", zone);
      const at = new Date(instant);
      expect(at >= start && at < end).toBe(true);
    }
  });

  test("every instant lies inside the range of its own week", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2000-01-01"), max: new Date("2060-01-01"), noInvalidDate: true }),
        fc.constantFrom("Pacific/Auckland", "America/Los_Angeles", "Asia/Tokyo", "UTC"),
        (at, zone) => {
          const key = weekKeyOf(at, zone);
          expect(isWeekKey(key)).toBe(true);
          const { start, end } = weekRangeOfKey(key, zone);
          expect(at.getTime()).toBeGreaterThanOrEqual(start.getTime());
          expect(at.getTime()).toBeLessThan(end.getTime());
        },
      ),
    );
  });

  test("seven days, each starting where the previous ended", () => {
    const days = daysOfWeek("2026-03-30", "Pacific/Auckland");
    expect(days.map((d) => d.day)).toEqual(["2026-03-30", "2026-03-31", "2026-04-01", "2026-04-02", "2026-04-03", "2026-04-04", "2026-04-05"]);
    for (let i = 1; i < 7; i += 1) expect(days[i]!.start).toEqual(days[i - 1]!.end);
    // The DST day is 25 hours long.
    expect(days[6]!.end.getTime() - days[6]!.start.getTime()).toBe(25 * 3_600_000);
  });

  test.each([
    ["2026-03-30", true],
    ["2026-03-31", false], // a Tuesday
    ["2026-02-30", false],
    ["2026-3-30", false],
    ["garbage", false],
  ])("%s is a week key: %s", (key, ok) => {
    expect(isWeekKey(key)).toBe(ok);
  });

  test("weekRangeOfKey refuses a day that is not a Monday", () => {
    expect(() => weekRangeOfKey("2026-03-31", "UTC")).toThrow(/Monday/);
  });

  test.each([
    ["2026-03-30", 1, "2026-04-06"],
    ["2026-03-30", -1, "2026-03-23"],
    ["2026-12-28", 1, "2027-01-04"],
  ])("shift %s by %i weeks → %s", (key, weeks, shifted) => {
    expect(shiftWeekKey(key, weeks)).toBe(shifted);
  });

  test.each([
    ["2026-03-23", "past"],
    ["2026-03-30", "current"],
    ["2026-04-06", "future"],
  ] as const)("at Wed 1 April, week %s is %s", (key, status) => {
    expect(weekStatus(key, new Date("2026-04-01T12:00:00Z"), "America/Los_Angeles")).toBe(status);
  });
});

describe("hit rate vs expected", () => {
  test.each([
    [0, 0, 0, null, null, 0],
    [4, 3, 2.2, 0.75, 0.55, 0.8],
    [5, 0, 1.5, 0, 0.3, -1.5],
  ])("%i scored, %i hits, expected %s", (scored, hits, expected, rate, expectedRate, surplus) => {
    const result = hitRate(scored, hits, expected);
    expect(result.rate).toBe(rate);
    if (expectedRate === null) expect(result.expectedRate).toBeNull();
    else expect(result.expectedRate).toBeCloseTo(expectedRate, 12);
    expect(result.surplus).toBeCloseTo(surplus, 12);
  });

  test("hits above scored are refused", () => {
    expect(() => hitRate(2, 3, 1)).toThrow();
  });
});

describe("the power law", () => {
  test.each([
    [0, 0],
    [1, 1],
    [5, 1],
    [6, 2],
    [10, 2],
    [11, 3],
  ])("the top 20%% of %i bets is %i", (n, top) => {
    expect(topFifthCount(n)).toBe(top);
  });

  test("shares from values", () => {
    const law = powerLawFromValues([0, 0, 8, 0, 1, 0, 0, 1, 0, 0]);
    expect(law).toMatchObject({ count: 10, total: 10, topFifthCount: 2 });
    expect(law.topFifthShare).toBeCloseTo(0.9, 12);
    expect(law.topThreeShare).toBeCloseTo(1, 12);
    expect(describePowerLaw(law)).toBe("Your top 20% of bets (2 of 10) produced 90% of the value.");
  });

  test("nothing produced → null shares", () => {
    const law = powerLawFromValues([0, 0, 0]);
    expect(law.topFifthShare).toBeNull();
    expect(describePowerLaw(law)).toBe("3 settled, but none produced value yet.");
    expect(describePowerLaw(powerLawFromValues([]))).toMatch(/Nothing settled/);
  });

  test("shares are in [0,1] and the top 3 never produce less than the top 20% when the top 20% is ≤ 3", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { maxLength: 60 }), (values) => {
        const law = powerLawFromValues(values);
        if (law.topFifthShare === null) return;
        expect(law.topFifthShare).toBeGreaterThanOrEqual(0);
        expect(law.topFifthShare).toBeLessThanOrEqual(1);
        // The top ⌈20%⌉ produce at least 20% of the value.
        expect(law.topFifthShare).toBeGreaterThanOrEqual(0.2 - 1e-9);
        if (law.topFifthCount <= 3) expect(law.topThreeShare! + 1e-9).toBeGreaterThanOrEqual(law.topFifthShare);
      }),
    );
  });

  test("aggregate and reference forms agree", () => {
    expect(powerLaw({ count: 10, total: 10, topFifthSum: 9, topThreeSum: 10 })).toEqual(powerLawFromValues([0, 0, 8, 0, 1, 0, 0, 1, 0, 0]));
  });
});

describe("load trend and comparisons", () => {
  test("levels against capacity, and the change over the week", () => {
    const trend = loadTrend(
      [
        { day: "2026-03-30", load: 3 },
        { day: "2026-03-31", load: 6 },
        { day: "2026-04-01", load: 8 },
      ],
      7,
    );
    expect(trend.map((p) => p.level)).toEqual(["ok", "strained", "overflow"]);
    expect(loadChange(trend)).toBe(5);
    expect(loadChange(trend.slice(0, 1))).toBeNull();
  });

  test("compare two weeks: delta is b − a, null when either is missing", () => {
    const base: WeekFigures = {
      version: 1,
      week: "2026-03-23",
      timeZone: "UTC",
      start: "",
      end: "",
      computedAt: "",
      started: 4,
      settled: { fulfilled: 1, rejected: 2, timedOut: 0, cancelled: 0 },
      hitRate: hitRate(3, 1, 1.2),
      brier: { week: 0.2, weekCount: 3, running: 0.21, runningCount: 10 },
      allocation: [],
      effortPoints: 10,
      load: { capacity: 7, points: [] },
      commitments: { kept: [], broken: [], overrides: { count: 0, items: [] } },
      payoffs: { top: [], law: powerLawFromValues([5, 0, 0]) },
    };
    const other: WeekFigures = { ...base, week: "2026-03-30", started: 7, brier: { ...base.brier, week: null } };
    const rows = compareWeeks(base, other);
    expect(rows.find((r) => r.label === "Bets started")).toMatchObject({ a: 4, b: 7, delta: 3 });
    expect(rows.find((r) => r.label === "Brier (week)")).toMatchObject({ a: 0.2, b: null, delta: null });
  });
});

describe("topBetsLabel: the power-law line counts the bets it lists", () => {
  test.each([
    [1, "The top bet"],
    [2, "The top 2"],
    [3, "The top 3"],
    [5, "The top 3"],
  ])("%s producing → %s", (producing, label) => {
    expect(topBetsLabel(producing)).toBe(label);
  });
});
