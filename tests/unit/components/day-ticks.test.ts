import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayTicks } from "@/components/charts/day-ticks";

describe("dayTicks", () => {
  it.each([
    [58.0891093518518, [0, 14, 28, 42, 56, 70]],
    [10.8324, [0, 3, 6, 9, 12]],
    [30, [0, 7, 14, 21, 28, 35]],
    [5, [0, 1, 2, 3, 4, 5]],
    [0, [0, 1]],
    [400, [0, 90, 180, 270, 360, 450]],
  ])("a curve ending after %s days gets the ticks %j", (max, expected) => {
    expect(dayTicks(max).ticks).toEqual(expected);
  });

  it("ticks are whole numbers, at most six, start at 0, and the last one covers the data", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 5000, noNaN: true }), (max) => {
        const { ticks, domainMax } = dayTicks(max);
        expect(ticks.length).toBeLessThanOrEqual(6);
        expect(ticks[0]).toBe(0);
        expect(ticks.every(Number.isInteger)).toBe(true);
        expect(domainMax).toBe(ticks[ticks.length - 1]);
        expect(domainMax).toBeGreaterThanOrEqual(max);
      }),
    );
  });
});
