/**
 * Silence decay from the user's own reply times. DESIGN.md: after t days of silence since the last
 * contact, P(success | silence) = p(1−F)/(p(1−F) + 1 − p), where F(t) is the chance a success
 * would have replied by t. Until a kind has MIN_EVENTS_FOR_LEARNED_CURVE replies, F is the
 * exponential with the kind's default median (probability.ts, unchanged); from then on F = 1 − S
 * of a model built on the kind's Kaplan–Meier curve (survival.ts):
 *
 * - The kept curve: the Kaplan–Meier steps up to t₀, the last reply time at which S is still
 *   above 0. A final step to S = 0 (everyone still waiting replied at once, nobody left at risk)
 *   is dropped: it says the last ones answered, not that no later answer is possible, and F = 1
 *   would make every later silence certain death for a bet.
 * - The median m: the curve's median when it lies within the kept curve; otherwise (the curve
 *   never reaches 0.5 there) the median of the exponential through S(0) = 1 and S(t₀) = S₀,
 *   m = t₀ · ln 2 / −ln S₀. Never less than MIN_TAIL_MEDIAN_DAYS.
 * - S(t) = the kept curve for t < t₀, and S₀ · 2^(−(t − t₀)/m) for t ≥ t₀: beyond the data the
 *   curve goes on halving every m days. S is non-increasing, continuous where the two parts meet
 *   (both are S₀ at t₀), and tends to 0, so F = 1 − S is non-decreasing and tends to 1.
 *   Why not keep the curve's flat stretch after the last reply (up to the longest silence
 *   observed)? Those long silences are mostly timeouts, censored as if a reply might still come;
 *   most were quiet noes. A flat S there would stop silence from counting as evidence at all.
 * - With no kept curve at all (every reply came at one time and nobody else was observed longer),
 *   S is the exponential with the curve's median from t = 0.
 *
 * `medianDays` of a learned model is the model's own median (the first t with S(t) ≤ 0.5), which
 * is the curve's median whenever the curve reaches 0.5 before t₀.
 */
import { wilsonInterval, type Interval } from "./calibration";
import { DomainError, assertFinite, assertValidDate } from "./errors";
import { PROBABILITY_FLOOR, applySilence, assertExpectedReplyDays, assertProbability } from "./probability";
import { fitKaplanMeier, type KaplanMeierCurve, type SurvivalObservation } from "./survival";

/** Replies a kind (or kind and area) needs before its own curve replaces the default median. */
export const MIN_EVENTS_FOR_LEARNED_CURVE = 8;

/** The extrapolated tail never halves faster than every hour (days). */
export const MIN_TAIL_MEDIAN_DAYS = 1 / 24;

const MS_PER_DAY = 86_400_000;

/** F from the user's own replies. */
export type LearnedReplyModel = {
  source: "history";
  /** replies the curve was fitted on (≥ MIN_EVENTS_FOR_LEARNED_CURVE unless forced lower) */
  events: number;
  /** censored observations (pending, cancelled, timed out) in the curve */
  censored: number;
  /** the model's median reply time, days ≥ 0 (0 only when half the replies came at the contact itself) */
  medianDays: number;
  /** the Kaplan–Meier median, days; null when the curve never reaches 0.5 */
  curveMedianDays: number | null;
  /** reply times of the kept curve, days, increasing */
  stepDays: number[];
  /** S just after each of `stepDays`, in (0,1), non-increasing */
  stepSurvival: number[];
  /** t₀, days ≥ 0: from here on S halves every `tailMedianDays` */
  tailStartDays: number;
  /** S₀ = S(t₀), in (0,1] */
  tailStartSurvival: number;
  /** m, days ≥ MIN_TAIL_MEDIAN_DAYS */
  tailMedianDays: number;
};

/** F from the kind's default median (too few replies of the user's own). */
export type DefaultReplyModel = {
  source: "default";
  /** the kind's default median reply time, days > 0 */
  medianDays: number;
  /** replies seen so far (fewer than needed), for "3 of the 8 replies needed" */
  events: number;
  censored: number;
};

export type ReplyModel = LearnedReplyModel | DefaultReplyModel;

/** Which F a number came from, for the UI: "from 23 of your replies" vs "default for …". */
export type ReplyModelSource = { source: "history"; events: number } | { source: "default" };

/** The exponential model with median `medianDays` (days > 0): the existing default. */
export function defaultReplyModel(medianDays: number, counts: { events: number; censored: number } = { events: 0, censored: 0 }): DefaultReplyModel {
  assertExpectedReplyDays(medianDays);
  return { source: "default", medianDays, events: counts.events, censored: counts.censored };
}

/**
 * The reply model for a kind (or kind and area) from its Kaplan–Meier `curve`: learned (see the
 * module comment) when the curve has at least `minEvents` replies (default 8), else the default
 * exponential with `defaultMedianDays` (days > 0).
 */
export function replyModelFromCurve(curve: KaplanMeierCurve, defaultMedianDays: number, minEvents: number = MIN_EVENTS_FOR_LEARNED_CURVE): ReplyModel {
  assertExpectedReplyDays(defaultMedianDays);
  if (curve.events < Math.max(1, minEvents)) return defaultReplyModel(defaultMedianDays, curve);

  const kept = curve.steps.filter((step) => step.events > 0 && step.survival > 0);
  const last = kept.at(-1);
  const tailStartDays = last?.timeDays ?? 0;
  const tailStartSurvival = last?.survival ?? 1;
  let tailMedianDays: number;
  if (curve.medianDays !== null && (last === undefined || curve.medianDays <= tailStartDays)) {
    tailMedianDays = curve.medianDays;
  } else {
    tailMedianDays = (tailStartDays * Math.LN2) / -Math.log(tailStartSurvival);
  }
  tailMedianDays = Math.max(MIN_TAIL_MEDIAN_DAYS, tailMedianDays);

  const firstHalf = kept.find((step) => step.survival <= 0.5);
  const medianDays = firstHalf
    ? firstHalf.timeDays
    : tailStartDays + tailMedianDays * Math.log2(2 * tailStartSurvival);
  return {
    source: "history",
    events: curve.events,
    censored: curve.censored,
    medianDays,
    curveMedianDays: curve.medianDays,
    stepDays: kept.map((step) => step.timeDays),
    stepSurvival: kept.map((step) => step.survival),
    tailStartDays,
    tailStartSurvival,
    tailMedianDays,
  };
}

/** `replyModelFromCurve(fitKaplanMeier(observations), defaultMedianDays)`. */
export function replyModelFromObservations(observations: readonly SurvivalObservation[], defaultMedianDays: number): ReplyModel {
  return replyModelFromCurve(fitKaplanMeier(observations), defaultMedianDays);
}

/**
 * The first learned model among `curves` (most specific first, e.g. [kind and area, kind]),
 * with its index; else the default model with the first curve's counts and index −1.
 */
export function firstLearnedReplyModel(curves: readonly KaplanMeierCurve[], defaultMedianDays: number): { model: ReplyModel; index: number } {
  for (const [index, curve] of curves.entries()) {
    const model = replyModelFromCurve(curve, defaultMedianDays);
    if (model.source === "history") return { model, index };
  }
  const first = curves[0];
  return { model: defaultReplyModel(defaultMedianDays, first ?? { events: 0, censored: 0 }), index: -1 };
}

/** The source of `model` in the shape the UI and API report. */
export function replyModelSource(model: ReplyModel): ReplyModelSource {
  return model.source === "history" ? { source: "history", events: model.events } : { source: "default" };
}

/**
 * Plain words for where F came from: "from 23 of your replies", or "default for job
 * applications" (`kindPlural`: the kind's name in the plural, lower case, as the sentence needs).
 */
export function describeReplySource(model: ReplyModel, kindPlural: string): string {
  if (model.source === "history") return `from ${model.events} of your replies`;
  return `default for ${kindPlural}`;
}

/**
 * S(t) = 1 − F(t): the chance in (0,1] that a success would still be silent after `silenceDays`
 * (days, may be fractional; negative counts as 0). Default model: 2^(−t/median).
 */
export function replySurvival(model: ReplyModel, silenceDays: number): number {
  assertFinite(silenceDays, "Days of silence");
  const t = Math.max(0, silenceDays);
  if (model.source === "default") return Math.pow(2, -t / model.medianDays);
  if (t >= model.tailStartDays) return model.tailStartSurvival * Math.pow(2, -(t - model.tailStartDays) / model.tailMedianDays);
  // Last kept step at or before t (binary search); S = 1 before the first.
  let low = 0;
  let high = model.stepDays.length - 1;
  let survival = 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (model.stepDays[middle]! <= t) {
      survival = model.stepSurvival[middle]!;
      low = middle + 1;
    } else high = middle - 1;
  }
  return survival;
}

/** F(t) in [0,1): the chance a success would have replied within `silenceDays` (days; negative → 0). */
export function replyProbabilityWithinModel(model: ReplyModel, silenceDays: number): number {
  return 1 - replySurvival(model, silenceDays);
}

/**
 * P(success | `silenceDays` of silence) = p(1−F)/(p(1−F) + 1 − p) with F from `model`. `p` in
 * [0,1]. For a default model this is exactly `applySilence(p, t, medianDays)`. Returns `p` at
 * t ≤ 0 and where S = 1, never more than `p`, never less than min(p, 0.001) — as applySilence.
 */
export function applySilenceWithModel(p: number, silenceDays: number, model: ReplyModel): number {
  if (model.source === "default") return applySilence(p, silenceDays, model.medianDays);
  assertProbability(p);
  assertFinite(silenceDays, "Days of silence");
  if (silenceDays <= 0 || p === 0 || p === 1) return p;
  const survival = replySurvival(model, silenceDays);
  if (survival >= 1) return p;
  // As in applySilence: 1/(1 + (1−p)/(p·S)) is monotone in S, so rounding can't make it rise.
  const posterior = 1 / (1 + (1 - p) / (p * survival));
  return Math.min(p, Math.max(posterior, Math.min(p, PROBABILITY_FLOOR)));
}

/**
 * The shown probability in [0,1] with F from `model`: `explicit` (evidence only) decayed by the
 * silence from `lastContactAt` to `now` (days, clamped at ≥ 0), with where F came from.
 */
export function currentProbabilityWithModel(input: { explicit: number; lastContactAt: Date; now: Date; model: ReplyModel }): {
  probability: number;
  source: ReplyModelSource;
} {
  assertValidDate(input.lastContactAt, "Last contact");
  assertValidDate(input.now, "Now");
  const silenceDays = Math.max(0, (input.now.getTime() - input.lastContactAt.getTime()) / MS_PER_DAY);
  return { probability: applySilenceWithModel(input.explicit, silenceDays, input.model), source: replyModelSource(input.model) };
}

/** "After N days of silence, X % of your eventual yeses had still not replied." */
export type SilentYeses = {
  /** N, days ≥ 0 */
  afterDays: number;
  /** callbacks that were eventually fulfilled (with a known reply time) */
  yeses: number;
  /** of those, how many replied only after more than N days of silence */
  stillSilent: number;
  /** stillSilent / yeses in [0,1]; null with no yeses */
  share: number | null;
  /** Wilson 95 % interval of the share; null with no yeses */
  interval: Interval | null;
};

/**
 * Of the callbacks eventually fulfilled, the share still silent after `afterDays` (days ≥ 0):
 * `yesReplyDays` are their reply times in days since the last contact before the reply (the
 * same durations as the curve's fulfilled events). "Still silent after N days" = replied strictly
 * later than N. Throws INVALID_DURATION for a negative or non-finite time.
 */
export function silentYesShare(yesReplyDays: readonly number[], afterDays: number): SilentYeses {
  assertDaysNotNegative(afterDays);
  for (const days of yesReplyDays) assertDaysNotNegative(days);
  const stillSilent = yesReplyDays.filter((days) => days > afterDays).length;
  const yeses = yesReplyDays.length;
  return {
    afterDays,
    yeses,
    stillSilent,
    share: yeses > 0 ? stillSilent / yeses : null,
    interval: wilsonInterval(stillSilent, yeses),
  };
}

/**
 * The sentence Insights shows: "After 7 days of silence, 27 % of your eventual yeses had still
 * not replied (4 of 15)." With no yeses: what is needed instead.
 */
export function describeSilentYeses(result: SilentYeses): string {
  const days = `${formatDays(result.afterDays)} of silence`;
  if (result.share === null) return `No yeses yet: once callbacks are fulfilled, this shows how many of them were still silent after ${days}.`;
  const pct = Math.round(result.share * 100);
  return `After ${days}, ${pct} % of your eventual yeses had still not replied (${result.stillSilent} of ${result.yeses}).`;
}

function formatDays(days: number): string {
  const rounded = Math.round(days * 10) / 10;
  return `${rounded} day${rounded === 1 ? "" : "s"}`;
}

function assertDaysNotNegative(days: number): void {
  if (!Number.isFinite(days) || days < 0) throw new DomainError("INVALID_DURATION", "Days must be zero or more.");
}
