import { describe, expect, test } from "vitest";
import fc from "fast-check";
import {
  EVIDENCE_PRESETS,
  PROBABILITY_CEIL,
  PROBABILITY_FLOOR,
  applyLikelihoodRatio,
  applySilence,
  assertPrior,
  clampProbability,
  currentProbability,
  fromOdds,
  replyProbabilityWithin,
  setProbability,
  toOdds,
} from "@/lib/domain/probability";
import { DomainError } from "@/lib/domain/errors";

const DAY = 86_400_000;
const probability = fc.double({ min: 0.001, max: 0.999, noNaN: true });
const openProbability = fc.double({ min: Number.EPSILON, max: 1 - Number.EPSILON, noNaN: true });
const moderateLr = fc.double({ min: 0.25, max: 4, noNaN: true });
const days = fc.double({ min: 0, max: 400, noNaN: true });
const median = fc.double({ min: 0.1, max: 120, noNaN: true });

describe("odds", () => {
  test.each([
    [0, 0],
    [0.5, 1],
    [0.75, 3],
    [0.2, 0.25],
    [1, Number.POSITIVE_INFINITY],
  ])("toOdds(%s) = %s", (p, odds) => {
    expect(toOdds(p)).toBeCloseTo(odds, 12);
    expect(fromOdds(odds)).toBeCloseTo(p, 12);
  });

  test.each([[-0.1], [1.1], [Number.NaN]])("toOdds(%s) throws", (p) => {
    expect(() => toOdds(p)).toThrow(DomainError);
  });

  test("fromOdds rejects negative odds", () => {
    expect(() => fromOdds(-1)).toThrow(DomainError);
  });
});

describe("assertPrior", () => {
  test.each([[0.01], [0.5], [0.99]])("accepts %s", (p) => {
    expect(() => assertPrior(p)).not.toThrow();
  });
  test.each([[0], [0.009], [0.991], [1], [Number.NaN], [Number.POSITIVE_INFINITY]])("rejects %s", (p) => {
    expect(() => assertPrior(p)).toThrow(expect.objectContaining({ code: "INVALID_PRIOR" }));
  });
});

describe("applyLikelihoodRatio", () => {
  test.each([
    [0.5, 3, 0.75],
    [0.1, 4, 4 / 13],
    [0.2, 2, 1 / 3],
    [0.5, 0.3, 0.3 / 1.3],
    [0.5, 1, 0.5],
    [0.999, 1000, PROBABILITY_CEIL],
    [0.001, 0.001, PROBABILITY_FLOOR],
    [1, 2, PROBABILITY_CEIL],
    [0, 2, PROBABILITY_FLOOR],
  ])("p %s × LR %s → %s", (p, lr, expected) => {
    expect(applyLikelihoodRatio(p, lr)).toBeCloseTo(expected, 12);
  });

  test.each([[0], [-1], [Number.NaN], [Number.POSITIVE_INFINITY]])("LR %s throws", (lr) => {
    expect(() => applyLikelihoodRatio(0.5, lr)).toThrow(expect.objectContaining({ code: "INVALID_LIKELIHOOD_RATIO" }));
  });

  test("the presets of DESIGN.md", () => {
    expect(EVIDENCE_PRESETS.map((preset) => [preset.label, preset.likelihoodRatio])).toEqual([
      ["Replied with interest", 3],
      ["Interview scheduled", 4],
      ["Passed a round", 2],
      ["Polite brush-off", 0.3],
    ]);
  });

  test("property: an LR of 1 changes nothing", () => {
    fc.assert(fc.property(probability, (p) => applyLikelihoodRatio(p, 1) === p));
  });

  test("property: two LR updates commute (away from the clamp)", () => {
    const p = fc.double({ min: 0.05, max: 0.95, noNaN: true });
    fc.assert(
      fc.property(p, moderateLr, moderateLr, (p0, a, b) => {
        const ab = applyLikelihoodRatio(applyLikelihoodRatio(p0, a), b);
        const ba = applyLikelihoodRatio(applyLikelihoodRatio(p0, b), a);
        expect(ab).toBeCloseTo(ba, 12);
      }),
    );
  });

  test("property: LR then 1/LR returns the original", () => {
    const p = fc.double({ min: 0.01, max: 0.99, noNaN: true });
    const lr = fc.double({ min: 0.1, max: 10, noNaN: true });
    fc.assert(
      fc.property(p, lr, (p0, ratio) => {
        expect(applyLikelihoodRatio(applyLikelihoodRatio(p0, ratio), 1 / ratio)).toBeCloseTo(p0, 12);
      }),
    );
  });

  test("property: result stays in [0.001, 0.999] and moves with the LR", () => {
    const anyLr = fc.double({ min: 1e-9, max: 1e9, noNaN: true });
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), anyLr, (p0, ratio) => {
        const posterior = applyLikelihoodRatio(p0, ratio);
        expect(posterior).toBeGreaterThanOrEqual(PROBABILITY_FLOOR);
        expect(posterior).toBeLessThanOrEqual(PROBABILITY_CEIL);
        if (ratio > 1) expect(posterior).toBeGreaterThanOrEqual(clampProbability(p0) - 1e-15);
        if (ratio < 1) expect(posterior).toBeLessThanOrEqual(clampProbability(p0) + 1e-15);
      }),
    );
  });
});

describe("setProbability", () => {
  test.each([
    [0.4, 0.4],
    [0, PROBABILITY_FLOOR],
    [1, PROBABILITY_CEIL],
  ])("set %s → %s", (p, expected) => {
    expect(setProbability(p)).toBe(expected);
  });
  test("rejects out-of-range", () => {
    expect(() => setProbability(1.5)).toThrow(expect.objectContaining({ code: "INVALID_PROBABILITY" }));
  });
});

describe("silence decay", () => {
  test.each([
    [0, 14, 0],
    [14, 14, 0.5],
    [28, 14, 0.75],
    [3, 3, 0.5],
    [-5, 14, 0],
  ])("F(%s days | median %s) = %s", (t, m, f) => {
    expect(replyProbabilityWithin(t, m)).toBeCloseTo(f, 12);
  });

  // p(1−F)/(p(1−F) + 1 − p)
  test.each([
    [0.5, 14, 14, 0.25 / 0.75],
    [0.1, 14, 14, 0.05 / 0.95],
    [0.3, 3, 6, (0.3 * 0.25) / (0.3 * 0.25 + 0.7)],
    [0.8, 14, 0, 0.8],
    [0.8, 14, -3, 0.8],
    [0.1, 14, 14 * 2000, PROBABILITY_FLOOR],
    [0.0005, 14, 100, 0.0005],
    [0, 14, 10, 0],
    [1, 14, 10, 1],
  ])("p %s, median %s, silence %s days → %s", (p, m, t, expected) => {
    expect(applySilence(p, t, m)).toBeCloseTo(expected, 12);
  });

  test.each([[0], [-1], [Number.NaN]])("median %s throws", (m) => {
    expect(() => applySilence(0.5, 1, m)).toThrow(expect.objectContaining({ code: "INVALID_DURATION" }));
  });

  test("property: decay at t = 0 returns the input exactly", () => {
    fc.assert(fc.property(openProbability, median, (p, m) => applySilence(p, 0, m) === p));
  });

  test("property: silence never raises a probability", () => {
    fc.assert(fc.property(openProbability, days, median, (p, t, m) => applySilence(p, t, m) <= p));
  });

  test("property: decay is monotone non-increasing in t", () => {
    fc.assert(
      fc.property(openProbability, days, days, median, (p, a, b, m) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(applySilence(p, late, m)).toBeLessThanOrEqual(applySilence(p, early, m));
      }),
    );
  });

  test("property: probability stays in (0,1)", () => {
    const anyDays = fc.double({ min: -10, max: 1e7, noNaN: true });
    fc.assert(
      fc.property(openProbability, anyDays, median, (p, t, m) => {
        const decayed = applySilence(p, t, m);
        return decayed > 0 && decayed < 1;
      }),
    );
  });

  test("property: matches the DESIGN.md formula", () => {
    fc.assert(
      fc.property(probability, fc.double({ min: 0, max: 60, noNaN: true }), median, (p, t, m) => {
        const f = 1 - Math.pow(2, -t / m);
        const expected = (p * (1 - f)) / (p * (1 - f) + 1 - p);
        expect(applySilence(p, t, m)).toBeCloseTo(Math.max(expected, Math.min(p, PROBABILITY_FLOOR)), 9);
      }),
    );
  });
});

describe("currentProbability", () => {
  const lastContactAt = new Date("2026-03-01T00:00:00Z");
  test.each([
    ["no time passed", 0, 0.4],
    ["one median of silence", 14, (0.4 * 0.5) / (0.4 * 0.5 + 0.6)],
    ["now before the last contact counts as no silence", -3, 0.4],
  ])("%s", (_label, elapsedDays, expected) => {
    const now = new Date(lastContactAt.getTime() + elapsedDays * DAY);
    expect(currentProbability({ explicit: 0.4, lastContactAt, expectedReplyDays: 14, now })).toBeCloseTo(expected, 12);
  });
});
