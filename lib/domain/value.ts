import { DomainError, assertFinite } from "./errors";
import { assertProbability } from "./probability";

/** Expected value p × payoff: `p` a probability in [0,1], `payoff` ≥ 0 (1–10 by default). */
export function expectedValue(p: number, payoff: number): number {
  assertProbability(p);
  assertPayoff(payoff);
  return p * payoff;
}

/**
 * EV per energy point still needed: p × payoff / max(energyNeeded, 1). Energy below one point
 * (including 0 or negative: nothing left to do) counts as one point, since even a finished bet
 * takes a moment of attention; this keeps the ratio finite and continuous.
 */
export function evPerEnergy(p: number, payoff: number, energyNeeded: number): number {
  assertFinite(energyNeeded, "Energy needed");
  return expectedValue(p, payoff) / Math.max(energyNeeded, 1);
}

export type RankableBet = { probability: number; payoff: number; energyNeeded: number };

export type RankedBet<T> = T & {
  expectedValue: number;
  evPerEnergy: number;
  /**
   * What this bet's remaining energy would earn on the best other bet:
   * max(energyNeeded, 1) × the best evPerEnergy among the others (0 when there is none).
   */
  opportunityCost: number;
};

/**
 * Bets sorted by EV per energy point, best first (ties: higher EV first, then input order), each
 * with its EV, EV per energy and opportunity cost (EV-points).
 */
export function rankByEvPerEnergy<T extends RankableBet>(bets: readonly T[]): RankedBet<T>[] {
  const scored = bets.map((bet, index) => ({
    bet,
    index,
    expectedValue: expectedValue(bet.probability, bet.payoff),
    evPerEnergy: evPerEnergy(bet.probability, bet.payoff, bet.energyNeeded),
  }));
  scored.sort((a, b) => b.evPerEnergy - a.evPerEnergy || b.expectedValue - a.expectedValue || a.index - b.index);
  const best = scored[0]?.evPerEnergy ?? 0;
  const second = scored[1]?.evPerEnergy ?? 0;
  return scored.map((entry, position) => {
    const bestOther = position === 0 ? second : best;
    return {
      ...entry.bet,
      expectedValue: entry.expectedValue,
      evPerEnergy: entry.evPerEnergy,
      opportunityCost: Math.max(entry.bet.energyNeeded, 1) * bestOther,
    };
  });
}

function assertPayoff(payoff: number): void {
  if (!Number.isFinite(payoff) || payoff < 0) throw new DomainError("INVALID_NUMBER", "Payoff must be zero or more.");
}
