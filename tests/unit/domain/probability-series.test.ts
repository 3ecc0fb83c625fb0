import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { type ProbabilityEvent, foldProbabilityEvents, probabilitySeries } from "@/lib/domain/probability-series";
import { applySilence, currentProbability } from "@/lib/domain/probability";

const DAY = 86_400_000;
const startedAt = new Date("2026-03-01T09:00:00Z");
const at = (days: number): Date => new Date(startedAt.getTime() + days * DAY);

describe("foldProbabilityEvents", () => {
  test.each<[string, ProbabilityEvent[], number, Date]>([
    ["no events", [], 0.2, startedAt],
    ["one LR", [{ at: at(2), type: "evidence", likelihoodRatio: 4 }], 0.5, at(2)],
    [
      "LR then set",
      [
        { at: at(2), type: "evidence", likelihoodRatio: 4 },
        { at: at(5), type: "set", probability: 0.7 },
      ],
      0.7,
      at(5),
    ],
    ["contact only restarts silence", [{ at: at(3), type: "contact" }], 0.2, at(3)],
    [
      "evidence that opts out of restarting silence",
      [{ at: at(3), type: "evidence", likelihoodRatio: 0.5, restartsSilence: false }],
      1 / 9,
      startedAt,
    ],
    [
      "unordered input is sorted",
      [
        { at: at(5), type: "set", probability: 0.7 },
        { at: at(2), type: "evidence", likelihoodRatio: 4 },
      ],
      0.7,
      at(5),
    ],
  ])("%s", (_label, events, explicit, silenceStartAt) => {
    const result = foldProbabilityEvents({ startedAt, prior: 0.2, events });
    expect(result.explicit).toBeCloseTo(explicit, 12);
    expect(result.silenceStartAt).toEqual(silenceStartAt);
  });

  test("asOf ignores later events", () => {
    const events: ProbabilityEvent[] = [{ at: at(10), type: "evidence", likelihoodRatio: 4 }];
    expect(foldProbabilityEvents({ startedAt, prior: 0.2, events, asOf: at(9) })).toEqual({
      explicit: 0.2,
      silenceStartAt: startedAt,
    });
  });
});

describe("probabilitySeries", () => {
  test("no events: the decay curve from start to now, ≤ 60 points, ends at now", () => {
    const points = probabilitySeries({ startedAt, prior: 0.3, events: [], expectedReplyDays: 3, now: at(6) });
    expect(points).toHaveLength(60);
    expect(points[0]).toEqual({ at: startedAt, probability: 0.3 });
    expect(points.at(-1)?.at).toEqual(at(6));
    expect(points.at(-1)?.probability).toBeCloseTo((0.3 * 0.25) / (0.3 * 0.25 + 0.7), 12);
  });

  test("evidence is a step: two points at the same instant", () => {
    const events: ProbabilityEvent[] = [{ at: at(2), type: "evidence", likelihoodRatio: 3 }];
    const points = probabilitySeries({ startedAt, prior: 0.5, events, expectedReplyDays: 14, now: at(4), maxPointsPerSegment: 5 });
    const atEvent = points.filter((point) => point.at.getTime() === at(2).getTime());
    expect(atEvent).toHaveLength(2);
    expect(atEvent[0]?.probability).toBeCloseTo(applySilence(0.5, 2, 14), 12);
    // The evidence restarts silence: right after it the shown value is the explicit one.
    expect(atEvent[1]?.probability).toBeCloseTo(0.75, 12);
    expect(points).toHaveLength(5 + 1 + 4);
  });

  test("a contact restarts the silence: the curve jumps back to the explicit probability", () => {
    const events: ProbabilityEvent[] = [{ at: at(6), type: "contact" }];
    const points = probabilitySeries({ startedAt, prior: 0.3, events, expectedReplyDays: 3, now: at(7), maxPointsPerSegment: 4 });
    const atContact = points.filter((point) => point.at.getTime() === at(6).getTime());
    expect(atContact.map((point) => point.probability)).toEqual([applySilence(0.3, 6, 3), 0.3]);
  });

  test.each<[string, Date | null, Date]>([
    ["settled before now stops at settlement", at(5), at(5)],
    ["settled after now stops at now", at(50), at(10)],
    ["not settled runs to now", null, at(10)],
  ])("%s", (_label, settledAt, end) => {
    const events: ProbabilityEvent[] = [{ at: at(8), type: "set", probability: 0.9 }];
    const points = probabilitySeries({ startedAt, prior: 0.2, events, expectedReplyDays: 14, now: at(10), settledAt });
    expect(points.at(-1)?.at).toEqual(end);
    expect(points.every((point) => point.at.getTime() <= end.getTime())).toBe(true);
  });

  test("now before start: a single point with the prior", () => {
    expect(probabilitySeries({ startedAt, prior: 0.2, events: [], expectedReplyDays: 14, now: at(-1) })).toEqual([
      { at: startedAt, probability: 0.2 },
    ]);
  });

  test("an event at the start is a step at the start", () => {
    const events: ProbabilityEvent[] = [{ at: startedAt, type: "evidence", likelihoodRatio: 4 }];
    const points = probabilitySeries({ startedAt, prior: 0.5, events, expectedReplyDays: 14, now: at(1), maxPointsPerSegment: 3 });
    expect(points.slice(0, 2)).toEqual([
      { at: startedAt, probability: 0.5 },
      { at: startedAt, probability: 0.8 },
    ]);
  });

  test("rejects fewer than 2 points per segment", () => {
    expect(() =>
      probabilitySeries({ startedAt, prior: 0.5, events: [], expectedReplyDays: 14, now: at(1), maxPointsPerSegment: 1 }),
    ).toThrow(expect.objectContaining({ code: "INVALID_NUMBER" }));
  });

  const eventArb: fc.Arbitrary<ProbabilityEvent> = fc.oneof(
    fc.record({
      at: fc.integer({ min: 0, max: 60 }).map(at),
      type: fc.constant("evidence" as const),
      likelihoodRatio: fc.double({ min: 0.1, max: 10, noNaN: true }),
    }),
    fc.record({
      at: fc.integer({ min: 0, max: 60 }).map(at),
      type: fc.constant("set" as const),
      probability: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
    fc.record({ at: fc.integer({ min: 0, max: 60 }).map(at), type: fc.constant("contact" as const) }),
  );

  test("property: times are ordered, values in (0,1), ≤ 60 samples per segment, last point = currentProbability", () => {
    fc.assert(
      fc.property(
        fc.array(eventArb, { maxLength: 8 }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.integer({ min: 1, max: 90 }),
        (events, prior, nowDays) => {
          const now = at(nowDays);
          const points = probabilitySeries({ startedAt, prior, events, expectedReplyDays: 7, now });
          for (let i = 1; i < points.length; i += 1) {
            expect(points[i]!.at.getTime()).toBeGreaterThanOrEqual(points[i - 1]!.at.getTime());
          }
          for (const point of points) {
            expect(point.probability).toBeGreaterThan(0);
            expect(point.probability).toBeLessThan(1);
          }
          const inRange = events.filter((event) => event.at.getTime() <= now.getTime()).length;
          expect(points.length).toBeLessThanOrEqual(60 * (inRange + 1) + inRange);
          const { explicit, silenceStartAt } = foldProbabilityEvents({ startedAt, prior, events, asOf: now });
          const expected = currentProbability({ explicit, lastContactAt: silenceStartAt, expectedReplyDays: 7, now });
          expect(points.at(-1)?.at).toEqual(now);
          expect(points.at(-1)?.probability).toBe(expected);
        },
      ),
    );
  });
});
