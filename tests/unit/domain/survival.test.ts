import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { DomainError } from "@/lib/domain/errors";
import { fitKaplanMeier, survivalAt, survivalChartPoints, thinChartPoints, type SurvivalObservation } from "@/lib/domain/survival";

const event = (durationDays: number): SurvivalObservation => ({ durationDays, event: true });
const censored = (durationDays: number): SurvivalObservation => ({ durationDays, event: false });

/**
 * The textbook example: remission times (weeks) of the 21 leukaemia patients on 6-mercaptopurine
 * in Freireich et al. (1963, Blood 21:699), "+" = censored (still in remission):
 * 6, 6, 6, 6+, 7, 9+, 10, 10+, 11+, 13, 16, 17+, 19+, 20+, 22, 23, 25+, 32+, 32+, 34+, 35+.
 * Worked in Kleinbaum & Klein, "Survival Analysis: A Self-Learning Text", ch. 2 (the KM table for
 * group 1: S = .8571, .8067, .7529, .6902, .6275, .5378, .4482), and in Klein & Moeschberger,
 * "Survival Analysis: Techniques for Censored and Truncated Data", 2nd ed., Table 4.1A (the same
 * product-limit estimates with Greenwood standard errors .0764, .0869, .0963, .1068, .1141,
 * .1282, .1346). The log-log 95 % limits are those R's survival::survfit prints for these data
 * with conf.type = "log-log" (as in the example of MASS's `gehan` data set), to 3 decimals.
 */
const SIX_MP: SurvivalObservation[] = [
  event(6), event(6), event(6), censored(6), event(7), censored(9), event(10), censored(10), censored(11), event(13), event(16),
  censored(17), censored(19), censored(20), event(22), event(23), censored(25), censored(32), censored(32), censored(34), censored(35),
];

describe("fitKaplanMeier: the 6-MP remission data (Freireich 1963)", () => {
  const curve = fitKaplanMeier(SIX_MP);
  const eventSteps = curve.steps.filter((step) => step.events > 0);

  test.each([
    // weeks, at risk, relapses, censored at that time, S(t), Greenwood SE, log-log lower, upper
    [6, 21, 3, 1, 0.8571, 0.0764, 0.62, 0.952],
    [7, 17, 1, 0, 0.8067, 0.0869, 0.563, 0.923],
    [10, 15, 1, 1, 0.7529, 0.0963, 0.503, 0.889],
    [13, 12, 1, 0, 0.6902, 0.1068, 0.432, 0.849],
    [16, 11, 1, 0, 0.6275, 0.1141, 0.368, 0.805],
    [22, 7, 1, 0, 0.5378, 0.1282, 0.268, 0.747],
    [23, 6, 1, 0, 0.4482, 0.1346, 0.188, 0.68],
  ])("week %i: %i at risk, %i relapses, %i censored → S %s (SE %s, 95 %% %s–%s)", (t, n, d, c, s, se, lower, upper) => {
    const step = eventSteps.find((candidate) => candidate.timeDays === t);
    expect(step).toBeDefined();
    expect(step).toMatchObject({ atRisk: n, events: d, censored: c });
    expect(step!.survival).toBeCloseTo(s, 4);
    expect(step!.standardError).toBeCloseTo(se, 4);
    expect(step!.variance).toBeCloseTo(step!.standardError ** 2, 15);
    expect(step!.lower).toBeCloseTo(lower, 3);
    expect(step!.upper).toBeCloseTo(upper, 3);
  });

  test("exact values behind the table: S is a product of fractions", () => {
    const factors = [18 / 21, 16 / 17, 14 / 15, 11 / 12, 10 / 11, 6 / 7, 5 / 6];
    let product = 1;
    const expected = factors.map((factor) => (product *= factor));
    eventSteps.forEach((step, i) => expect(step.survival).toBeCloseTo(expected[i]!, 14));
  });

  test("counts, median (23 weeks) and its 95 % interval (13 weeks to not reached)", () => {
    expect(curve).toMatchObject({ observations: 21, events: 9, censored: 12, lastEventDays: 23, medianDays: 23 });
    expect(curve.medianInterval).toEqual({ lower: 13, upper: null });
  });

  test("censor-only times are steps too (S unchanged), in time order, without events", () => {
    expect(curve.steps.map((step) => step.timeDays)).toEqual([6, 7, 9, 10, 11, 13, 16, 17, 19, 20, 22, 23, 25, 32, 34, 35]);
    const week9 = curve.steps.find((step) => step.timeDays === 9)!;
    expect(week9).toMatchObject({ atRisk: 16, events: 0, censored: 1 });
    expect(week9.survival).toBeCloseTo(0.8067, 4);
    expect(curve.steps.at(-1)).toMatchObject({ timeDays: 35, atRisk: 1, censored: 1 });
  });

  test.each([
    [-1, 1],
    [0, 1],
    [5.99, 1],
    [6, 18 / 21],
    [8, (18 / 21) * (16 / 17)],
    [23, 0.4482],
    [100, 0.4482],
  ])("S(%s weeks) = %s (right-continuous; flat after the last step)", (t, s) => {
    expect(survivalAt(curve, t).survival).toBeCloseTo(s, 4);
  });
});

describe("fitKaplanMeier: no censoring", () => {
  // The placebo arm of the same trial (Cox & Oakes 1984, Table 1.1): S(10) = 8/21 = .381, SE .106.
  const PLACEBO = [1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17, 22, 23].map(event);

  test("S(10) = 8/21 with SE √(S(1−S)/n), the binomial SE", () => {
    const curve = fitKaplanMeier(PLACEBO);
    const at10 = survivalAt(curve, 10);
    expect(at10.survival).toBeCloseTo(8 / 21, 12);
    const step = curve.steps.find((candidate) => candidate.timeDays === 8)!;
    expect(step.standardError).toBeCloseTo(0.106, 3);
    expect(step.standardError).toBeCloseTo(Math.sqrt(((8 / 21) * (13 / 21)) / 21), 12);
    expect(curve).toMatchObject({ events: 21, censored: 0, medianDays: 8 });
  });

  test("everyone replied: S ends at 0, with variance 0 and band [0,0]", () => {
    const curve = fitKaplanMeier(PLACEBO);
    expect(curve.steps.at(-1)).toMatchObject({ timeDays: 23, survival: 0, variance: 0, lower: 0, upper: 0 });
  });
});

describe("fitKaplanMeier: conventions and edges", () => {
  test("ties: replies come before censorings at the same time (the censored are at risk then)", () => {
    const curve = fitKaplanMeier([censored(2), event(2), event(3)]);
    expect(curve.steps[0]).toMatchObject({ timeDays: 2, atRisk: 3, events: 1, censored: 1 });
    expect(curve.steps[0]!.survival).toBeCloseTo(2 / 3, 15);
    expect(curve.steps[1]).toMatchObject({ timeDays: 3, atRisk: 1, events: 1, survival: 0 });
  });

  test("a reply at 0 days counts at 0", () => {
    const curve = fitKaplanMeier([event(0), censored(1)]);
    expect(survivalAt(curve, 0).survival).toBe(0.5);
  });

  test("empty input: no steps, S = 1 everywhere, no median", () => {
    const curve = fitKaplanMeier([]);
    expect(curve).toMatchObject({ steps: [], observations: 0, events: 0, censored: 0, medianDays: null, lastEventDays: null });
    expect(survivalAt(curve, 5)).toEqual({ timeDays: 5, survival: 1, lower: 1, upper: 1 });
  });

  test("only censored: S stays 1 with band [1,1]", () => {
    const curve = fitKaplanMeier([censored(3), censored(5)]);
    expect(curve.steps.every((step) => step.survival === 1 && step.lower === 1 && step.upper === 1)).toBe(true);
  });

  test("median exactly at 0.5 is the first time S reaches it", () => {
    expect(fitKaplanMeier([event(1), event(2), event(3), event(4)]).medianDays).toBe(2);
  });

  test.each([[-1], [Number.NaN], [Number.POSITIVE_INFINITY]])("rejects duration %s", (days) => {
    expect(() => fitKaplanMeier([event(days)])).toThrow(expect.objectContaining({ code: "INVALID_DURATION" }));
  });

  test("rejects a non-positive z", () => {
    expect(() => fitKaplanMeier([event(1)], 0)).toThrow(DomainError);
  });

  test("chart points start at (0, 1) and mark censorings", () => {
    const points = survivalChartPoints(fitKaplanMeier([event(2), censored(4)]));
    expect(points).toEqual([
      { timeDays: 0, survival: 1, lower: 1, upper: 1, hasCensoring: false },
      { timeDays: 2, survival: 0.5, lower: expect.any(Number), upper: expect.any(Number), hasCensoring: false },
      { timeDays: 4, survival: 0.5, lower: expect.any(Number), upper: expect.any(Number), hasCensoring: true },
    ]);
  });
});

const observation = fc.record({ durationDays: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.double({ min: 0, max: 40, noNaN: true })), event: fc.boolean() });
const observations = fc.array(observation, { maxLength: 80 });

describe("fitKaplanMeier: properties", () => {
  test("S is in [0,1] and non-increasing; the band is in [0,1] and contains S", () => {
    fc.assert(
      fc.property(observations, (input) => {
        const { steps } = fitKaplanMeier(input);
        let previous = 1;
        for (const step of steps) {
          expect(step.survival).toBeGreaterThanOrEqual(0);
          expect(step.survival).toBeLessThanOrEqual(previous);
          expect(step.lower).toBeGreaterThanOrEqual(0);
          expect(step.upper).toBeLessThanOrEqual(1);
          expect(step.lower).toBeLessThanOrEqual(step.survival + 1e-12);
          expect(step.upper).toBeGreaterThanOrEqual(step.survival - 1e-12);
          expect(step.variance).toBeGreaterThanOrEqual(0);
          previous = step.survival;
        }
      }),
    );
  });

  test("without censoring, S(t) equals the empirical survival #(T > t)/n", () => {
    const durations = fc.array(fc.oneof(fc.integer({ min: 0, max: 30 }), fc.double({ min: 0, max: 30, noNaN: true })), { minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(durations, fc.double({ min: -1, max: 35, noNaN: true }), (times, t) => {
        const curve = fitKaplanMeier(times.map(event));
        const empirical = times.filter((time) => time > t).length / times.length;
        expect(survivalAt(curve, t).survival).toBeCloseTo(empirical, 12);
      }),
    );
  });

  test("counts add up and the input order does not matter", () => {
    fc.assert(
      fc.property(observations, (input) => {
        const curve = fitKaplanMeier(input);
        const reversed = fitKaplanMeier([...input].reverse());
        expect(curve.events + curve.censored).toBe(input.length);
        expect(curve.events).toBe(input.filter((o) => o.event).length);
        expect(curve.steps.reduce((sum, step) => sum + step.events + step.censored, 0)).toBe(input.length);
        expect(reversed).toEqual(curve);
        // at risk = everyone not yet gone before this time
        let gone = 0;
        for (const step of curve.steps) {
          expect(step.atRisk).toBe(input.length - gone);
          gone += step.events + step.censored;
        }
      }),
    );
  });

  test("the median is the first reply time with S ≤ 0.5, inside its interval when both ends exist", () => {
    fc.assert(
      fc.property(observations, (input) => {
        const curve = fitKaplanMeier(input);
        if (curve.medianDays === null) {
          expect(curve.steps.every((step) => step.survival > 0.5)).toBe(true);
          return;
        }
        expect(survivalAt(curve, curve.medianDays).survival).toBeLessThanOrEqual(0.5);
        const at = curve.steps.findIndex((step) => step.timeDays === curve.medianDays);
        expect(curve.steps.slice(0, at).every((step) => step.survival > 0.5)).toBe(true);
        if (curve.medianInterval.lower !== null) expect(curve.medianInterval.lower).toBeLessThanOrEqual(curve.medianDays);
        if (curve.medianInterval.upper !== null) expect(curve.medianInterval.upper).toBeGreaterThanOrEqual(curve.medianDays);
      }),
    );
  });
});

describe("thinChartPoints", () => {
  const point = (timeDays: number, survival: number) => ({ timeDays, survival, lower: Math.max(0, survival - 0.05), upper: Math.min(1, survival + 0.05) });

  test("a short curve is kept whole", () => {
    const points = [point(0, 1), point(1, 0.5), point(2, 0.25)];
    expect(thinChartPoints(points, 10)).toEqual(points);
  });

  test("a long curve keeps its ends, stays within about twice the bound, and never strays further than a step from the full one", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 50, maxLength: 3000 }), (times) => {
        const events = times.map((t) => ({ durationDays: t, event: true }));
        const full = survivalChartPoints(fitKaplanMeier(events));
        const thin = thinChartPoints(full, 40);
        expect(thin[0]).toEqual(full[0]);
        expect(thin.at(-1)).toEqual(full.at(-1));
        expect(thin.length).toBeLessThanOrEqual(Math.min(full.length, 2 * 40 + 2));
        // Every dropped point is within 1/40 in survival of the kept point drawn before it.
        let k = 0;
        for (const p of full) {
          while (k + 1 < thin.length && thin[k + 1]!.timeDays <= p.timeDays) k += 1;
          expect(Math.abs(p.survival - thin[k]!.survival)).toBeLessThan(1 / 40 + 1e-12);
        }
      }),
      { numRuns: 50 },
    );
  });
});
