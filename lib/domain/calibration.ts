import { smoothedBaseRate } from "./base-rate";
import type { CallbackState } from "./callback-state";
import { DomainError, assertFinite } from "./errors";

/**
 * Calibration: how well the probabilities a person gave match what happened.
 *
 * Scored callbacks ("settled" for calibration): FULFILLED (outcome o = 1), REJECTED (o = 0) and
 * TIMED_OUT (o = 0: silence past the hard deadline is a no, as for base rates). CANCELLED and
 * PENDING have no outcome. The forecast p is the probability shown when the callback left PENDING
 * (`Callback.probabilityAtSettlement`); the prior is the probability at capture.
 */

/** Buckets of the calibration chart: 11, centred on 0, 10, …, 100%. */
export const BUCKET_COUNT = 11;

/**
 * Added before flooring so that products like 0.15 × 10 = 1.4999999999999998 still round half up.
 * The SQL grouping (lib/server/insights/calibration-sql.ts) uses the same constant and the same
 * float8 operations, so both agree exactly.
 */
export const BUCKET_EPSILON = 1e-9;

/** Fewer scored callbacks than this and the insights page shows what is needed instead of charts. */
export const MIN_SCORED_FOR_CALIBRATION = 5;

/** z for a two-sided 95% interval. */
export const Z_95 = 1.96;

/** The outcome of a callback in `state` for scoring: 1, 0, or null when it has none. */
export function outcomeOf(state: CallbackState): 0 | 1 | null {
  if (state === "FULFILLED") return 1;
  if (state === "REJECTED" || state === "TIMED_OUT") return 0;
  return null;
}

function assertProbability(p: number, what = "A probability"): void {
  assertFinite(p, what);
  if (p < 0 || p > 1) throw new DomainError("INVALID_PROBABILITY", `${what} must be between 0 and 1.`);
}

/**
 * The calibration bucket of probability `p` in [0,1]: an index 0–10 for the bucket centred on
 * index × 10%. Edges round half up: 5% → the 10% bucket, 15% → 20%, 95% → 100%; 4.99% → 0%.
 */
export function bucketIndex(p: number): number {
  assertProbability(p);
  return Math.min(BUCKET_COUNT - 1, Math.max(0, Math.floor(p * 10 + 0.5 + BUCKET_EPSILON)));
}

/** The centre of bucket `index` (0–10) as a probability: 0, 0.1, …, 1. */
export function bucketCentre(index: number): number {
  return index / 10;
}

/** One forecast and what happened: p in [0,1], outcome 0 or 1. */
export type Forecast = { p: number; outcome: 0 | 1 };

/**
 * Brier score in PredictionBook's form: mean (p − o)², in [0,1]. 0 is perfect; always saying 50%
 * scores 0.25. Null for no forecasts.
 */
export function brierScore(forecasts: readonly Forecast[]): number | null {
  if (forecasts.length === 0) return null;
  let sum = 0;
  for (const { p, outcome } of forecasts) {
    assertProbability(p);
    sum += (p - outcome) ** 2;
  }
  return sum / forecasts.length;
}

/** The same score from aggregates (e.g. SQL): the sum of (p − o)² over `count` forecasts; null when count is 0. */
export function brierFromSum(sumOfSquares: number | null, count: number): number | null {
  if (count <= 0 || sumOfSquares === null) return null;
  assertFinite(sumOfSquares, "The sum of squares");
  return Math.min(1, Math.max(0, sumOfSquares / count));
}

/** A probability interval [low, high] within [0,1]. */
export type Interval = { low: number; high: number };

/**
 * Wilson score interval for `successes` out of `trials` (whole numbers, 0 ≤ successes ≤ trials)
 * at z (default 1.96: 95%). Null when there are no trials. Unlike the normal approximation it
 * stays inside [0,1] and is sensible at 0 or all successes.
 */
export function wilsonInterval(successes: number, trials: number, z = Z_95): Interval | null {
  if (!Number.isInteger(successes) || !Number.isInteger(trials) || successes < 0 || successes > trials) {
    throw new DomainError("INVALID_NUMBER", "Counts must be whole numbers with successes ≤ trials.");
  }
  assertFinite(z, "z");
  if (trials === 0) return null;
  const phat = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (phat + z2 / (2 * trials)) / denominator;
  const half = (z * Math.sqrt((phat * (1 - phat)) / trials + z2 / (4 * trials * trials))) / denominator;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** A bucket's aggregates as SQL returns them: bucket index, forecasts in it, yeses, sum of p. */
export type BucketAggregate = { bucket: number; count: number; hits: number; sumP: number };

export type CalibrationBucket = {
  index: number;
  /** The bucket's centre, 0–1. */
  centre: number;
  count: number;
  hits: number;
  /** Mean forecast in the bucket, or null when empty. */
  meanP: number | null;
  /** Observed frequency of yes, or null when empty. */
  observed: number | null;
  interval: Interval | null;
};

/** All 11 buckets (empty ones included) from the non-empty buckets' aggregates. */
export function calibrationBuckets(aggregates: readonly BucketAggregate[]): CalibrationBucket[] {
  const byIndex = new Map(aggregates.map((a) => [a.bucket, a]));
  return Array.from({ length: BUCKET_COUNT }, (_, index) => {
    const a = byIndex.get(index);
    const count = a?.count ?? 0;
    const hits = a?.hits ?? 0;
    return {
      index,
      centre: bucketCentre(index),
      count,
      hits,
      meanP: count > 0 ? (a?.sumP ?? 0) / count : null,
      observed: count > 0 ? hits / count : null,
      interval: wilsonInterval(hits, count),
    };
  });
}

/** Buckets straight from forecasts (the reference the SQL grouping is tested against). */
export function bucketForecasts(forecasts: readonly Forecast[]): CalibrationBucket[] {
  const aggregates = new Map<number, BucketAggregate>();
  for (const { p, outcome } of forecasts) {
    const bucket = bucketIndex(p);
    const a = aggregates.get(bucket) ?? { bucket, count: 0, hits: 0, sumP: 0 };
    a.count += 1;
    a.hits += outcome;
    a.sumP += p;
    aggregates.set(bucket, a);
  }
  return calibrationBuckets([...aggregates.values()]);
}

export type UpdateVerdict = "helped" | "hurt" | "no-change";

/**
 * "Did your updates help?": the Brier of the priors against the Brier of the final forecasts on
 * the same callbacks. `improvement` = prior − final (positive: updates helped). Differences
 * under 0.005 count as no change.
 */
export function priorVsFinal(priorBrier: number, finalBrier: number): { improvement: number; verdict: UpdateVerdict } {
  assertFinite(priorBrier, "The prior Brier score");
  assertFinite(finalBrier, "The final Brier score");
  const improvement = priorBrier - finalBrier;
  const verdict: UpdateVerdict = Math.abs(improvement) < 0.005 ? "no-change" : improvement > 0 ? "helped" : "hurt";
  return { improvement, verdict };
}

export type BaseRate = { settled: number; fulfilled: number; raw: number | null; smoothed: number };

/** A base rate from counts: raw fulfilled/settled and the Beta(1,1)-smoothed rate (lib/domain/base-rate.ts). */
export function baseRate(fulfilled: number, settled: number): BaseRate {
  return { settled, fulfilled, raw: settled > 0 ? fulfilled / settled : null, smoothed: smoothedBaseRate(fulfilled, settled) };
}

/** How many more scored callbacks are needed before calibration is shown (0 when enough). */
export function scoredStillNeeded(scored: number): number {
  return Math.max(0, MIN_SCORED_FOR_CALIBRATION - Math.max(0, Math.floor(scored)));
}

/** Below this many scored forecasts, "did your updates help?" is labelled a small sample. */
export const MIN_FORECASTS_FOR_UPDATE_VERDICT = 20;

/**
 * How far a Brier score over `count` forecasts may sit from the truth by chance: two standard
 * errors of a mean of values in [0,1] whose mean is `brier` (their variance is at most
 * brier·(1 − brier); floored so a run of perfect calls still carries some doubt).
 */
export function brierMargin(brier: number, count: number): number {
  assertFinite(brier, "A Brier score");
  const variance = Math.max(brier * (1 - brier), 0.01);
  return 2 * Math.sqrt(variance / Math.max(1, count));
}

/**
 * Plain words for a Brier score in [0,1] over `count` forecasts, against always saying 50%
 * (0.25). A verdict is given only when the sample is evidence for it: fewer than
 * MIN_SCORED_FOR_CALIBRATION forecasts are too few to read at all, and a score within
 * `brierMargin` of 0.25 is "not yet distinguishable" (Brier 0.4 over 6 bets is a small sample,
 * not proof of being worse than a coin).
 */
export function describeBrier(brier: number, count: number): string {
  if (count < MIN_SCORED_FOR_CALIBRATION) return `too few forecasts to judge yet (${count} of the ${MIN_SCORED_FOR_CALIBRATION} needed)`;
  const margin = brierMargin(brier, count);
  if (brier + margin < 0.25) return brier <= 0.1 ? "sharp and well calibrated" : "better than a coin flip";
  if (brier - margin > 0.25) return "worse than always saying 50%";
  if (Math.abs(brier - 0.25) <= 0.02) return "about as good as always saying 50%";
  return `not yet distinguishable from always saying 50% (a small sample: ${count} forecasts)`;
}

/** Payoff histogram bins: whole units 0–10 (payoffs are 1–10; realised payoffs 0–10). */
export const PAYOFF_BINS = 11;

/** The histogram bin of a payoff: its whole part, clamped to 0–10. */
export function payoffBin(payoff: number): number {
  assertFinite(payoff, "A payoff");
  return Math.min(PAYOFF_BINS - 1, Math.max(0, Math.floor(payoff + BUCKET_EPSILON)));
}
