import type { CallbackState } from "./callback-state";
import { PRIOR_MAX, PRIOR_MIN, assertPrior } from "./probability";
import { DomainError } from "./errors";

export type PriorSuggestion = { prior: number; source: "history" | "default"; settledCount: number };

/**
 * Beta(1,1)-smoothed base rate (fulfilled + 1)/(settled + 2), a probability in (0,1); counts are
 * integers with 0 ≤ fulfilled ≤ settled.
 */
export function smoothedBaseRate(fulfilled: number, settled: number): number {
  if (!Number.isInteger(fulfilled) || !Number.isInteger(settled) || fulfilled < 0 || fulfilled > settled) {
    throw new DomainError("INVALID_NUMBER", "Counts must be whole numbers with fulfilled ≤ settled.");
  }
  return (fulfilled + 1) / (settled + 2);
}

/** How many settled callbacks the kind default counts as (the shrinkage strength of the suggested prior). */
export const PRIOR_SHRINKAGE = 4;

/**
 * The user's base rate shrunk toward the kind default d (a probability in (0,1)), not toward 50 %:
 * (fulfilled + k·d)/(settled + k), k = PRIOR_SHRINKAGE. With no history it is d; a rejection never
 * raises it and a fulfilment never lowers it. Counts are integers with 0 ≤ fulfilled ≤ settled.
 */
export function shrunkBaseRate(fulfilled: number, settled: number, defaultPrior: number, k: number = PRIOR_SHRINKAGE): number {
  if (!Number.isInteger(fulfilled) || !Number.isInteger(settled) || fulfilled < 0 || fulfilled > settled) {
    throw new DomainError("INVALID_NUMBER", "Counts must be whole numbers with fulfilled ≤ settled.");
  }
  if (!Number.isFinite(k) || k <= 0) throw new DomainError("INVALID_NUMBER", "The shrinkage must be a number above 0.");
  return (fulfilled + k * defaultPrior) / (settled + k);
}

/**
 * Outcome counts of callbacks by state. Settled = FULFILLED + REJECTED + TIMED_OUT: silence past
 * the hard deadline is a "no" for base rates (most applications end that way; leaving them out
 * would inflate the rate). CANCELLED and PENDING have no outcome.
 */
export function countOutcomes(states: readonly CallbackState[]): { fulfilled: number; settled: number } {
  let fulfilled = 0;
  let settled = 0;
  for (const state of states) {
    if (state === "FULFILLED") fulfilled += 1;
    if (state === "FULFILLED" || state === "REJECTED" || state === "TIMED_OUT") settled += 1;
  }
  return { fulfilled, settled };
}

/**
 * Suggested prior in [0.01, 0.99] from the states of the user's own callbacks of one kind (or
 * kind and area): the base rate shrunk toward `defaultPrior` (in [0.01, 0.99]) when any settled
 * (see shrunkBaseRate), else `defaultPrior` itself.
 */
export function suggestPrior(input: { states: readonly CallbackState[]; defaultPrior: number }): PriorSuggestion {
  return suggestPriorFromCounts({ ...countOutcomes(input.states), defaultPrior: input.defaultPrior });
}

/**
 * The same suggestion from counts already aggregated (e.g. in SQL): `fulfilled` ≤ `settled`,
 * whole numbers ≥ 0, where settled counts FULFILLED + REJECTED + TIMED_OUT as `countOutcomes` does.
 */
export function suggestPriorFromCounts(input: { fulfilled: number; settled: number; defaultPrior: number }): PriorSuggestion {
  assertPrior(input.defaultPrior);
  const { fulfilled, settled } = input;
  if (settled === 0) return { prior: input.defaultPrior, source: "default", settledCount: 0 };
  const prior = Math.min(PRIOR_MAX, Math.max(PRIOR_MIN, shrunkBaseRate(fulfilled, settled, input.defaultPrior)));
  return { prior, source: "history", settledCount: settled };
}
