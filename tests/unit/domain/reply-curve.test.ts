import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { PROBABILITY_FLOOR, applySilence, currentProbability } from "@/lib/domain/probability";
import {
  MIN_EVENTS_FOR_LEARNED_CURVE,
  MIN_TAIL_MEDIAN_DAYS,
  applySilenceWithModel,
  currentProbabilityWithModel,
  defaultReplyModel,
  describeReplySource,
  describeSilentYeses,
  firstLearnedReplyModel,
  replyModelFromCurve,
  replyModelFromObservations,
  replyModelSource,
  replyProbabilityWithinModel,
  replySurvival,
  silentYesShare,
  type LearnedReplyModel,
  type ReplyModel,
} from "@/lib/domain/reply-curve";
import { fitKaplanMeier, type SurvivalObservation } from "@/lib/domain/survival";
import { settledJobApplications } from "./fixtures/settled-job-applications";

const DAY = 86_400_000;
const event = (durationDays: number): SurvivalObservation => ({ durationDays, event: true });
const censored = (durationDays: number): SurvivalObservation => ({ durationDays, event: false });

function learned(model: ReplyModel): LearnedReplyModel {
  if (model.source !== "history") throw new Error("expected a learned model");
  return model;
}

describe("60 settled job applications, replies around 5 days (fixture)", () => {
  const applications = settledJobApplications();
  const curve = fitKaplanMeier(applications);
  const model = learned(replyModelFromCurve(curve, 14));

  test("the curve: 50 replies, 10 censored, median 5 days, last reply at 10 days", () => {
    expect(applications).toHaveLength(60);
    expect(curve).toMatchObject({ events: 50, censored: 10, medianDays: 5, lastEventDays: 10 });
    expect(model).toMatchObject({ source: "history", events: 50, censored: 10, medianDays: 5, curveMedianDays: 5, tailStartDays: 10, tailMedianDays: 5 });
    expect(model.tailStartSurvival).toBeCloseTo(1 / 6, 15);
  });

  test.each([
    [0, 1],
    [1.9, 1],
    [2, 55 / 60],
    [4.5, 40 / 60],
    [5, 28 / 60],
    [7, 16 / 60],
    [10, 10 / 60],
    // beyond the last reply: halving every 5 days (the median) from S(10) = 1/6
    [15, 1 / 12],
    [20, 1 / 24],
    [30, 1 / 96],
  ])("S(%s days) = %s", (t, s) => {
    expect(replySurvival(model, t)).toBeCloseTo(s, 12);
    expect(replyProbabilityWithinModel(model, t)).toBeCloseTo(1 - s, 12);
  });

  // P = p·S/(p·S + 1 − p) with p = 0.3
  test.each([
    [0, 0.3],
    [4.5, 0.2 / 0.9], // S = 2/3: 0.2/(0.2 + 0.7) = 2/9
    [7, 4 / 39], // S = 4/15: 0.08/(0.08 + 0.7)
    [15, 1 / 29], // S = 1/12: 0.025/(0.025 + 0.7)
  ])("a 30 %% application after %s days of silence: %s", (t, expected) => {
    expect(applySilenceWithModel(0.3, t, model)).toBeCloseTo(expected, 12);
  });

  test("after a week of silence the user's own curve says far less than the 14-day default", () => {
    expect(applySilenceWithModel(0.3, 7, model)).toBeCloseTo(0.1026, 4);
    expect(applySilence(0.3, 7, 14)).toBeCloseTo(0.2326, 4);
  });

  test("the UI says where F came from", () => {
    expect(replyModelSource(model)).toEqual({ source: "history", events: 50 });
    expect(describeReplySource(model, "job applications")).toBe("from 50 of your replies");
  });

  test("after 7 days of silence, 4 of the 15 eventual yeses had still not replied (27 %)", () => {
    const yesDays = applications.filter((a) => a.outcome === "FULFILLED").map((a) => a.durationDays);
    const result = silentYesShare(yesDays, 7);
    expect(result).toMatchObject({ afterDays: 7, yeses: 15, stillSilent: 4 });
    expect(result.share).toBeCloseTo(4 / 15, 15);
    expect(result.interval!.low).toBeLessThan(4 / 15);
    expect(result.interval!.high).toBeGreaterThan(4 / 15);
    expect(describeSilentYeses(result)).toBe("After 7 days of silence, 27 % of your eventual yeses had still not replied (4 of 15).");
  });
});

describe("choosing the source", () => {
  const replies = (count: number) => Array.from({ length: count }, (_, i) => event(1 + i));

  test.each([
    [0, "default"],
    [MIN_EVENTS_FOR_LEARNED_CURVE - 1, "default"],
    [MIN_EVENTS_FOR_LEARNED_CURVE, "history"],
    [20, "history"],
  ])("%i replies → %s", (count, source) => {
    const model = replyModelFromObservations([...replies(count), censored(40)], 14);
    expect(model.source).toBe(source);
    expect(model.events).toBe(count);
    expect(model.censored).toBe(1);
  });

  test("the default model says so, and keeps the counts for '3 of the 8 replies needed'", () => {
    const model = replyModelFromObservations(replies(3), 14);
    expect(model).toEqual({ source: "default", medianDays: 14, events: 3, censored: 0 });
    expect(replyModelSource(model)).toEqual({ source: "default" });
    expect(describeReplySource(model, "job applications")).toBe("default for job applications");
  });

  test("most specific learned curve first: kind and area, then kind, then the default", () => {
    const sparse = fitKaplanMeier(replies(3));
    const rich = fitKaplanMeier(replies(9));
    expect(firstLearnedReplyModel([sparse, rich], 14)).toMatchObject({ index: 1, model: { source: "history", events: 9 } });
    expect(firstLearnedReplyModel([rich, sparse], 14)).toMatchObject({ index: 0 });
    expect(firstLearnedReplyModel([sparse, sparse], 14)).toEqual({ index: -1, model: { source: "default", medianDays: 14, events: 3, censored: 0 } });
    expect(firstLearnedReplyModel([], 14)).toEqual({ index: -1, model: { source: "default", medianDays: 14, events: 0, censored: 0 } });
  });

  test("rejects a default median that is not > 0", () => {
    expect(() => replyModelFromObservations([], 0)).toThrow(expect.objectContaining({ code: "INVALID_DURATION" }));
  });
});

describe("the tail beyond the last reply", () => {
  test("a final drop to 0 (everyone left replied at once) is replaced by the tail", () => {
    // 1..8 days, no censoring: KM reaches 0 at day 8. Kept curve ends at day 7 with S = 1/8;
    // the KM median is 4 days (S(4) = 4/8), so the tail halves every 4 days from day 7.
    const model = learned(replyModelFromObservations([1, 2, 3, 4, 5, 6, 7, 8].map(event), 14));
    expect(model).toMatchObject({ tailStartDays: 7, tailStartSurvival: 1 / 8, tailMedianDays: 4, medianDays: 4 });
    expect(replySurvival(model, 8)).toBeCloseTo((1 / 8) * Math.pow(2, -1 / 4), 15);
    expect(replySurvival(model, 11)).toBeCloseTo(1 / 16, 15);
    expect(applySilenceWithModel(0.5, 30, model)).toBeGreaterThan(PROBABILITY_FLOOR);
  });

  test("a curve that never reaches 0.5: the tail is the exponential through S(t₀), and the median lies in it", () => {
    // 8 replies on days 1..8 among 48; 40 still silent at day 30. S(8) = 40/48 = 5/6.
    const model = learned(replyModelFromObservations([...[1, 2, 3, 4, 5, 6, 7, 8].map(event), ...Array.from({ length: 40 }, () => censored(30))], 14));
    const m = (8 * Math.LN2) / -Math.log(5 / 6);
    expect(model.curveMedianDays).toBeNull();
    expect(model.tailStartDays).toBe(8);
    expect(model.tailMedianDays).toBeCloseTo(m, 12);
    expect(model.medianDays).toBeCloseTo(m, 9);
    expect(replySurvival(model, model.medianDays)).toBeCloseTo(0.5, 12);
  });

  test("all replies at one time: a pure exponential with that median", () => {
    const model = learned(replyModelFromObservations(Array.from({ length: 8 }, () => event(3)), 14));
    expect(model).toMatchObject({ stepDays: [], tailStartDays: 0, tailStartSurvival: 1, tailMedianDays: 3, medianDays: 3 });
    expect(replySurvival(model, 6)).toBeCloseTo(0.25, 15);
  });

  test("replies at the contact itself: the tail median has a floor of one hour", () => {
    const model = learned(replyModelFromObservations(Array.from({ length: 8 }, () => event(0)), 14));
    expect(model.tailMedianDays).toBe(MIN_TAIL_MEDIAN_DAYS);
    expect(replySurvival(model, 1)).toBeGreaterThanOrEqual(0);
  });
});

describe("the default model is the existing exponential", () => {
  const probability = fc.double({ min: 0, max: 1, noNaN: true });
  const days = fc.double({ min: -5, max: 400, noNaN: true });
  const median = fc.double({ min: 0.1, max: 120, noNaN: true });

  test("property: applySilenceWithModel(default) === applySilence", () => {
    fc.assert(fc.property(probability, days, median, (p, t, m) => applySilenceWithModel(p, t, defaultReplyModel(m)) === applySilence(p, t, m)));
  });

  test("currentProbabilityWithModel agrees with currentProbability and reports the source", () => {
    const lastContactAt = new Date("2026-03-01T00:00:00Z");
    const now = new Date(lastContactAt.getTime() + 9 * DAY);
    const result = currentProbabilityWithModel({ explicit: 0.4, lastContactAt, now, model: defaultReplyModel(14) });
    expect(result.probability).toBe(currentProbability({ explicit: 0.4, lastContactAt, expectedReplyDays: 14, now }));
    expect(result.source).toEqual({ source: "default" });
  });

  test("currentProbabilityWithModel counts days from the last contact (learned model)", () => {
    const model = replyModelFromCurve(fitKaplanMeier(settledJobApplications()), 14);
    const lastContactAt = new Date("2026-03-01T12:00:00Z");
    const result = currentProbabilityWithModel({ explicit: 0.3, lastContactAt, now: new Date(lastContactAt.getTime() + 7 * DAY), model });
    expect(result.probability).toBeCloseTo(4 / 39, 12);
    expect(result.source).toEqual({ source: "history", events: 50 });
    const before = currentProbabilityWithModel({ explicit: 0.3, lastContactAt, now: new Date(lastContactAt.getTime() - DAY), model });
    expect(before.probability).toBe(0.3);
  });
});

const learnedObservations = fc
  .tuple(
    fc.array(fc.oneof(fc.integer({ min: 0, max: 30 }), fc.double({ min: 0, max: 30, noNaN: true })), { minLength: MIN_EVENTS_FOR_LEARNED_CURVE, maxLength: 60 }),
    fc.array(fc.double({ min: 0, max: 45, noNaN: true }), { maxLength: 30 }),
  )
  .map(([replies, silent]) => [...replies.map(event), ...silent.map(censored)]);

describe("learned models: properties", () => {
  test("S is in [0,1], non-increasing in t, and F → 1", () => {
    fc.assert(
      fc.property(learnedObservations, fc.double({ min: -1, max: 200, noNaN: true }), fc.double({ min: -1, max: 200, noNaN: true }), (input, a, b) => {
        const model = replyModelFromObservations(input, 14);
        const [early, late] = a <= b ? [a, b] : [b, a];
        const sEarly = replySurvival(model, early);
        const sLate = replySurvival(model, late);
        expect(sLate).toBeGreaterThanOrEqual(0);
        expect(sEarly).toBeLessThanOrEqual(1);
        expect(sLate).toBeLessThanOrEqual(sEarly);
        expect(replyProbabilityWithinModel(model, 1e6)).toBeCloseTo(1, 9);
      }),
    );
  });

  test("the model is the Kaplan–Meier curve up to t₀, positive at t₀, and continuous where the tail starts", () => {
    fc.assert(
      fc.property(learnedObservations, (input) => {
        const curve = fitKaplanMeier(input);
        const model = learned(replyModelFromCurve(curve, 14));
        for (const [i, t] of model.stepDays.entries()) {
          expect(model.stepSurvival[i]).toBe(curve.steps.find((step) => step.timeDays === t)!.survival);
        }
        expect(model.tailStartSurvival).toBeGreaterThan(0);
        expect(replySurvival(model, model.tailStartDays)).toBe(model.tailStartSurvival);
        expect(replySurvival(model, model.tailStartDays + 1e-9)).toBeCloseTo(model.tailStartSurvival, 6);
        expect(replySurvival(model, model.medianDays)).toBeLessThanOrEqual(0.5 + 1e-12);
      }),
    );
  });

  test("silence never raises a probability, is monotone in t, and changes nothing at t = 0", () => {
    fc.assert(
      fc.property(
        learnedObservations,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (input, p, a, b) => {
          const model = replyModelFromObservations(input, 14);
          const [early, late] = a <= b ? [a, b] : [b, a];
          expect(applySilenceWithModel(p, 0, model)).toBe(p);
          expect(applySilenceWithModel(p, early, model)).toBeLessThanOrEqual(p);
          expect(applySilenceWithModel(p, late, model)).toBeLessThanOrEqual(applySilenceWithModel(p, early, model));
          expect(applySilenceWithModel(p, late, model)).toBeGreaterThanOrEqual(Math.min(p, PROBABILITY_FLOOR));
        },
      ),
    );
  });
});

describe("silentYesShare", () => {
  test.each([
    [[], 7, 0, null],
    [[1, 2, 3], 7, 0, 0],
    [[1, 7, 8], 7, 1, 1 / 3], // exactly 7 days had replied by day 7
    [[10, 20], 0, 2, 1],
  ])("yes reply days %j after %s days → %i still silent (%s)", (days, after, stillSilent, share) => {
    const result = silentYesShare(days, after);
    expect(result.stillSilent).toBe(stillSilent);
    expect(result.share).toBe(share);
  });

  test("no yeses: a sentence that teaches", () => {
    expect(describeSilentYeses(silentYesShare([], 7))).toBe("No yeses yet: once callbacks are fulfilled, this shows how many of them were still silent after 7 days of silence.");
  });

  test.each([[-1], [Number.NaN]])("rejects %s days", (days) => {
    expect(() => silentYesShare([1], days)).toThrow(expect.objectContaining({ code: "INVALID_DURATION" }));
    expect(() => silentYesShare([days], 1)).toThrow(expect.objectContaining({ code: "INVALID_DURATION" }));
  });
});
