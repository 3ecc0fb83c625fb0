import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  DEFAULT_ENERGY_NEEDED,
  ENERGY_NEEDED_FLOOR,
  defaultEnergyNeeded,
  explainCostsTheOthers,
  rankByEnergyStillNeeded,
  resolveEnergyNeeded,
} from "@/lib/domain/forward-ranking";
import { CALLBACK_KINDS } from "@/lib/domain/kind-defaults";
import { rankByEvPerEnergy } from "@/lib/domain/value";

describe("energy still needed", () => {
  test.each([
    [3, 4, 3],
    [null, 4, 4],
    [undefined, 2, 2],
    [0, 4, ENERGY_NEEDED_FLOOR], // nothing left to do still takes a moment of attention
    [0.5, 4, ENERGY_NEEDED_FLOOR],
    [null, 0, ENERGY_NEEDED_FLOOR],
    [12.5, 4, 12.5],
  ])("estimate %s, kind default %s → %s points", (estimate, kindDefault, expected) => {
    expect(resolveEnergyNeeded(estimate, kindDefault)).toBe(expected);
  });

  test.each([
    [-1, 4],
    [Number.NaN, 4],
    [null, -2],
    [Number.POSITIVE_INFINITY, 4],
  ])("rejects estimate %s with default %s", (estimate, kindDefault) => {
    expect(() => resolveEnergyNeeded(estimate, kindDefault)).toThrow(expect.objectContaining({ code: "INVALID_NUMBER" }));
  });

  test("every built-in kind has a default at or above the floor; custom kinds use Other's", () => {
    for (const kind of CALLBACK_KINDS) expect(defaultEnergyNeeded(kind)).toBeGreaterThanOrEqual(ENERGY_NEEDED_FLOOR);
    expect(defaultEnergyNeeded("JOB_APPLICATION")).toBe(DEFAULT_ENERGY_NEEDED.JOB_APPLICATION);
    expect(defaultEnergyNeeded("grant_application")).toBe(DEFAULT_ENERGY_NEEDED.OTHER);
  });
});

describe("rankByEnergyStillNeeded", () => {
  const bets = [
    // EV 0.8, 4 still needed (kind default) → 0.2/pt
    { title: "Acme", probability: 0.1, payoff: 8, energyStillNeeded: null, defaultEnergyNeeded: 4, effort: 0 },
    // EV 2, 2 still needed → 1/pt, though 10 points were already spent on it
    { title: "Beta", probability: 0.5, payoff: 4, energyStillNeeded: 2, defaultEnergyNeeded: 1, effort: 10 },
    // EV 1.5, 3 still needed → 0.5/pt
    { title: "Gamma", probability: 0.3, payoff: 5, energyStillNeeded: 3, defaultEnergyNeeded: 2, effort: 1 },
  ];

  test("best EV per point still needed first, whatever was spent", () => {
    const ranked = rankByEnergyStillNeeded(bets);
    expect(ranked.map((bet) => [bet.title, bet.energyNeeded, bet.evPerEnergy])).toEqual([
      ["Beta", 2, 1],
      ["Gamma", 3, expect.closeTo(0.5, 12)],
      ["Acme", 4, expect.closeTo(0.2, 12)],
    ]);
    // opportunity cost: this bet's points spent on the best other one
    expect(ranked[0]!.opportunityCost).toBeCloseTo(2 * 0.5, 12);
    expect(ranked[2]!.opportunityCost).toBeCloseTo(4 * 1, 12);
    // other fields pass through
    expect(ranked[0]).toMatchObject({ effort: 10, energyStillNeeded: 2 });
  });

  test("the reported case: six points logged on the top bet no longer sink it", () => {
    const field = Array.from({ length: 9 }, (_, i) => ({
      title: `Bet ${i + 1}`,
      probability: 0.5 - i * 0.04,
      payoff: 6,
      energyStillNeeded: 2,
      defaultEnergyNeeded: 4,
      effort: 0,
    }));
    expect(rankByEnergyStillNeeded(field)[0]!.title).toBe("Bet 1");
    const afterLogging = field.map((bet, i) => (i === 0 ? { ...bet, effort: 6 } : bet));
    expect(rankByEnergyStillNeeded(afterLogging)[0]!.title).toBe("Bet 1");
    // the old ranking, dividing by effort spent, put it last
    const bySunk = rankByEvPerEnergy(afterLogging.map((bet) => ({ ...bet, energyNeeded: bet.effort })));
    expect(bySunk.at(-1)!.title).toBe("Bet 1");
  });

  const bet = fc.record({
    title: fc.string({ maxLength: 8 }),
    probability: fc.double({ min: 0, max: 1, noNaN: true }),
    payoff: fc.integer({ min: 1, max: 10 }),
    energyStillNeeded: fc.option(fc.double({ min: 0, max: 50, noNaN: true }), { nil: null }),
    defaultEnergyNeeded: fc.double({ min: 0, max: 10, noNaN: true }),
    effort: fc.double({ min: 0, max: 100, noNaN: true }),
  });

  test("property: logging effort (sunk) never changes the ranking", () => {
    fc.assert(
      fc.property(fc.array(bet, { maxLength: 20 }), fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { maxLength: 20 }), (bets, logged) => {
        const before = rankByEnergyStillNeeded(bets.map((b, index) => ({ ...b, index })));
        const after = rankByEnergyStillNeeded(bets.map((b, index) => ({ ...b, index, effort: b.effort + (logged[index] ?? 0) })));
        expect(after.map((b) => b.index)).toEqual(before.map((b) => b.index));
        expect(after.map((b) => b.evPerEnergy)).toEqual(before.map((b) => b.evPerEnergy));
        expect(after.map((b) => b.opportunityCost)).toEqual(before.map((b) => b.opportunityCost));
      }),
    );
  });

  test("property: more energy still needed never moves a bet up", () => {
    fc.assert(
      fc.property(fc.array(bet, { minLength: 1, maxLength: 12 }), fc.nat(), fc.double({ min: 0, max: 50, noNaN: true }), (bets, pick, extra) => {
        const index = pick % bets.length;
        const withIndex = bets.map((b, i) => ({ ...b, index: i }));
        const more = withIndex.map((b) => (b.index === index ? { ...b, energyStillNeeded: resolveEnergyNeeded(b.energyStillNeeded, b.defaultEnergyNeeded) + extra } : b));
        const position = (ranked: { index: number }[]) => ranked.findIndex((b) => b.index === index);
        expect(position(rankByEnergyStillNeeded(more))).toBeGreaterThanOrEqual(position(rankByEnergyStillNeeded(withIndex)));
      }),
    );
  });
});

describe("explainCostsTheOthers", () => {
  const ranked = rankByEnergyStillNeeded([
    { title: "Acme", probability: 0.8, payoff: 6, energyStillNeeded: 3, defaultEnergyNeeded: 4 }, // EV 4.8, 1.6/pt
    { title: "Beta", probability: 0.5, payoff: 4, energyStillNeeded: 2, defaultEnergyNeeded: 4 }, // EV 2, 1/pt
    { title: "Gamma", probability: 0.1, payoff: 5, energyStillNeeded: 1, defaultEnergyNeeded: 4 }, // EV 0.5, 0.5/pt
  ]);

  test.each([
    [
      0,
      "Giving “Acme” the 3 points it still needs costs the others about 3.0 in expected value — what those points would bring on “Beta”, your next best bet — against 4.8 from “Acme” itself.",
    ],
    [
      1,
      "Giving “Beta” the 2 points it still needs costs the others about 3.2 in expected value — what those points would bring on “Acme”, your best bet — against 2.0 from “Beta” itself.",
    ],
    [
      2,
      "Giving “Gamma” the 1 point it still needs costs the others about 1.6 in expected value — what that point would bring on “Acme”, your best bet — against 0.5 from “Gamma” itself.",
    ],
  ])("bet #%i", (index, sentence) => {
    expect(explainCostsTheOthers(ranked, index)).toBe(sentence);
  });

  test("a single bet costs the others nothing; out of range gives null", () => {
    const single = rankByEnergyStillNeeded([{ title: "Solo", probability: 0.5, payoff: 4, energyStillNeeded: null, defaultEnergyNeeded: 4 }]);
    expect(explainCostsTheOthers(single)).toBe("“Solo” is your only open bet, so its 4 points cost the others nothing.");
    expect(explainCostsTheOthers([], 0)).toBeNull();
    expect(explainCostsTheOthers(ranked, 3)).toBeNull();
  });
});
