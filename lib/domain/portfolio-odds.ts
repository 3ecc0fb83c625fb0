/**
 * Portfolio odds: the chance that at least one open bet pays off by a date, and how many yeses to
 * expect — the runway question "how long can I keep waiting?" answered with the user's numbers.
 *
 * For open bet i with shown probability pᵢ (evidence and silence up to `now` already applied) and
 * reply model Fᵢ (reply-curve.ts), t counted in days from its last contact:
 *
 *   qᵢ = pᵢ · (Fᵢ(T) − Fᵢ(now)) / (1 − Fᵢ(now)) = pᵢ · (1 − Sᵢ(T)/Sᵢ(now))
 *
 * the chance it is a success AND its yes arrives by T, given silence so far. Then
 * P(at least one yes by T) = 1 − Π(1 − qᵢ) and expected yeses by T = Σqᵢ.
 *
 * Independence is assumed: one bet's answer says nothing about another's. That is rarely exactly
 * true (a hot job market lifts every application at once), so the figure is a guide, not a promise;
 * the UI should say so. Where Sᵢ(now) = 0 (a model that says every success would have replied by
 * now) the bet adds nothing: qᵢ = 0, never 0/0.
 */
import { DomainError, assertValidDate } from "./errors";
import { addDaysToKey, assertDayKey, startOfDayKeyInZone } from "./day-keys";
import { assertProbability } from "./probability";
import { replySurvival, type ReplyModel } from "./reply-curve";
import { assertTimeZone, dayKeyInZone } from "./time";

const MS_PER_DAY = 86_400_000;

/** Days the odds chart looks ahead by default. */
export const ODDS_SERIES_DAYS = 90;

/** Default "by" of the portfolio odds: this many days from today (the default). */
export const DEFAULT_ODDS_HORIZON_DAYS = 30;

/** One open (PENDING) bet as the odds need it. */
export type OddsBet = {
  /** area id; null for a bet with no area */
  areaId: string | null;
  /** kind key (built-in or custom) */
  kind: string;
  /** the shown probability at `now`, in [0,1] (explicit evidence with silence decay) */
  probability: number;
  /** start of the current silence: the start or the last contact/follow-up */
  lastContactAt: Date;
  /** the reply model of the bet's kind (and area), reply-curve.ts */
  model: ReplyModel;
};

/** Odds of one group of bets (all, an area, a kind). */
export type OddsSummary = {
  /** P(at least one yes by T), in [0,1] */
  pAtLeastOne: number;
  /** Σqᵢ, expected yeses by T, in [0, open] */
  expectedYes: number;
  /** open bets counted */
  open: number;
};

export type PortfolioOdds = {
  overall: OddsSummary;
  /** one entry per area, in order of first appearance in the input */
  byArea: (OddsSummary & { areaId: string | null })[];
  /** one entry per kind, in order of first appearance in the input */
  byKind: (OddsSummary & { kind: string })[];
};

function silenceDays(from: Date, to: Date): number {
  return Math.max(0, (to.getTime() - from.getTime()) / MS_PER_DAY);
}

/**
 * qᵢ in [0, pᵢ]: the chance `bet` is a yes that arrives after `now` and by `by` (instants). 0 when
 * `by` ≤ `now`, and when the model leaves no chance of a reply after now (Sᵢ(now) = 0).
 */
export function yesChanceBy(bet: OddsBet, now: Date, by: Date): number {
  assertProbability(bet.probability);
  assertValidDate(bet.lastContactAt, "Last contact");
  assertValidDate(now, "Now");
  assertValidDate(by, "The date");
  if (by.getTime() <= now.getTime() || bet.probability === 0) return 0;
  const survivalNow = replySurvival(bet.model, silenceDays(bet.lastContactAt, now));
  if (!(survivalNow > 0)) return 0;
  const survivalBy = replySurvival(bet.model, silenceDays(bet.lastContactAt, by));
  const arrives = Math.min(1, Math.max(0, 1 - survivalBy / survivalNow));
  return bet.probability * arrives;
}

/** P(at least one) = 1 − Π(1 − qᵢ), summed in logs so that many small qᵢ keep their precision. */
function combine(chances: readonly number[]): OddsSummary {
  let logNone = 0;
  let expectedYes = 0;
  for (const q of chances) {
    logNone += Math.log1p(-q);
    expectedYes += q;
  }
  return { pAtLeastOne: Math.min(1, Math.max(0, -Math.expm1(logNone))), expectedYes, open: chances.length };
}

/** The odds of a list of chances qᵢ (each in [0,1]): P(at least one), Σqᵢ and the count. */
export function combineYesChances(chances: readonly number[]): OddsSummary {
  for (const q of chances) assertProbability(q, "A chance");
  return combine(chances);
}

function groupBy<K>(bets: readonly OddsBet[], chances: readonly number[], keyOf: (bet: OddsBet) => K): Map<K, number[]> {
  const groups = new Map<K, number[]>();
  bets.forEach((bet, index) => {
    const key = keyOf(bet);
    const group = groups.get(key) ?? [];
    group.push(chances[index] ?? 0);
    groups.set(key, group);
  });
  return groups;
}

/**
 * The odds that at least one of `bets` pays off after `now` and by `by` (an instant; see
 * `oddsDeadlineForDay` for "by Jan 15" in the user's zone), overall, per area and per kind, with
 * expected yeses. Independence between bets is assumed (module comment).
 */
export function portfolioOdds(bets: readonly OddsBet[], input: { now: Date; by: Date }): PortfolioOdds {
  const chances = bets.map((bet) => yesChanceBy(bet, input.now, input.by));
  return {
    overall: combine(chances),
    byArea: [...groupBy(bets, chances, (bet) => bet.areaId)].map(([areaId, group]) => ({ areaId, ...combine(group) })),
    byKind: [...groupBy(bets, chances, (bet) => bet.kind)].map(([kind, group]) => ({ kind, ...combine(group) })),
  };
}

/**
 * The instant "by <day>" means: the end of calendar day `dayKey` ("YYYY-MM-DD") in `zone`, i.e.
 * the start of the next day there, so a yes any time on that day counts.
 */
export function oddsDeadlineForDay(dayKey: string, zone: string): Date {
  assertDayKey(dayKey, "The date");
  assertTimeZone(zone);
  return startOfDayKeyInZone(addDaysToKey(dayKey, 1), zone);
}

/** One day of the odds chart. */
export type OddsSeriesPoint = OddsSummary & {
  /** the calendar day in the user's zone, "YYYY-MM-DD" */
  dayKey: string;
  /** the end of that day (the instant the odds are "by") */
  by: Date;
};

/**
 * The chart of the overall odds over the coming days: one point per calendar day in `zone` from
 * today (the day containing `now`) to today + `days` (default 90) inclusive, each the chance of at
 * least one yes by the end of that day. Non-decreasing in the day (more time, more chances).
 */
export function portfolioOddsSeries(bets: readonly OddsBet[], input: { now: Date; zone: string; days?: number }): OddsSeriesPoint[] {
  const days = input.days ?? ODDS_SERIES_DAYS;
  if (!Number.isInteger(days) || days < 0 || days > 3660) throw new DomainError("INVALID_DURATION", "The chart covers 0 to 3660 whole days.");
  assertValidDate(input.now, "Now");
  const today = dayKeyInZone(input.now, input.zone);
  const points: OddsSeriesPoint[] = [];
  for (let offset = 0; offset <= days; offset += 1) {
    const dayKey = addDaysToKey(today, offset);
    const by = oddsDeadlineForDay(dayKey, input.zone);
    const summary = combine(bets.map((bet) => yesChanceBy(bet, input.now, by)));
    points.push({ dayKey, by, ...summary });
  }
  return points;
}

/** The bets a sentence is about: "job application" / "job applications". */
export type Noun = { one: string; other: string };

function formatChance(p: number): string {
  if (p > 0 && p < 0.005) return "<1 %";
  if (p < 1 && p > 0.995) return ">99 %";
  return `${Math.round(p * 100)} %`;
}

/**
 * The sentence for a group: "8 open job applications: 47 % chance of at least one yes by Jan 15;
 * 0.6 expected." `noun` names the bets; `byLabel` is the date as the UI writes it.
 */
export function describeOdds(summary: OddsSummary, noun: Noun, byLabel: string): string {
  if (summary.open === 0) return `No open ${noun.other}, so nothing can come back by ${byLabel}.`;
  const what = summary.open === 1 ? noun.one : noun.other;
  const expected = (Math.round(summary.expectedYes * 10) / 10).toFixed(1);
  return `${summary.open} open ${what}: ${formatChance(summary.pAtLeastOne)} chance of at least one yes by ${byLabel}; ${expected} expected.`;
}
