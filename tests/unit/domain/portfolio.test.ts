import { describe, expect, test } from "vitest";
import fc from "fast-check";
import {
  type AreaTarget,
  MAX_SUGGESTIONS,
  allocationVsTarget,
  areasForAllocation,
  formatEffortPoints,
  rebalancingAdvice,
  recentWeeksInZone,
  roundEffortPoints,
  spentAtForDay,
  weeklyTrend,
  windowRangeInZone,
} from "@/lib/domain/portfolio";

const AREAS: AreaTarget[] = [
  { id: "h", name: "Health", color: "#16a34a", targetPct: 25 },
  { id: "k", name: "Specific Knowledge", color: "#2563eb", targetPct: 30 },
  { id: "n", name: "Networking", color: "#d97706", targetPct: 20 },
  { id: "c", name: "Creative Output", color: "#c026d3", targetPct: 15 },
  { id: "e", name: "Exploration", color: "#0891b2", targetPct: 10 },
];

const points = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe("allocationVsTarget", () => {
  test.each([
    // points per area → [actualPct, driftPp] per area in AREAS order
    [{ h: 25, k: 30, n: 20, c: 15, e: 10 }, [[25, 0], [30, 0], [20, 0], [15, 0], [10, 0]]],
    [{ h: 10 }, [[100, 75], [0, -30], [0, -20], [0, -15], [0, -10]]],
    [{ h: 1, k: 1, n: 1, c: 1 }, [[25, 0], [25, -5], [25, 5], [25, 10], [0, -10]]],
    [{ n: 8, k: 2 }, [[0, -25], [20, -10], [80, 60], [0, -15], [0, -10]]],
  ] as const)("points %j", (given, expected) => {
    const result = allocationVsTarget(AREAS, points(given));
    expect(result.map((a) => a.id)).toEqual(AREAS.map((a) => a.id));
    result.forEach((area, index) => {
      expect(area.actualPct).toBeCloseTo(expected[index]![0], 10);
      expect(area.driftPp).toBeCloseTo(expected[index]![1], 10);
    });
  });

  test("no points: every actual is 0 and drift is −target", () => {
    const result = allocationVsTarget(AREAS, new Map());
    expect(result.map((a) => [a.points, a.actualPct, a.driftPp])).toEqual(AREAS.map((a) => [0, 0, -a.targetPct]));
  });

  test("points of areas not listed are ignored, not counted in the total", () => {
    const result = allocationVsTarget(AREAS.slice(0, 2), points({ h: 5, k: 5, stranger: 90 }));
    expect(result.map((a) => a.actualPct)).toEqual([50, 50]);
  });

  test.each([[-1], [Number.NaN], [Number.POSITIVE_INFINITY]])("rejects points %s", (value) => {
    expect(() => allocationVsTarget(AREAS, points({ h: value }))).toThrow();
  });

  test("property: actual shares sum to 100 when anything is logged; drifts sum to 100 − targets", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 5, maxLength: 5 }), (values) => {
        const map = new Map(AREAS.map((area, i) => [area.id, values[i]!]));
        const result = allocationVsTarget(AREAS, map);
        const total = values.reduce((s, v) => s + v, 0);
        const actualSum = result.reduce((s, a) => s + a.actualPct, 0);
        const driftSum = result.reduce((s, a) => s + a.driftPp, 0);
        if (total > 0) {
          expect(actualSum).toBeCloseTo(100, 6);
          expect(driftSum).toBeCloseTo(0, 6); // targets sum to 100
        } else expect(actualSum).toBe(0);
        for (const area of result) expect(area.actualPct).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  test("property: scaling every area's points leaves the shares unchanged", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 5, maxLength: 5 }), fc.integer({ min: 2, max: 9 }), (values, factor) => {
        const a = allocationVsTarget(AREAS, new Map(AREAS.map((area, i) => [area.id, values[i]!])));
        const b = allocationVsTarget(AREAS, new Map(AREAS.map((area, i) => [area.id, values[i]! * factor])));
        a.forEach((area, i) => expect(b[i]!.actualPct).toBeCloseTo(area.actualPct, 9));
      }),
    );
  });
});

describe("areasForAllocation", () => {
  const areas = [
    { ...AREAS[0]!, isArchived: false },
    { id: "old", name: "Old", color: "#000000", targetPct: 40, isArchived: true },
    { id: "gone", name: "Gone", color: "#111111", targetPct: 0, isArchived: true },
  ];
  test("active areas always; archived ones only with points, and with target 0", () => {
    expect(areasForAllocation(areas, points({ old: 3 })).map((a) => [a.id, a.targetPct])).toEqual([
      ["h", 25],
      ["old", 0],
    ]);
    expect(areasForAllocation(areas, new Map()).map((a) => a.id)).toEqual(["h"]);
  });
});

describe("windowRangeInZone", () => {
  test.each([
    // now, zone, days, start, end
    ["2026-03-10T15:00:00Z", "UTC", 7, "2026-03-04T00:00:00.000Z", "2026-03-11T00:00:00.000Z"],
    ["2026-03-10T15:00:00Z", "UTC", 28, "2026-02-11T00:00:00.000Z", "2026-03-11T00:00:00.000Z"],
    ["2026-03-10T15:00:00Z", "UTC", 1, "2026-03-10T00:00:00.000Z", "2026-03-11T00:00:00.000Z"],
    // Tokyo is UTC+9: 02:00 UTC on the 10th is 11:00 on the 10th there.
    ["2026-03-10T02:00:00Z", "Asia/Tokyo", 7, "2026-03-03T15:00:00.000Z", "2026-03-10T15:00:00.000Z"],
    // New York springs forward on 2026-03-08: the window's start is EST (−5), its end EDT (−4).
    ["2026-03-10T15:00:00Z", "America/New_York", 7, "2026-03-04T05:00:00.000Z", "2026-03-11T04:00:00.000Z"],
  ])("now %s in %s, %s days → [%s, %s)", (now, zone, days, start, end) => {
    const range = windowRangeInZone(new Date(now), days, zone);
    expect(range.start.toISOString()).toBe(start);
    expect(range.end.toISOString()).toBe(end);
  });

  test.each([[0], [-1], [1.5]])("rejects %s days", (days) => {
    expect(() => windowRangeInZone(new Date("2026-03-10T00:00:00Z"), days, "UTC")).toThrow();
  });
});

describe("recentWeeksInZone", () => {
  test("Monday-start weeks, oldest first, ending with the current week", () => {
    // 2026-03-11 is a Wednesday.
    const weeks = recentWeeksInZone(new Date("2026-03-11T12:00:00Z"), "UTC", 3);
    expect(weeks.map((w) => w.key)).toEqual(["2026-02-23", "2026-03-02", "2026-03-09"]);
    expect(weeks[2]!.start.toISOString()).toBe("2026-03-09T00:00:00.000Z");
  });

  test("a Sunday evening in New York belongs to the week that started the Monday before, across DST", () => {
    // Sunday 2026-03-08 22:00 EDT = 2026-03-09T02:00Z (already Monday in UTC).
    const weeks = recentWeeksInZone(new Date("2026-03-09T02:00:00Z"), "America/New_York", 2);
    expect(weeks.map((w) => w.key)).toEqual(["2026-02-23", "2026-03-02"]);
    expect(weeks[1]!.start.toISOString()).toBe("2026-03-02T05:00:00.000Z");
  });
});

describe("weeklyTrend", () => {
  const weeks = [
    { key: "2026-03-02", start: new Date("2026-03-02T00:00:00Z") },
    { key: "2026-03-09", start: new Date("2026-03-09T00:00:00Z") },
  ];
  test("fills missing weeks and areas with zeros; shares per week; ignores unknown rows", () => {
    const trend = weeklyTrend(weeks, [{ id: "h" }, { id: "k" }], [
      { weekKey: "2026-03-09", areaId: "h", points: 3 },
      { weekKey: "2026-03-09", areaId: "k", points: 1 },
      { weekKey: "2026-03-09", areaId: "stranger", points: 50 },
      { weekKey: "2026-02-23", areaId: "h", points: 9 },
    ]);
    expect(trend).toEqual([
      { weekKey: "2026-03-02", total: 0, points: { h: 0, k: 0 }, sharePct: { h: 0, k: 0 } },
      { weekKey: "2026-03-09", total: 4, points: { h: 3, k: 1 }, sharePct: { h: 75, k: 25 } },
    ]);
  });
});

describe("rebalancingAdvice", () => {
  const advise = (given: Record<string, number>, days = 28) => rebalancingAdvice(allocationVsTarget(AREAS, points(given)), days);

  test("no points: teaches how to start", () => {
    const advice = advise({});
    expect(advice.kind).toBe("no-data");
    if (advice.kind === "no-data") expect(advice.text).toMatch(/No effort logged in the last 28 days\. Log the energy/);
  });

  test.each([[{ h: 1 }], [{ h: 2, k: 2.9 }]])("under 5 points (%j): a caution, not advice", (given) => {
    expect(advise(given).kind).toBe("too-little-data");
  });

  test.each([
    // Drift within ±4.5 pp rounds to under 5 pp: on target.
    [{ h: 25, k: 30, n: 20, c: 15, e: 10 }],
    [{ h: 29, k: 26, n: 20, c: 15, e: 10 }],
  ])("drift under 5 pp everywhere (%j): on target", (given) => {
    expect(advise(given).kind).toBe("on-target");
  });

  test("names the largest drifts first, in plain words, at most three", () => {
    // Health 50 % (+25), Knowledge 30 % (0), Networking 8 % (−12), Creative 12 % (−3), Exploration 0 % (−10).
    const advice = advise({ h: 50, k: 30, n: 8, c: 12 });
    expect(advice.kind).toBe("rebalance");
    if (advice.kind !== "rebalance") return;
    expect(advice.suggestions.map((s) => [s.areaId, s.direction, s.driftPp])).toEqual([
      ["h", "over", 25],
      ["n", "under", -12],
      ["e", "under", -10],
    ]);
    expect(advice.suggestions[1]!.text).toMatch(/^Networking is 12 pp under target this month — 8 % of your energy against a 20 % target/);
    expect(advice.suggestions[2]!.text).toMatch(/^Exploration is 10 pp under target this month — nothing logged/);
    expect(advice.suggestions[0]!.text).toMatch(/^Health is 25 pp over target this month/);
  });

  test.each([
    [7, "this week"],
    [28, "this month"],
    [14, "over the last 14 days"],
  ])("window %s days reads %s", (days, words) => {
    const advice = advise({ h: 100 }, days);
    expect(advice.kind === "rebalance" && advice.suggestions[0]!.text).toContain(words);
  });

  test("an archived area (target 0) with points is called out as over target", () => {
    const areas: AreaTarget[] = [{ id: "x", name: "Old", color: "#000", targetPct: 0 }, { ...AREAS[0]!, targetPct: 100 }];
    const advice = rebalancingAdvice(allocationVsTarget(areas, points({ x: 5, h: 5 })), 7);
    const old = advice.kind === "rebalance" ? advice.suggestions.find((s) => s.areaId === "x") : undefined;
    expect(old?.text).toMatch(/^Old is 50 pp over target this week — .*no target/);
  });

  test("property: never more than three suggestions, each at least 5 pp off", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 5, maxLength: 5 }), (values) => {
        const advice = rebalancingAdvice(allocationVsTarget(AREAS, new Map(AREAS.map((a, i) => [a.id, values[i]!]))), 28);
        if (advice.kind === "rebalance") {
          expect(advice.suggestions.length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
          for (const s of advice.suggestions) expect(Math.abs(s.driftPp)).toBeGreaterThanOrEqual(5);
        }
      }),
    );
  });
});

describe("spentAtForDay", () => {
  const now = new Date("2026-03-10T15:30:00Z");
  test.each([
    ["2026-03-10", "UTC", "2026-03-10T15:30:00.000Z"], // today: now
    ["2026-03-09", "UTC", "2026-03-09T12:00:00.000Z"], // an earlier day: noon there
    ["2026-03-08", "America/New_York", "2026-03-08T16:00:00.000Z"], // DST day: noon EDT
    ["2026-03-07", "America/New_York", "2026-03-07T17:00:00.000Z"], // noon EST
    ["2026-03-11", "Asia/Tokyo", "2026-03-10T15:30:00.000Z"], // 00:30 on the 11th in Tokyo: today
    ["2026-03-10", "Asia/Tokyo", "2026-03-10T03:00:00.000Z"], // yesterday in Tokyo: noon JST
  ])("%s in %s → %s", (day, zone, expected) => {
    expect(spentAtForDay(day, now, zone).toISOString()).toBe(expected);
  });

  test.each([["2026-3-1"], ["2026-02-30"], ["yesterday"]])("rejects %s", (day) => {
    expect(() => spentAtForDay(day, now, "UTC")).toThrow();
  });
});

describe("points helpers", () => {
  test.each([
    [1, "1 point"],
    [2.5, "2.5 points"],
    [0.04, "0 points"],
    [3.333, "3.3 points"],
  ])("formatEffortPoints(%s) = %s", (value, text) => {
    expect(formatEffortPoints(value)).toBe(text);
  });
  test("roundEffortPoints keeps a thousandth", () => {
    expect(roundEffortPoints(1.23456)).toBe(1.235);
  });
});
