import { describe, expect, test } from "vitest";
import { reflectionHints } from "@/components/review/prompts";
import { hitRate, powerLawFromValues, type WeekFigures } from "@/lib/domain/review";

function figures(overrides: Partial<WeekFigures> = {}): WeekFigures {
  return {
    version: 1,
    week: "2026-03-23",
    timeZone: "UTC",
    start: "",
    end: "",
    computedAt: "",
    started: 0,
    settled: { fulfilled: 0, rejected: 0, timedOut: 0, cancelled: 0 },
    hitRate: hitRate(0, 0, 0),
    brier: { week: null, weekCount: 0, running: null, runningCount: 0 },
    allocation: [],
    effortPoints: 0,
    load: { capacity: 7, points: [] },
    commitments: { kept: [], broken: [], overrides: { count: 0, items: [] } },
    payoffs: { top: [], law: powerLawFromValues([]) },
    ...overrides,
  };
}

const area = (name: string, targetPct: number, actualPct: number) => ({ id: name, name, color: "#000", targetPct, points: actualPct, actualPct, driftPp: actualPct - targetPct });

describe("reflection hints", () => {
  test("a quiet week gives no hints", () => {
    expect(reflectionHints(figures())).toEqual({});
  });

  test("timeouts, the best payoff and the most under-target area", () => {
    const hints = reflectionHints(
      figures({
        settled: { fulfilled: 1, rejected: 0, timedOut: 2, cancelled: 0 },
        effortPoints: 10,
        allocation: [area("Health", 25, 10), area("Networking", 20, 60), area("Exploration", 55, 30)],
        payoffs: { top: [{ id: "x", title: "Offer from Acme", value: 9 }], law: powerLawFromValues([9]) },
      }),
    );
    expect(hints).toEqual({
      stopDoing: "2 bets timed out in silence this week.",
      doubleDown: "“Offer from Acme” produced the most value (9).",
      blockOn: "Exploration is 25 pp under target.",
    });
  });

  test("without timeouts, the most over-target area is the thing to stop", () => {
    const hints = reflectionHints(figures({ effortPoints: 10, allocation: [area("Health", 25, 5), area("Networking", 20, 95)] }));
    expect(hints.stopDoing).toBe("Networking is 75 pp over target.");
  });
});
