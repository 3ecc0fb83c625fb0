/**
 * Kaplan–Meier time-to-reply curves: how long the other side takes to answer, estimated from the
 * user's own callbacks. Pure: plain numbers in, plain numbers out; no Prisma, Next or React.
 *
 * One observation per stretch of silence: `durationDays` from the last contact (start, or the
 * last follow-up) to either a reply (`event: true`: fulfilled, rejected, or news from the other
 * side) or the last time the callback was seen without one (`event: false`, censored: still
 * pending at `now`, cancelled, or timed out).
 *
 * Conventions (those of Kaplan & Meier 1958 and every standard text):
 * - S(t) = Π over event times tⱼ ≤ t of (1 − dⱼ/nⱼ): right-continuous, 1 before the first reply.
 * - Ties: at a time with both replies and censorings, the replies come first — the censored ones
 *   are still counted at risk at that time (nⱼ includes them) and leave right after it.
 * - Variance: Greenwood's formula Var S(t) = S(t)² · Σ dⱼ/(nⱼ(nⱼ − dⱼ)).
 * - Band: pointwise 95 % on the log-log scale (Kalbfleisch & Prentice; SAS's and Stata's
 *   default): S(t)^exp(±z·σ(t)/ln S(t)) with σ² = Σ dⱼ/(nⱼ(nⱼ − dⱼ)). Unlike the plain
 *   S ± z·SE it never leaves [0,1] (the result is clamped there all the same) and it is not
 *   symmetric where S is near 0 or 1. Where S = 1 the band is [1,1]; where S = 0 it is [0,0].
 * - Median: the smallest t with S(t) ≤ 0.5 (null when S never falls that far). Its 95 % interval
 *   is read off the band (Brookmeyer & Crowley's construction as R's survfit prints it): lower =
 *   the first time the band's lower edge is ≤ 0.5, upper = the first time its upper edge is;
 *   null when that never happens within the data.
 */
import { DomainError } from "./errors";

/** z of the two-sided 95 % band: the normal quantile at 0.975 (R prints its bands with this, not 1.96). */
export const BAND_Z = 1.959963984540054;

/** One stretch of silence: days (≥ 0, may be fractional) until a reply (`event`) or until censored. */
export type SurvivalObservation = { durationDays: number; event: boolean };

/** One distinct time at which something happened (a reply, a censoring, or both). */
export type KaplanMeierStep = {
  /** days since the last contact, ≥ 0 */
  timeDays: number;
  /** observations still silent just before `timeDays` (includes those censored at it) */
  atRisk: number;
  /** replies at `timeDays` */
  events: number;
  /** observations censored at `timeDays` (they count at risk at this time, then leave) */
  censored: number;
  /** S(t) from `timeDays` until the next step, in [0,1] */
  survival: number;
  /** Greenwood's variance of S(t), ≥ 0 (probability²) */
  variance: number;
  /** √variance, in [0, 0.5] */
  standardError: number;
  /** lower edge of the pointwise 95 % log-log band, in [0,1] */
  lower: number;
  /** upper edge of the pointwise 95 % log-log band, in [0,1] */
  upper: number;
};

/** A fitted curve. Steps are in increasing time; S is 1 (band [1,1]) before the first one. */
export type KaplanMeierCurve = {
  steps: KaplanMeierStep[];
  /** how many observations went in */
  observations: number;
  /** replies in total */
  events: number;
  /** censored observations in total */
  censored: number;
  /** smallest t with S(t) ≤ 0.5, days; null when S stays above 0.5 */
  medianDays: number | null;
  /** 95 % interval of the median, days; an end is null when the band never reaches 0.5 there */
  medianInterval: { lower: number | null; upper: number | null };
  /** time of the last reply, days; null with no replies */
  lastEventDays: number | null;
};

/** S(t) with its band at one time. */
export type SurvivalPoint = { timeDays: number; survival: number; lower: number; upper: number };

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

function logLogBand(survival: number, greenwoodSum: number, z: number): { lower: number; upper: number } {
  if (survival >= 1) return { lower: 1, upper: 1 };
  if (survival <= 0) return { lower: 0, upper: 0 };
  const logS = Math.log(survival);
  // σ of ln(−ln S) by the delta method; ln S < 0, so the exponent's sign flips the ends.
  const sigma = Math.sqrt(greenwoodSum) / Math.abs(logS);
  return { lower: clamp01(Math.pow(survival, Math.exp(z * sigma))), upper: clamp01(Math.pow(survival, Math.exp(-z * sigma))) };
}

function assertObservation(observation: SurvivalObservation): void {
  const days = observation.durationDays;
  if (!Number.isFinite(days) || days < 0) {
    throw new DomainError("INVALID_DURATION", "A reply time must be zero or more days.");
  }
}

/**
 * The Kaplan–Meier curve of `observations` (see the module comment for every convention), with
 * Greenwood's variance and a 95 % log-log band at each step. `z` (default 1.96) sets another
 * two-sided level. Throws INVALID_DURATION for a negative or non-finite duration. An empty input
 * gives a curve with no steps (S = 1 everywhere).
 */
export function fitKaplanMeier(observations: readonly SurvivalObservation[], z: number = BAND_Z): KaplanMeierCurve {
  if (!Number.isFinite(z) || z <= 0) throw new DomainError("INVALID_NUMBER", "z must be a positive number.");
  for (const observation of observations) assertObservation(observation);
  const sorted = [...observations].sort((a, b) => a.durationDays - b.durationDays);

  const steps: KaplanMeierStep[] = [];
  let atRisk = sorted.length;
  let survival = 1;
  let greenwoodSum = 0;
  let totalEvents = 0;
  let lastEventDays: number | null = null;
  for (let i = 0; i < sorted.length; ) {
    const timeDays = sorted[i]!.durationDays;
    let events = 0;
    let censored = 0;
    while (i < sorted.length && sorted[i]!.durationDays === timeDays) {
      if (sorted[i]!.event) events += 1;
      else censored += 1;
      i += 1;
    }
    if (events > 0) {
      survival *= 1 - events / atRisk;
      // Once everyone at risk has replied S is 0 and stays there; Greenwood's term is infinite
      // but S² · ∞ is taken as 0 (no uncertainty left about a curve that is 0).
      greenwoodSum = events < atRisk ? greenwoodSum + events / (atRisk * (atRisk - events)) : Number.POSITIVE_INFINITY;
      totalEvents += events;
      lastEventDays = timeDays;
    }
    const variance = survival > 0 ? survival * survival * greenwoodSum : 0;
    steps.push({
      timeDays,
      atRisk,
      events,
      censored,
      survival,
      variance,
      standardError: Math.sqrt(variance),
      ...logLogBand(survival, greenwoodSum, z),
    });
    atRisk -= events + censored;
  }

  const firstAtOrBelowHalf = (value: (step: KaplanMeierStep) => number): number | null =>
    steps.find((step) => step.events > 0 && value(step) <= 0.5)?.timeDays ?? null;
  return {
    steps,
    observations: sorted.length,
    events: totalEvents,
    censored: sorted.length - totalEvents,
    medianDays: firstAtOrBelowHalf((step) => step.survival),
    medianInterval: { lower: firstAtOrBelowHalf((step) => step.lower), upper: firstAtOrBelowHalf((step) => step.upper) },
    lastEventDays,
  };
}

/** Index of the last step at or before `timeDays`, or −1 (binary search over increasing times). */
function stepIndexAt(steps: readonly KaplanMeierStep[], timeDays: number): number {
  let low = 0;
  let high = steps.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (steps[middle]!.timeDays <= timeDays) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/**
 * S(t) and its 95 % band at `timeDays` (days; before 0 counts as before the first step): the
 * step function is right-continuous, so at a reply time it already includes that reply. Beyond
 * the last step it stays at the last value (the curve says nothing more; see reply-curve.ts for
 * the extrapolation silence decay uses).
 */
export function survivalAt(curve: KaplanMeierCurve, timeDays: number): SurvivalPoint {
  if (Number.isNaN(timeDays)) throw new DomainError("INVALID_NUMBER", "Days must be a number.");
  const step = curve.steps[stepIndexAt(curve.steps, timeDays)];
  if (!step) return { timeDays, survival: 1, lower: 1, upper: 1 };
  return { timeDays, survival: step.survival, lower: step.lower, upper: step.upper };
}

/**
 * The curve as chart points: (0, 1) then one point per step, in time order, each with its band,
 * and whether a censoring happened there (charts draw a tick). Pure shaping for a step chart.
 */
export function survivalChartPoints(curve: KaplanMeierCurve): (SurvivalPoint & { hasCensoring: boolean })[] {
  const points: (SurvivalPoint & { hasCensoring: boolean })[] = [];
  if (curve.steps[0]?.timeDays !== 0) points.push({ timeDays: 0, survival: 1, lower: 1, upper: 1, hasCensoring: false });
  for (const step of curve.steps) {
    points.push({ timeDays: step.timeDays, survival: step.survival, lower: step.lower, upper: step.upper, hasCensoring: step.censored > 0 });
  }
  return points;
}

/**
 * At most about `max` of a step curve's chart points, for drawing: the first and last are kept,
 * and a point in between only when the curve (or its band) moved by at least 1/`max` of the full
 * scale, or the time by 1/`max` of the span, since the last kept one; so the drawn shape differs
 * by less than a pixel or so, while a curve of thousands of steps isn't shipped whole.
 */
export function thinChartPoints<P extends SurvivalPoint>(points: readonly P[], max = 150): P[] {
  if (points.length <= max) return [...points];
  const span = points.at(-1)!.timeDays - points[0]!.timeDays;
  const dy = 1 / max;
  const dt = span / max;
  const kept: P[] = [points[0]!];
  for (let i = 1; i < points.length - 1; i += 1) {
    const last = kept.at(-1)!;
    const point = points[i]!;
    if (
      point.timeDays - last.timeDays >= dt ||
      Math.abs(point.survival - last.survival) >= dy ||
      Math.abs(point.lower - last.lower) >= dy ||
      Math.abs(point.upper - last.upper) >= dy
    ) {
      kept.push(point);
    }
  }
  kept.push(points.at(-1)!);
  return kept;
}
