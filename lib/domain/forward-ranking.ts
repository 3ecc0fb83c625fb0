/**
 * A ranking that looks forward: open bets by EV per energy point STILL NEEDED, not per point
 * already spent. Sunk effort is gone whatever happens next; dividing by it pushed a bet down the
 * list the moment effort was logged on it (one fell from first to ninth after 6 points). Here the
 * divisor is the user's estimate of the energy the bet still needs (or the kind's default when
 * they gave none), never the effort logged, so logging effort cannot move a bet.
 */
import { DomainError } from "./errors";
import { CALLBACK_KINDS, type CallbackKind } from "./kind-defaults";
import { formatEffortPoints } from "./portfolio";
import { rankByEvPerEnergy, type RankedBet } from "./value";

/** Energy still needed never counts as less than one point (value.ts divides by at least 1 too). */
export const ENERGY_NEEDED_FLOOR = 1;

// Choices where DESIGN.md is silent, in energy points (a few points ≈ an hour of focused work):
// a job application still needs follow-ups and interview preparation; a networking message a
// follow-up or two; a learning bet most of the work still ahead; a launch its promotion; health
// an appointment and its follow-through.
/** Default energy still needed by kind, points ≥ ENERGY_NEEDED_FLOOR; custom kinds use OTHER's. */
export const DEFAULT_ENERGY_NEEDED: Readonly<Record<CallbackKind, number>> = {
  JOB_APPLICATION: 4,
  NETWORKING_MESSAGE: 1,
  LEARNING_BET: 6,
  CREATIVE_LAUNCH: 3,
  HEALTH: 2,
  OTHER: 2,
};

/** The default energy still needed of kind `kind` (built-in key); OTHER's for any other key. */
export function defaultEnergyNeeded(kind: string): number {
  return (CALLBACK_KINDS as readonly string[]).includes(kind) ? DEFAULT_ENERGY_NEEDED[kind as CallbackKind] : DEFAULT_ENERGY_NEEDED.OTHER;
}

/**
 * The energy a bet still needs, points ≥ ENERGY_NEEDED_FLOOR: the user's `estimate` (points ≥ 0;
 * null or undefined when they gave none) or else `kindDefault` (points ≥ 0), raised to the floor.
 * Throws INVALID_NUMBER for a negative or non-finite value.
 */
export function resolveEnergyNeeded(estimate: number | null | undefined, kindDefault: number): number {
  const value = estimate ?? kindDefault;
  if (!Number.isFinite(value) || value < 0) throw new DomainError("INVALID_NUMBER", "Energy still needed must be zero or more points.");
  return Math.max(ENERGY_NEEDED_FLOOR, value);
}

/** What the forward ranking reads from a bet; any other fields (effort logged, title, …) pass through untouched. */
export type ForwardRankableBet = {
  /** the shown probability, in [0,1] */
  probability: number;
  /** value if it succeeds, ≥ 0 (1–10 by default) */
  payoff: number;
  /** the user's estimate of the energy still needed, points ≥ 0; null when not given */
  energyStillNeeded: number | null;
  /** the kind's default for it, points ≥ 0 (defaultEnergyNeeded or the user's kind setting) */
  defaultEnergyNeeded: number;
};

export type ForwardRankedBet<T> = RankedBet<T & { energyNeeded: number }>;

/**
 * Bets by EV per energy point still needed, best first (ties: higher EV, then input order), each
 * with `energyNeeded` (the resolved estimate), its EV, EV per point and opportunity cost as in
 * value.ts's rankByEvPerEnergy. Nothing else on a bet — in particular the effort already logged —
 * affects the order.
 */
export function rankByEnergyStillNeeded<T extends ForwardRankableBet>(bets: readonly T[]): ForwardRankedBet<T>[] {
  return rankByEvPerEnergy(bets.map((bet) => ({ ...bet, energyNeeded: resolveEnergyNeeded(bet.energyStillNeeded, bet.defaultEnergyNeeded) })));
}

function formatValue(value: number): string {
  return (Math.round(value * 10) / 10).toFixed(1);
}

/**
 * "Costs the others" in one plain sentence for the bet at `index` of `ranked` (default: the top
 * one), e.g. "Giving “Acme” the 3 points it still needs costs the others about 1.2 in expected
 * value — what those points would bring on “Beta”, your next best bet — against 2.4 from “Acme”
 * itself." Null when `index` is out of range.
 */
export function explainCostsTheOthers<T extends { title: string }>(ranked: readonly ForwardRankedBet<T>[], index = 0): string | null {
  const bet = ranked[index];
  if (!bet) return null;
  const points = formatEffortPoints(bet.energyNeeded);
  const other = index === 0 ? ranked[1] : ranked[0];
  if (!other) return `“${bet.title}” is your only open bet, so its ${points} cost the others nothing.`;
  const which = index === 0 ? "your next best bet" : "your best bet";
  const those = points === "1 point" ? "that point" : "those points";
  return (
    `Giving “${bet.title}” the ${points} it still needs costs the others about ${formatValue(bet.opportunityCost)} in expected value — ` +
    `what ${those} would bring on “${other.title}”, ${which} — against ${formatValue(bet.expectedValue)} from “${bet.title}” itself.`
  );
}
