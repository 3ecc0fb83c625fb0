import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  BUCKET_COUNT,
  baseRate,
  brierFromSum,
  brierScore,
  bucketCentre,
  bucketForecasts,
  bucketIndex,
  calibrationBuckets,
  brierMargin,
  describeBrier,
  outcomeOf,
  payoffBin,
  priorVsFinal,
  scoredStillNeeded,
  wilsonInterval,
} from "@/lib/domain/calibration";

describe("bucketIndex (round half up, 11 buckets centred on 0, 10, …, 100%)", () => {
  test.each([
    [0, 0],
    [0.0499, 0],
    [0.05, 1],
    [0.1, 1],
    [0.149, 1],
    [0.15, 2],
    [0.25, 3],
    [0.35, 4],
    [0.45, 5],
    [0.5, 5],
    [0.55, 6],
    [0.65, 7],
    [0.75, 8],
    [0.85, 9],
    [0.9499, 9],
    [0.95, 10],
    [1, 10],
    [0.15 * 1, 2],
    [0.7 - 0.05, 7], // 0.6499999999999999 in floats: still the 70% bucket (half up)
  ])("%s → bucket %i", (p, bucket) => {
    expect(bucketIndex(p)).toBe(bucket);
  });

  test("rejects probabilities outside [0,1]", () => {
    expect(() => bucketIndex(-0.01)).toThrow();
    expect(() => bucketIndex(1.01)).toThrow();
    expect(() => bucketIndex(Number.NaN)).toThrow();
  });

  test("a probability is never more than half a bucket (plus float noise) from its bucket's centre", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (p) => {
        const index = bucketIndex(p);
        expect(index).toBeGreaterThanOrEqual(0);
        expect(index).toBeLessThan(BUCKET_COUNT);
        expect(Math.abs(p - bucketCentre(index))).toBeLessThanOrEqual(0.05 + 1e-9);
      }),
    );
  });

  test("monotone in p", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(bucketIndex(lo)).toBeLessThanOrEqual(bucketIndex(hi));
      }),
    );
  });
});

describe("brierScore (PredictionBook's form: mean (p − o)², 0–1)", () => {
  test.each([
    [[], null],
    [[{ p: 1, outcome: 1 as const }], 0],
    [[{ p: 0, outcome: 1 as const }], 1],
    [[{ p: 0.5, outcome: 1 as const }, { p: 0.5, outcome: 0 as const }], 0.25],
    [[{ p: 0.8, outcome: 1 as const }, { p: 0.3, outcome: 0 as const }], (0.04 + 0.09) / 2],
    [[{ p: 0.9, outcome: 0 as const }], 0.81],
  ])("%j → %s", (forecasts, expected) => {
    const score = brierScore(forecasts);
    if (expected === null) expect(score).toBeNull();
    else expect(score).toBeCloseTo(expected, 12);
  });

  test("always saying 50% scores 0.25 whatever happens", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom<0 | 1>(0, 1), { minLength: 1, maxLength: 50 }), (outcomes) => {
        expect(brierScore(outcomes.map((outcome) => ({ p: 0.5, outcome })))).toBeCloseTo(0.25, 12);
      }),
    );
  });

  test("stays in [0,1] and agrees with the aggregate form", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ p: fc.double({ min: 0, max: 1, noNaN: true }), outcome: fc.constantFrom<0 | 1>(0, 1) }), { minLength: 1, maxLength: 50 }),
        (forecasts) => {
          const score = brierScore(forecasts)!;
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(1);
          const sum = forecasts.reduce((s, f) => s + (f.p - f.outcome) ** 2, 0);
          expect(brierFromSum(sum, forecasts.length)).toBeCloseTo(score, 12);
        },
      ),
    );
  });

  test("brierFromSum of nothing is null", () => {
    expect(brierFromSum(null, 0)).toBeNull();
    expect(brierFromSum(0, 0)).toBeNull();
  });
});

describe("wilsonInterval (95%, z = 1.96)", () => {
  test.each([
    // successes, trials, low, high (reference values from the closed form)
    [0, 10, 0, 0.2775],
    [10, 10, 0.7225, 1],
    [5, 10, 0.2366, 0.7634],
    [1, 1, 0.2065, 1],
    [0, 1, 0, 0.7935],
    [81, 263, 0.2553, 0.3662],
  ])("%i of %i → [%s, %s]", (successes, trials, low, high) => {
    const interval = wilsonInterval(successes, trials)!;
    expect(interval.low).toBeCloseTo(low, 3);
    expect(interval.high).toBeCloseTo(high, 3);
  });

  test("no trials → null; bad counts throw", () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(() => wilsonInterval(3, 2)).toThrow();
    expect(() => wilsonInterval(-1, 2)).toThrow();
    expect(() => wilsonInterval(0.5, 2)).toThrow();
  });

  test("contains the observed frequency and stays inside [0,1]", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.double({ min: 0, max: 1, noNaN: true }), (trials, f) => {
        const successes = Math.round(f * trials);
        const { low, high } = wilsonInterval(successes, trials)!;
        expect(low).toBeGreaterThanOrEqual(0);
        expect(high).toBeLessThanOrEqual(1);
        expect(low).toBeLessThanOrEqual(successes / trials + 1e-12);
        expect(high).toBeGreaterThanOrEqual(successes / trials - 1e-12);
      }),
    );
  });

  test("narrows as trials grow at the same frequency", () => {
    const small = wilsonInterval(3, 10)!;
    const large = wilsonInterval(300, 1000)!;
    expect(large.high - large.low).toBeLessThan(small.high - small.low);
  });
});

describe("calibration buckets", () => {
  test("all 11 buckets, empty ones with null frequency", () => {
    const buckets = calibrationBuckets([{ bucket: 3, count: 4, hits: 1, sumP: 1.2 }]);
    expect(buckets).toHaveLength(11);
    expect(buckets[0]).toMatchObject({ index: 0, centre: 0, count: 0, observed: null, interval: null, meanP: null });
    expect(buckets[3]).toMatchObject({ index: 3, count: 4, hits: 1, observed: 0.25 });
    expect(buckets[3]!.meanP).toBeCloseTo(0.3, 12);
    expect(buckets[3]!.interval).not.toBeNull();
  });

  test("bucketing forecasts keeps every forecast once", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ p: fc.double({ min: 0, max: 1, noNaN: true }), outcome: fc.constantFrom<0 | 1>(0, 1) }), { maxLength: 80 }),
        (forecasts) => {
          const buckets = bucketForecasts(forecasts);
          expect(buckets.reduce((s, b) => s + b.count, 0)).toBe(forecasts.length);
          expect(buckets.reduce((s, b) => s + b.hits, 0)).toBe(forecasts.filter((f) => f.outcome === 1).length);
        },
      ),
    );
  });
});

describe("outcomes, prior vs final, base rates", () => {
  test.each([
    ["FULFILLED", 1],
    ["REJECTED", 0],
    ["TIMED_OUT", 0],
    ["CANCELLED", null],
    ["PENDING", null],
  ] as const)("%s scores as %s", (state, outcome) => {
    expect(outcomeOf(state)).toBe(outcome);
  });

  test.each([
    [0.3, 0.2, "helped"],
    [0.2, 0.3, "hurt"],
    [0.2, 0.203, "no-change"],
  ] as const)("prior %s vs final %s → %s", (prior, final, verdict) => {
    expect(priorVsFinal(prior, final).verdict).toBe(verdict);
    expect(priorVsFinal(prior, final).improvement).toBeCloseTo(prior - final, 12);
  });

  test.each([
    [0, 0, null, 0.5],
    [3, 10, 0.3, 4 / 12],
    [10, 10, 1, 11 / 12],
  ])("base rate %i of %i: raw %s, smoothed %s", (fulfilled, settled, raw, smoothed) => {
    const rate = baseRate(fulfilled, settled);
    expect(rate.raw).toBe(raw);
    expect(rate.smoothed).toBeCloseTo(smoothed, 12);
  });

  test.each([
    [0, 5],
    [2, 3],
    [5, 0],
    [40, 0],
  ])("with %i scored, %i more are needed", (scored, needed) => {
    expect(scoredStillNeeded(scored)).toBe(needed);
  });

  test.each([
    [0, 5, "sharp and well calibrated"],
    [0.15, 200, "better than a coin flip"],
    [0.25, 20, "about as good as always saying 50%"],
    [0.4, 200, "worse than always saying 50%"],
    // The case: six bets are not evidence of being worse than a coin.
    [0.4, 6, "not yet distinguishable from always saying 50% (a small sample: 6 forecasts)"],
    [0.15, 20, "not yet distinguishable from always saying 50% (a small sample: 20 forecasts)"],
    [0, 1, "too few forecasts to judge yet (1 of the 5 needed)"],
    [0.4, 4, "too few forecasts to judge yet (4 of the 5 needed)"],
  ])("Brier %s over %i forecasts reads as %s", (brier, count, words) => {
    expect(describeBrier(brier, count)).toBe(words);
  });

  test("a verdict never flips against the evidence as the sample grows", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 5, max: 5000 }), (brier, count) => {
        const words = describeBrier(brier, count);
        if (words.startsWith("worse")) expect(brier).toBeGreaterThan(0.25);
        if (words.startsWith("better") || words.startsWith("sharp")) expect(brier).toBeLessThan(0.25);
        // More forecasts at the same score only narrow the margin.
        expect(brierMargin(brier, count * 2)).toBeLessThan(brierMargin(brier, count));
      }),
    );
  });

  test.each([
    [0, 0],
    [1, 1],
    [2.5, 2],
    [9.99, 9],
    [10, 10],
    [12, 10],
  ])("payoff %s falls in bin %i", (payoff, bin) => {
    expect(payoffBin(payoff)).toBe(bin);
  });
});
