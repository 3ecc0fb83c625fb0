import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { evPerEnergy, expectedValue, rankByEvPerEnergy } from "@/lib/domain/value";

describe("expectedValue", () => {
  test.each([
    [0.5, 10, 5],
    [0.1, 8, 0.8],
    [0, 10, 0],
    [1, 3, 3],
  ])("%s × %s = %s", (p, payoff, ev) => {
    expect(expectedValue(p, payoff)).toBeCloseTo(ev, 12);
  });

  test.each([
    [1.2, 5],
    [0.5, -1],
    [0.5, Number.NaN],
  ])("rejects p %s, payoff %s", (p, payoff) => {
    expect(() => expectedValue(p, payoff)).toThrow();
  });
});

describe("evPerEnergy", () => {
  test.each([
    [0.5, 10, 5, 1],
    [0.5, 10, 1, 5],
    [0.5, 10, 0, 5],
    [0.5, 10, -3, 5],
    [0.5, 10, 0.5, 5],
    [0.2, 5, 2, 0.5],
  ])("p %s, payoff %s, energy %s → %s", (p, payoff, energy, expected) => {
    expect(evPerEnergy(p, payoff, energy)).toBeCloseTo(expected, 12);
  });

  test("property: more energy needed never raises EV per energy", () => {
    const energy = fc.double({ min: -5, max: 100, noNaN: true });
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 10 }), energy, energy, (p, payoff, a, b) => {
        const [less, more] = a <= b ? [a, b] : [b, a];
        expect(evPerEnergy(p, payoff, more)).toBeLessThanOrEqual(evPerEnergy(p, payoff, less));
      }),
    );
  });
});

describe("rankByEvPerEnergy", () => {
  test("best first, with opportunity cost against the best other bet", () => {
    const ranked = rankByEvPerEnergy([
      { id: "a", probability: 0.1, payoff: 8, energyNeeded: 4 }, // EV 0.8, 0.2/pt
      { id: "b", probability: 0.5, payoff: 4, energyNeeded: 2 }, // EV 2, 1/pt
      { id: "c", probability: 0.3, payoff: 5, energyNeeded: 3 }, // EV 1.5, 0.5/pt
    ]);
    expect(ranked.map((bet) => bet.id)).toEqual(["b", "c", "a"]);
    expect(ranked[0]).toMatchObject({ expectedValue: 2, evPerEnergy: 1 });
    expect(ranked[0]?.opportunityCost).toBeCloseTo(2 * 0.5, 12);
    expect(ranked[1]?.opportunityCost).toBeCloseTo(3 * 1, 12);
    expect(ranked[2]?.opportunityCost).toBeCloseTo(4 * 1, 12);
  });

  test("ties: higher EV first, then input order", () => {
    const ranked = rankByEvPerEnergy([
      { id: "small", probability: 0.5, payoff: 2, energyNeeded: 1 },
      { id: "big", probability: 0.5, payoff: 4, energyNeeded: 2 },
      { id: "small2", probability: 0.5, payoff: 2, energyNeeded: 1 },
    ]);
    expect(ranked.map((bet) => bet.id)).toEqual(["big", "small", "small2"]);
  });

  test.each([[[]], [[{ probability: 0.5, payoff: 2, energyNeeded: 1 }]]])("edge case %j", (bets) => {
    const ranked = rankByEvPerEnergy(bets);
    expect(ranked).toHaveLength(bets.length);
    if (ranked[0]) expect(ranked[0].opportunityCost).toBe(0);
  });
});
