import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  combineYesChances,
  describeOdds,
  oddsDeadlineForDay,
  portfolioOdds,
  portfolioOddsSeries,
  yesChanceBy,
  type OddsBet,
} from "@/lib/domain/portfolio-odds";
import { defaultReplyModel, replyModelFromObservations } from "@/lib/domain/reply-curve";
import { settledJobApplications } from "./fixtures/settled-job-applications";

const DAY = 86_400_000;
const NOW = new Date("2026-03-10T12:00:00Z");
const daysFromNow = (days: number) => new Date(NOW.getTime() + days * DAY);

function bet(overrides: Partial<OddsBet> & { silenceDays?: number } = {}): OddsBet {
  const { silenceDays = 0, ...rest } = overrides;
  return { areaId: "a", kind: "JOB_APPLICATION", probability: 0.5, lastContactAt: daysFromNow(-silenceDays), model: defaultReplyModel(14), ...rest };
}

describe("yesChanceBy: qᵢ = pᵢ · (Fᵢ(T) − Fᵢ(now)) / (1 − Fᵢ(now))", () => {
  const learned = replyModelFromObservations(settledJobApplications(), 14);

  test.each([
    // label, bet, days until T, q
    ["a fresh 50 % bet, one median ahead", bet(), 14, 0.5 * 0.5],
    ["40 %, median 7, 7 days silent, 7 more days", bet({ probability: 0.4, model: defaultReplyModel(7), silenceDays: 7 }), 7, 0.4 * (1 - 0.25 / 0.5)],
    ["two medians ahead", bet({ probability: 0.2 }), 28, 0.2 * 0.75],
    ["T is now", bet(), 0, 0],
    ["T before now", bet(), -3, 0],
    ["p = 0", bet({ probability: 0 }), 30, 0],
    ["p = 1, very long horizon", bet({ probability: 1 }), 14 * 60, 1 - Math.pow(2, -60)],
    // learned fixture curve: S(2) = 55/60, S(7) = 16/60 → q = 0.3 · (1 − 16/55)
    ["learned curve, 2 days silent, 5 more", bet({ probability: 0.3, model: learned, silenceDays: 2 }), 5, 0.3 * (1 - 16 / 55)],
    // beyond the last reply: S(10) = 1/6, S(15) = 1/12 → half of what is left arrives
    ["learned curve, in the tail", bet({ probability: 0.3, model: learned, silenceDays: 10 }), 5, 0.15],
  ])("%s", (_label, b, days, q) => {
    expect(yesChanceBy(b, NOW, daysFromNow(days))).toBeCloseTo(q, 12);
  });

  test("F(now) = 1 (nothing left to arrive) gives 0, not NaN", () => {
    // A median of a minute and 10 days of silence: 2^(−14400) underflows to exactly 0.
    const b = bet({ model: defaultReplyModel(1 / 1440), silenceDays: 10 });
    expect(yesChanceBy(b, NOW, daysFromNow(30))).toBe(0);
    expect(portfolioOdds([b], { now: NOW, by: daysFromNow(30) }).overall).toEqual({ pAtLeastOne: 0, expectedYes: 0, open: 1 });
  });

  test("the clock runs from the last contact, even one logged ahead of now", () => {
    // contact in 2 days: no silence yet, and by T only 12 days of it
    expect(yesChanceBy(bet({ silenceDays: -2 }), NOW, daysFromNow(14))).toBeCloseTo(0.5 * (1 - Math.pow(2, -12 / 14)), 12);
  });

  test("rejects a probability outside [0,1] and invalid dates", () => {
    expect(() => yesChanceBy(bet({ probability: 1.2 }), NOW, daysFromNow(1))).toThrow(expect.objectContaining({ code: "INVALID_PROBABILITY" }));
    expect(() => yesChanceBy(bet(), NOW, new Date(Number.NaN))).toThrow(expect.objectContaining({ code: "INVALID_DATE" }));
  });
});

describe("portfolioOdds: 1 − Π(1 − qᵢ), Σqᵢ, overall, per area and per kind", () => {
  // q = 0.25, 0.2, 0.15 (all: median 14, fresh, T = 14 days → F = 0.5)
  const bets = [
    bet({ areaId: "work", kind: "JOB_APPLICATION", probability: 0.5 }),
    bet({ areaId: "work", kind: "NETWORKING_MESSAGE", probability: 0.4 }),
    bet({ areaId: null, kind: "JOB_APPLICATION", probability: 0.3 }),
  ];
  const odds = portfolioOdds(bets, { now: NOW, by: daysFromNow(14) });

  test.each([
    ["overall", odds.overall, 1 - 0.75 * 0.8 * 0.85, 0.6, 3],
    ["area work", odds.byArea[0], 1 - 0.75 * 0.8, 0.45, 2],
    ["no area", odds.byArea[1], 0.15, 0.15, 1],
    ["job applications", odds.byKind[0], 1 - 0.75 * 0.85, 0.4, 2],
    ["networking", odds.byKind[1], 0.2, 0.2, 1],
  ])("%s", (_label, summary, pAtLeastOne, expectedYes, open) => {
    expect(summary!.pAtLeastOne).toBeCloseTo(pAtLeastOne, 12);
    expect(summary!.expectedYes).toBeCloseTo(expectedYes, 12);
    expect(summary!.open).toBe(open);
  });

  test("groups keep the order of first appearance and their keys", () => {
    expect(odds.byArea.map((group) => group.areaId)).toEqual(["work", null]);
    expect(odds.byKind.map((group) => group.kind)).toEqual(["JOB_APPLICATION", "NETWORKING_MESSAGE"]);
  });

  test("no open bets: 0 chance, 0 expected, no groups", () => {
    expect(portfolioOdds([], { now: NOW, by: daysFromNow(30) })).toEqual({ overall: { pAtLeastOne: 0, expectedYes: 0, open: 0 }, byArea: [], byKind: [] });
  });

  test("a sure yes makes 'at least one' exactly 1", () => {
    expect(combineYesChances([1, 0.2]).pAtLeastOne).toBe(1);
  });

  test("many small chances keep their precision (a plain 1 − Π(1 − q) is off by 2e-5 here)", () => {
    const summary = combineYesChances(Array.from({ length: 1000 }, () => 1e-12));
    // 1 − (1 − x)ⁿ = nx − n(n−1)/2 · x² + … with x = 1e-12, n = 1000
    const exact = 1e-9 - 499_500 * 1e-24;
    expect(Math.abs(summary.pAtLeastOne / exact - 1)).toBeLessThan(1e-12);
  });
});

describe("the issue's sentence", () => {
  test.each([
    [{ pAtLeastOne: 0.4712, expectedYes: 0.63, open: 8 }, "8 open job applications: 47 % chance of at least one yes by Jan 15; 0.6 expected."],
    [{ pAtLeastOne: 0.002, expectedYes: 0.002, open: 1 }, "1 open job application: <1 % chance of at least one yes by Jan 15; 0.0 expected."],
    [{ pAtLeastOne: 0.998, expectedYes: 6.2, open: 9 }, "9 open job applications: >99 % chance of at least one yes by Jan 15; 6.2 expected."],
    [{ pAtLeastOne: 0, expectedYes: 0, open: 0 }, "No open job applications, so nothing can come back by Jan 15."],
  ])("%j", (summary, sentence) => {
    expect(describeOdds(summary, { one: "job application", other: "job applications" }, "Jan 15")).toBe(sentence);
  });
});

describe("dates in the user's zone", () => {
  test.each([
    // by the end of Mar 29 = the start of Mar 30 in the zone (Berlin's clocks went forward on Mar 29)
    ["2026-03-29", "Europe/Berlin", "2026-03-29T22:00:00.000Z"],
    ["2026-03-29", "America/New_York", "2026-03-30T04:00:00.000Z"],
    ["2026-03-07", "America/New_York", "2026-03-08T05:00:00.000Z"],
    ["2026-01-15", "UTC", "2026-01-16T00:00:00.000Z"],
  ])("by %s in %s ends at %s", (dayKey, zone, instant) => {
    expect(oddsDeadlineForDay(dayKey, zone).toISOString()).toBe(instant);
  });

  test("rejects a malformed day or zone", () => {
    expect(() => oddsDeadlineForDay("2026-02-30", "UTC")).toThrow(expect.objectContaining({ code: "INVALID_DATE" }));
    expect(() => oddsDeadlineForDay("2026-02-03", "Mars/Base")).toThrow(expect.objectContaining({ code: "INVALID_TIME_ZONE" }));
  });

  test("the 90-day series: one point per local day from today, non-decreasing", () => {
    const series = portfolioOddsSeries([bet(), bet({ probability: 0.2, model: defaultReplyModel(3) })], { now: NOW, zone: "Europe/Berlin" });
    expect(series).toHaveLength(91);
    expect(series[0]!.dayKey).toBe("2026-03-10");
    expect(series[0]!.by.toISOString()).toBe("2026-03-10T23:00:00.000Z");
    expect(series[90]!.dayKey).toBe("2026-06-08");
    // after Berlin's DST switch the local midnight is 22:00 UTC
    expect(series.find((point) => point.dayKey === "2026-03-30")!.by.toISOString()).toBe("2026-03-30T22:00:00.000Z");
    for (let i = 1; i < series.length; i += 1) expect(series[i]!.pAtLeastOne).toBeGreaterThanOrEqual(series[i - 1]!.pAtLeastOne);
    const at30 = series[30]!;
    expect(at30.pAtLeastOne).toBeCloseTo(portfolioOdds([bet(), bet({ probability: 0.2, model: defaultReplyModel(3) })], { now: NOW, by: at30.by }).overall.pAtLeastOne, 15);
  });

  test("'today' is the user's day: 23:30 UTC is already tomorrow in Tokyo", () => {
    const lateEvening = new Date("2026-03-10T23:30:00Z");
    expect(portfolioOddsSeries([bet()], { now: lateEvening, zone: "UTC", days: 0 })[0]!.dayKey).toBe("2026-03-10");
    const tokyo = portfolioOddsSeries([bet()], { now: lateEvening, zone: "Asia/Tokyo", days: 0 });
    expect(tokyo).toHaveLength(1);
    expect(tokyo[0]!.dayKey).toBe("2026-03-11");
    expect(tokyo[0]!.by.toISOString()).toBe("2026-03-11T15:00:00.000Z");
  });

  test.each([[-1], [1.5], [10_000]])("rejects %s days", (days) => {
    expect(() => portfolioOddsSeries([], { now: NOW, zone: "UTC", days })).toThrow(expect.objectContaining({ code: "INVALID_DURATION" }));
  });
});

const arbitraryBet = fc.record({
  areaId: fc.constantFrom("a", "b", null),
  kind: fc.constantFrom("JOB_APPLICATION", "OTHER"),
  probability: fc.double({ min: 0, max: 1, noNaN: true }),
  silenceDays: fc.double({ min: 0, max: 60, noNaN: true }),
  median: fc.double({ min: 0.5, max: 60, noNaN: true }),
});
const toBet = (b: { areaId: string | null; kind: string; probability: number; silenceDays: number; median: number }): OddsBet =>
  bet({ areaId: b.areaId, kind: b.kind, probability: b.probability, silenceDays: b.silenceDays, model: defaultReplyModel(b.median) });
const horizon = fc.double({ min: 0, max: 120, noNaN: true });

describe("portfolio odds: properties", () => {
  test("every figure is in [0,1] (expected yeses in [0, open]); at least one ≥ the best single q and ≤ Σq", () => {
    fc.assert(
      fc.property(fc.array(arbitraryBet, { maxLength: 25 }), horizon, (raw, days) => {
        const bets = raw.map(toBet);
        const odds = portfolioOdds(bets, { now: NOW, by: daysFromNow(days) });
        const chances = bets.map((b) => yesChanceBy(b, NOW, daysFromNow(days)));
        for (const summary of [odds.overall, ...odds.byArea, ...odds.byKind]) {
          expect(summary.pAtLeastOne).toBeGreaterThanOrEqual(0);
          expect(summary.pAtLeastOne).toBeLessThanOrEqual(1);
          expect(summary.expectedYes).toBeLessThanOrEqual(summary.open);
        }
        for (const q of chances) expect(odds.overall.pAtLeastOne).toBeGreaterThanOrEqual(q - 1e-12);
        expect(odds.overall.pAtLeastOne).toBeLessThanOrEqual(odds.overall.expectedYes + 1e-12);
        expect(odds.overall.open).toBe(bets.length);
        expect(odds.byArea.reduce((sum, group) => sum + group.open, 0)).toBe(bets.length);
      }),
    );
  });

  test("monotone in T: a later date never lowers the chance or the expected yeses", () => {
    fc.assert(
      fc.property(fc.array(arbitraryBet, { maxLength: 15 }), horizon, horizon, (raw, a, b) => {
        const bets = raw.map(toBet);
        const [early, late] = a <= b ? [a, b] : [b, a];
        const before = portfolioOdds(bets, { now: NOW, by: daysFromNow(early) }).overall;
        const after = portfolioOdds(bets, { now: NOW, by: daysFromNow(late) }).overall;
        expect(after.pAtLeastOne).toBeGreaterThanOrEqual(before.pAtLeastOne);
        expect(after.expectedYes).toBeGreaterThanOrEqual(before.expectedYes - 1e-12);
      }),
    );
  });

  test("monotone in each pᵢ: raising one bet's probability never lowers the chance", () => {
    fc.assert(
      fc.property(fc.array(arbitraryBet, { minLength: 1, maxLength: 15 }), fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), horizon, (raw, pick, raised, days) => {
        const bets = raw.map(toBet);
        const index = pick % bets.length;
        const original = bets[index]!;
        if (raised < original.probability) return;
        const higher = bets.map((b, i) => (i === index ? { ...b, probability: raised } : b));
        const by = daysFromNow(days);
        expect(portfolioOdds(higher, { now: NOW, by }).overall.pAtLeastOne).toBeGreaterThanOrEqual(portfolioOdds(bets, { now: NOW, by }).overall.pAtLeastOne);
      }),
    );
  });

  test("one bet: the chance of at least one yes is its q, and so are the expected yeses", () => {
    fc.assert(
      fc.property(arbitraryBet, horizon, (raw, days) => {
        const single = toBet(raw);
        const by = daysFromNow(days);
        const q = yesChanceBy(single, NOW, by);
        const { overall } = portfolioOdds([single], { now: NOW, by });
        expect(overall.pAtLeastOne).toBeCloseTo(q, 14);
        expect(overall.expectedYes).toBe(q);
      }),
    );
  });

  test("the order of the bets does not change the overall figures", () => {
    fc.assert(
      fc.property(fc.array(arbitraryBet, { maxLength: 15 }), horizon, (raw, days) => {
        const bets = raw.map(toBet);
        const by = daysFromNow(days);
        const forward = portfolioOdds(bets, { now: NOW, by }).overall;
        const backward = portfolioOdds([...bets].reverse(), { now: NOW, by }).overall;
        expect(backward.pAtLeastOne).toBeCloseTo(forward.pAtLeastOne, 12);
        expect(backward.expectedYes).toBeCloseTo(forward.expectedYes, 12);
      }),
    );
  });
});
