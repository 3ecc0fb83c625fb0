import { describe, expect, test } from "vitest";
import fc from "fast-check";
import {
  type LoadLevel,
  computeLoad,
  describeLoadProjection,
  loadLevel,
  projectLoad,
  wouldOverflow,
} from "@/lib/domain/load";

const DAY = 86_400_000;
const now = new Date("2026-06-01T12:00:00Z");
const daysAgo = (days: number): Date => new Date(now.getTime() - days * DAY);

describe("computeLoad", () => {
  test.each([
    [[], 0, 0],
    [[1, 1, 1], 0, 3],
    [[1, 2, 0.5], 1, 6.5],
    [[], 3, 9],
  ])("weights %j + %s commitments → %s", (pendingWeights, activeCommitments, load) => {
    expect(computeLoad({ pendingWeights, activeCommitments })).toBe(load);
  });

  test.each([
    [[-1], 0],
    [[1], -1],
    [[1], 1.5],
  ])("rejects weights %j, commitments %s", (pendingWeights, activeCommitments) => {
    expect(() => computeLoad({ pendingWeights, activeCommitments })).toThrow(expect.objectContaining({ code: "INVALID_NUMBER" }));
  });
});

describe("loadLevel", () => {
  test.each<[number, number, LoadLevel]>([
    [0, 7, "ok"],
    [5, 7, "ok"],
    [5.59, 7, "ok"],
    [5.6, 7, "strained"],
    [6, 7, "strained"],
    [7, 7, "strained"],
    [7.01, 7, "overflow"],
    [8, 10, "strained"],
    [7.99, 10, "ok"],
    [10, 10, "strained"],
    [11, 10, "overflow"],
    [4, 5, "strained"],
  ])("load %s of %s → %s", (load, capacity, level) => {
    expect(loadLevel(load, capacity)).toBe(level);
  });

  test("capacity defaults to 7 and must be positive", () => {
    expect(loadLevel(8)).toBe("overflow");
    expect(() => loadLevel(1, 0)).toThrow(expect.objectContaining({ code: "INVALID_CAPACITY" }));
  });

  test("property: levels are monotone in load", () => {
    const rank: Record<LoadLevel, number> = { ok: 0, strained: 1, overflow: 2 };
    const load = fc.double({ min: 0, max: 100, noNaN: true });
    fc.assert(
      fc.property(load, load, fc.integer({ min: 1, max: 30 }), (a, b, capacity) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(rank[loadLevel(low, capacity)]).toBeLessThanOrEqual(rank[loadLevel(high, capacity)]);
      }),
    );
  });
});

describe("wouldOverflow", () => {
  test.each([
    [6, 1, 7, false],
    [7, 1, 7, true],
    [4, 3, 7, false],
    [5, 3, 7, true],
  ])("load %s + %s against %s → %s", (load, extra, capacity, expected) => {
    expect(wouldOverflow(load, extra, capacity)).toBe(expected);
  });
});

describe("projectLoad", () => {
  test("λ over 28 days × mean days to settle over 90 days", () => {
    const createdAt = [...Array.from({ length: 28 }, (_, i) => daysAgo(i)), daysAgo(28), daysAgo(40)];
    const settled = [
      { startedAt: daysAgo(30), settledAt: daysAgo(10) }, // 20 days
      { startedAt: daysAgo(50), settledAt: daysAgo(24) }, // 26 days
      { startedAt: daysAgo(200), settledAt: daysAgo(100) }, // outside the 90-day window
    ];
    expect(projectLoad({ createdAt, settled, now })).toEqual({ lambdaPerDay: 1, meanDaysToSettle: 23, projectedOpen: 23 });
  });

  test.each([
    ["no settled history", []],
    ["settled only long ago", [{ startedAt: daysAgo(300), settledAt: daysAgo(200) }]],
    ["settled in the future of now", [{ startedAt: daysAgo(3), settledAt: daysAgo(-1) }]],
  ])("null with %s", (_label, settled) => {
    expect(projectLoad({ createdAt: [daysAgo(1)], settled, now })).toBeNull();
  });

  test("no creations: projects zero", () => {
    expect(projectLoad({ createdAt: [], settled: [{ startedAt: daysAgo(5), settledAt: daysAgo(1) }], now })).toEqual({
      lambdaPerDay: 0,
      meanDaysToSettle: 4,
      projectedOpen: 0,
    });
  });
});

describe("describeLoadProjection", () => {
  test.each([
    [23, 7, "At this pace you will carry ~23 open threads; your capacity is 7."],
    [22.6, 7, "At this pace you will carry ~23 open threads; your capacity is 7."],
    [1.2, 5, "At this pace you will carry ~1 open thread; your capacity is 5."],
  ])("%s open, capacity %s", (projectedOpen, capacity, sentence) => {
    expect(describeLoadProjection({ lambdaPerDay: 1, meanDaysToSettle: projectedOpen, projectedOpen }, capacity)).toBe(sentence);
  });
});
