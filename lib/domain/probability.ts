import { DomainError, assertFinite, assertValidDate } from "./errors";

/** Priors a user may enter: 1%–99% (certainty is not a bet). */
export const PRIOR_MIN = 0.01;
export const PRIOR_MAX = 0.99;

/**
 * Probabilities produced by updates (evidence, "set probability", silence) stay in
 * [0.001, 0.999]: odds stay finite and positive, so a later contrary piece of evidence can still
 * move them. The price: at the clamp, updates stop commuting exactly.
 */
export const PROBABILITY_FLOOR = 0.001;
export const PROBABILITY_CEIL = 0.999;

const MS_PER_DAY = 86_400_000;

export type EvidencePresetId = "replied_with_interest" | "interview_scheduled" | "passed_a_round" | "polite_brush_off";

export type EvidencePreset = { id: EvidencePresetId; label: string; likelihoodRatio: number };

/** The evidence presets of DESIGN.md, with their likelihood ratios (posterior odds = prior odds × LR). */
export const EVIDENCE_PRESETS: readonly EvidencePreset[] = [
  { id: "replied_with_interest", label: "Replied with interest", likelihoodRatio: 3 },
  { id: "interview_scheduled", label: "Interview scheduled", likelihoodRatio: 4 },
  { id: "passed_a_round", label: "Passed a round", likelihoodRatio: 2 },
  { id: "polite_brush_off", label: "Polite brush-off", likelihoodRatio: 0.3 },
];

/** Throws INVALID_PROBABILITY unless `p` is a probability in [0,1]. */
export function assertProbability(p: number, what = "A probability"): void {
  if (!Number.isFinite(p) || p < 0 || p > 1) {
    throw new DomainError("INVALID_PROBABILITY", `${what} must be between 0% and 100%.`);
  }
}

/** Throws INVALID_PRIOR unless `p` is a prior probability in [0.01, 0.99]. */
export function assertPrior(p: number): void {
  if (!Number.isFinite(p) || p < PRIOR_MIN || p > PRIOR_MAX) {
    throw new DomainError("INVALID_PRIOR", "A prior must be between 1% and 99%.");
  }
}

/** Throws INVALID_LIKELIHOOD_RATIO unless `lr` is finite and > 0. */
export function assertLikelihoodRatio(lr: number): void {
  if (!Number.isFinite(lr) || lr <= 0) {
    throw new DomainError("INVALID_LIKELIHOOD_RATIO", "A likelihood ratio must be a positive number.");
  }
}

/** Clamps a probability in [0,1] into [0.001, 0.999]. */
export function clampProbability(p: number): number {
  assertProbability(p);
  return Math.min(PROBABILITY_CEIL, Math.max(PROBABILITY_FLOOR, p));
}

/** Odds p/(1−p) of a probability in [0,1]; in [0, ∞], Infinity for p = 1. */
export function toOdds(p: number): number {
  assertProbability(p);
  return p === 1 ? Number.POSITIVE_INFINITY : p / (1 - p);
}

/** Probability odds/(1+odds) of odds in [0, ∞]; in [0,1], 1 for Infinity. */
export function fromOdds(odds: number): number {
  if (Number.isNaN(odds) || odds < 0) throw new DomainError("INVALID_NUMBER", "Odds must be zero or positive.");
  return odds === Number.POSITIVE_INFINITY ? 1 : odds / (1 + odds);
}

/**
 * Odds-form Bayes: posterior odds = prior odds × `lr`. `p` in [0,1], `lr` finite and > 0;
 * returns a probability in [0.001, 0.999]. An LR of exactly 1 returns the clamped input unchanged.
 */
export function applyLikelihoodRatio(p: number, lr: number): number {
  assertProbability(p);
  assertLikelihoodRatio(lr);
  if (lr === 1) return clampProbability(p);
  const odds = toOdds(p) * lr;
  return clampProbability(fromOdds(odds));
}

/** A user's direct "set probability", in [0,1]; returns it clamped into [0.001, 0.999]. */
export function setProbability(p: number): number {
  return clampProbability(p);
}

/**
 * F(t) = 1 − 2^(−t/median): the probability in [0,1] that a success would have replied within
 * `silenceDays` (days, may be fractional; negative counts as 0) when replies take a median of
 * `expectedReplyDays` (days, > 0).
 */
export function replyProbabilityWithin(silenceDays: number, expectedReplyDays: number): number {
  assertFinite(silenceDays, "Days of silence");
  assertExpectedReplyDays(expectedReplyDays);
  const t = Math.max(0, silenceDays);
  return 1 - Math.pow(2, -t / expectedReplyDays);
}

/**
 * P(success | silence t) = p(1−F)/(p(1−F) + 1 − p) for `p` in [0,1], `silenceDays` (days, may be
 * fractional; negative counts as 0) and `expectedReplyDays` (median, days, > 0). Returns exactly
 * `p` at t = 0, never more than `p`, and never less than min(p, 0.001).
 */
export function applySilence(p: number, silenceDays: number, expectedReplyDays: number): number {
  assertProbability(p);
  assertFinite(silenceDays, "Days of silence");
  assertExpectedReplyDays(expectedReplyDays);
  if (silenceDays <= 0 || p === 0 || p === 1) return p;
  // 1 − F computed directly as 2^(−t/median): no cancellation for small t.
  const survival = Math.pow(2, -silenceDays / expectedReplyDays);
  // Written as 1/(1 + (1−p)/(p·(1−F))): every step is monotone in t, so rounding can't make
  // the result rise with more silence.
  const posterior = 1 / (1 + (1 - p) / (p * survival));
  return Math.min(p, Math.max(posterior, Math.min(p, PROBABILITY_FLOOR)));
}

/**
 * The shown probability in [0,1]: the explicit-evidence probability `explicit`, decayed by the
 * silence from `lastContactAt` to `now` (clamped at ≥ 0 days) with median `expectedReplyDays`.
 */
export function currentProbability(input: {
  explicit: number;
  lastContactAt: Date;
  expectedReplyDays: number;
  now: Date;
}): number {
  assertValidDate(input.lastContactAt, "Last contact");
  assertValidDate(input.now, "Now");
  const silenceDays = Math.max(0, (input.now.getTime() - input.lastContactAt.getTime()) / MS_PER_DAY);
  return applySilence(input.explicit, silenceDays, input.expectedReplyDays);
}

/** Throws INVALID_DURATION unless `days` is a finite number of days > 0. */
export function assertExpectedReplyDays(days: number): void {
  if (!Number.isFinite(days) || days <= 0) {
    throw new DomainError("INVALID_DURATION", "Expected reply time must be more than 0 days.");
  }
}
