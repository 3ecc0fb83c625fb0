import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { CALLBACK_STATES, type CallbackState } from "@/lib/domain/callback-state";
import { PRIOR_SHRINKAGE, countOutcomes, shrunkBaseRate, smoothedBaseRate, suggestPrior, suggestPriorFromCounts } from "@/lib/domain/base-rate";

const repeat = (state: CallbackState, times: number): CallbackState[] => Array.from({ length: times }, () => state);

describe("smoothedBaseRate", () => {
  test.each([
    [0, 0, 0.5],
    [1, 1, 2 / 3],
    [0, 10, 1 / 12],
    [3, 10, 4 / 12],
  ])("(%s + 1)/(%s + 2) = %s", (fulfilled, settled, rate) => {
    expect(smoothedBaseRate(fulfilled, settled)).toBeCloseTo(rate, 12);
  });

  test.each([
    [2, 1],
    [-1, 3],
    [0.5, 2],
  ])("rejects fulfilled %s of settled %s", (fulfilled, settled) => {
    expect(() => smoothedBaseRate(fulfilled, settled)).toThrow(expect.objectContaining({ code: "INVALID_NUMBER" }));
  });
});

describe("shrunkBaseRate (k = 4, toward the kind default)", () => {
  test.each([
    [0, 0, 0.1, 0.1],
    [0, 1, 0.1, 0.08],
    [1, 1, 0.1, 0.28],
    [0, 4, 0.5, 0.25],
    [10, 10, 0.2, 10.8 / 14],
    [3, 6, 0.3, 4.2 / 10],
  ])("fulfilled %s of %s settled, default %s → %s", (fulfilled, settled, defaultPrior, expected) => {
    expect(shrunkBaseRate(fulfilled, settled, defaultPrior)).toBeCloseTo(expected, 12);
  });

  test("k is 4", () => {
    expect(PRIOR_SHRINKAGE).toBe(4);
  });

  test.each([
    [2, 1],
    [-1, 3],
    [0.5, 2],
  ])("rejects fulfilled %s of settled %s", (fulfilled, settled) => {
    expect(() => shrunkBaseRate(fulfilled, settled, 0.1)).toThrow(expect.objectContaining({ code: "INVALID_NUMBER" }));
  });
});

describe("countOutcomes", () => {
  test("timed out counts as settled (a no); pending and cancelled don't count", () => {
    expect(countOutcomes(["FULFILLED", "REJECTED", "TIMED_OUT", "PENDING", "CANCELLED"])).toEqual({
      fulfilled: 1,
      settled: 3,
    });
  });
});

describe("suggestPrior", () => {
  test.each<[string, CallbackState[], number, { prior: number; source: string; settledCount: number }]>([
    ["no history → kind default", [], 0.1, { prior: 0.1, source: "default", settledCount: 0 }],
    ["only pending/cancelled → default", ["PENDING", "CANCELLED"], 0.3, { prior: 0.3, source: "default", settledCount: 0 }],
    ["one fulfilled: (1 + 0.4)/5", ["FULFILLED"], 0.1, { prior: 1.4 / 5, source: "history", settledCount: 1 }],
    ["one rejected lowers the 10 % default to 8 % (not 33 %)", ["REJECTED"], 0.1, { prior: 0.4 / 5, source: "history", settledCount: 1 }],
    [
      "2 of 10",
      [...repeat("FULFILLED", 2), ...repeat("REJECTED", 5), ...repeat("TIMED_OUT", 3)],
      0.1,
      { prior: 2.4 / 14, source: "history", settledCount: 10 },
    ],
    ["all 500 rejected clamps to 1%", repeat("REJECTED", 500), 0.1, { prior: 0.01, source: "history", settledCount: 500 }],
    ["all 500 fulfilled clamps to 99%", repeat("FULFILLED", 500), 0.1, { prior: 0.99, source: "history", settledCount: 500 }],
  ])("%s", (_label, states, defaultPrior, expected) => {
    const suggestion = suggestPrior({ states, defaultPrior });
    expect(suggestion.source).toBe(expected.source);
    expect(suggestion.settledCount).toBe(expected.settledCount);
    expect(suggestion.prior).toBeCloseTo(expected.prior, 12);
  });

  test("property: a rejection (or a time-out) never raises the suggestion; a fulfilment never lowers it", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 1, max: 99 }),
        (fulfilled, failed, defaultPercent) => {
          const defaultPrior = defaultPercent / 100;
          const settled = fulfilled + failed;
          const before = suggestPriorFromCounts({ fulfilled, settled, defaultPrior }).prior;
          const afterNo = suggestPriorFromCounts({ fulfilled, settled: settled + 1, defaultPrior }).prior;
          const afterYes = suggestPriorFromCounts({ fulfilled: fulfilled + 1, settled: settled + 1, defaultPrior }).prior;
          return afterNo <= before + 1e-12 && afterYes >= before - 1e-12;
        },
      ),
      { numRuns: 2000 },
    );
  });

  test("rejects an invalid default prior", () => {
    expect(() => suggestPrior({ states: [], defaultPrior: 0 })).toThrow(expect.objectContaining({ code: "INVALID_PRIOR" }));
  });

  test("property: the suggestion is always a valid prior", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CALLBACK_STATES), { maxLength: 300 }), (states) => {
        const { prior } = suggestPrior({ states, defaultPrior: 0.2 });
        return prior >= 0.01 && prior <= 0.99;
      }),
    );
  });
});
