import { describe, expect, test } from "vitest";
import { generateSampleHistory } from "@/lib/domain/sample-history";

const NOW = new Date("2030-03-15T12:00:00.000Z");

describe("[first run] the generated sample history", () => {
  const history = generateSampleHistory(NOW);

  test("is the same for the same seed and clock", () => {
    expect(generateSampleHistory(NOW)).toEqual(history);
    expect(generateSampleHistory(NOW, { seed: 8 })).not.toEqual(history);
  });

  test("has bets of every kind, mostly settled, a few still open, nothing in the future", () => {
    expect(new Set(history.callbacks.map((bet) => bet.kind)).size).toBe(6);
    const settled = history.callbacks.filter((bet) => bet.outcome !== null);
    expect(settled.length / history.callbacks.length).toBeGreaterThan(0.5);
    expect(history.callbacks.some((bet) => bet.outcome === null)).toBe(true);
    for (const bet of history.callbacks) {
      expect(bet.startedAt.getTime()).toBeLessThan(NOW.getTime());
      expect(bet.timesOutAt.getTime()).toBeGreaterThanOrEqual(bet.expectedReplyBy.getTime());
      if (bet.outcome) {
        expect(bet.outcome.at.getTime()).toBeGreaterThan(bet.startedAt.getTime());
        expect(bet.outcome.at.getTime()).toBeLessThanOrEqual(NOW.getTime());
        expect(bet.outcome.forecast).toBeGreaterThan(0);
        expect(bet.outcome.forecast).toBeLessThan(1);
      } else {
        // An open bet has not timed out yet.
        expect(bet.timesOutAt.getTime()).toBeGreaterThan(NOW.getTime());
      }
    }
    expect(history.callbacks.some((bet) => bet.outcome?.state === "FULFILLED")).toBe(true);
    expect(history.callbacks.some((bet) => bet.outcome?.state === "REJECTED")).toBe(true);
  });

  test("logs effort in every area over the weeks, never after now, and only in areas that exist", () => {
    expect(new Set(history.effort.map((entry) => entry.areaIndex))).toEqual(new Set([0, 1, 2, 3, 4]));
    for (const entry of history.effort) {
      expect(entry.spentAt.getTime()).toBeLessThan(NOW.getTime());
      expect(entry.points).toBeGreaterThan(0);
    }
    const twoAreas = generateSampleHistory(NOW, { areaCount: 2 });
    expect(Math.max(...twoAreas.effort.map((entry) => entry.areaIndex))).toBeLessThan(2);
    expect(twoAreas.callbacks.every((bet) => bet.areaIndex === null || bet.areaIndex < 2)).toBe(true);
  });
});
