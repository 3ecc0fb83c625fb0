import { addDaysToKey, isDayKey, mondayOf, startOfDayKeyInZone } from "./day-keys";
import { DomainError, assertFinite } from "./errors";
import { loadLevel, type LoadLevel } from "./load";
import type { AreaAllocation } from "./portfolio";
import { addDaysInZone, assertTimeZone, dayKeyInZone, startOfWeekInZone } from "./time";

/**
 * The weekly portfolio review: which week is which in the user's zone, and the pure shaping of the
 * week's figures (aggregated in SQL by lib/server/review/*).
 */

/** True when `key` is "YYYY-MM-DD" naming a real Monday (weeks start on Monday). */
export function isWeekKey(key: string): boolean {
  return isDayKey(key) && mondayOf(key) === key;
}

function assertWeekKey(key: string): void {
  if (!isWeekKey(key)) throw new DomainError("INVALID_DATE", "A week is named by its Monday, as YYYY-MM-DD.");
}

/** The week containing `now` in `zone`, named by its Monday: "YYYY-MM-DD". */
export function weekKeyOf(now: Date, zone: string): string {
  return dayKeyInZone(startOfWeekInZone(now, zone), zone);
}

/**
 * The instants the week named `key` (a Monday) spans in `zone`: [Monday 00:00, next Monday 00:00),
 * half-open; 167, 168 or 169 hours long across DST changes.
 */
export function weekRangeOfKey(key: string, zone: string): { start: Date; end: Date } {
  assertWeekKey(key);
  assertTimeZone(zone);
  const start = startOfDayKeyInZone(key, zone);
  return { start, end: addDaysInZone(start, 7, zone) };
}

/** The seven days of the week `key` in `zone`: each day's key and [start, end) instants. */
export function daysOfWeek(key: string, zone: string): { day: string; start: Date; end: Date }[] {
  const { start } = weekRangeOfKey(key, zone);
  return Array.from({ length: 7 }, (_, i) => {
    const dayStart = addDaysInZone(start, i, zone);
    return { day: dayKeyInZone(dayStart, zone), start: dayStart, end: addDaysInZone(start, i + 1, zone) };
  });
}

/** The Monday `weeks` weeks after (negative: before) the week `key`. */
export function shiftWeekKey(key: string, weeks: number): string {
  assertWeekKey(key);
  if (!Number.isInteger(weeks)) throw new DomainError("INVALID_NUMBER", "Weeks must be a whole number.");
  return addDaysToKey(key, weeks * 7);
}

export type WeekStatus = "past" | "current" | "future";

/** Whether the week `key` is over, running, or still to come at `now` in `zone`. */
export function weekStatus(key: string, now: Date, zone: string): WeekStatus {
  assertWeekKey(key);
  const current = weekKeyOf(now, zone);
  // "YYYY-MM-DD" keys sort as dates.
  return key === current ? "current" : key < current ? "past" : "future";
}

export type HitRate = {
  /** Scored callbacks settled in the week (fulfilled + rejected + timed out). */
  scored: number;
  hits: number;
  /** Sum of the probabilities at settlement: the number of yeses the forecasts expected. */
  expected: number;
  /** hits / scored, or null when none. */
  rate: number | null;
  /** expected / scored, or null when none. */
  expectedRate: number | null;
  /** hits − expected: positive when more came true than forecast (under-confident). */
  surplus: number;
};

/** Hit rate vs expected from counts: `hits` ≤ `scored` whole numbers, `expected` in [0, scored]. */
export function hitRate(scored: number, hits: number, expected: number): HitRate {
  if (!Number.isInteger(scored) || !Number.isInteger(hits) || hits < 0 || hits > scored) {
    throw new DomainError("INVALID_NUMBER", "Counts must be whole numbers with hits ≤ scored.");
  }
  assertFinite(expected, "The expected count");
  return {
    scored,
    hits,
    expected,
    rate: scored > 0 ? hits / scored : null,
    expectedRate: scored > 0 ? expected / scored : null,
    surplus: hits - expected,
  };
}

/** How many make up the top 20% of `n` bets: ⌈0.2 n⌉ (1 of 1–5, 2 of 6–10, …); 0 of 0. */
export function topFifthCount(n: number): number {
  return n <= 0 ? 0 : Math.ceil(n * 0.2 - 1e-9);
}

export type PowerLaw = {
  /** Scored callbacks settled (all of them, including those that produced nothing). */
  count: number;
  /** Total value produced (realised payoffs; a fulfilled one without it counts its payoff). */
  total: number;
  topFifthCount: number;
  /** Share of the total produced by the top 20% of bets, 0–1, or null when nothing was produced. */
  topFifthShare: number | null;
  /** Share produced by the top 3 bets, 0–1, or null when nothing was produced. */
  topThreeShare: number | null;
};

/** The power law from aggregates: the sum of the top ⌈20%⌉ values and of the top 3 values. */
export function powerLaw(input: { count: number; total: number; topFifthSum: number; topThreeSum: number }): PowerLaw {
  const { count, total } = input;
  const share = (sum: number) => (total > 0 ? Math.min(1, Math.max(0, sum / total)) : null);
  return { count, total, topFifthCount: topFifthCount(count), topFifthShare: share(input.topFifthSum), topThreeShare: share(input.topThreeSum) };
}

/** The power law straight from values (≥ 0), the reference the SQL aggregate is tested against. */
export function powerLawFromValues(values: readonly number[]): PowerLaw {
  const sorted = [...values].sort((a, b) => b - a);
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  return powerLaw({
    count: sorted.length,
    total: sum(sorted),
    topFifthSum: sum(sorted.slice(0, topFifthCount(sorted.length))),
    topThreeSum: sum(sorted.slice(0, 3)),
  });
}

/** Plain words for a power law, e.g. "Your top 20% of bets (2 of 9) produced 85% of the value." */
export function describePowerLaw(law: PowerLaw): string {
  if (law.count === 0) return "Nothing settled yet, so no value to share out.";
  if (law.topFifthShare === null) return `${law.count} settled, but none produced value yet.`;
  const pct = Math.round(law.topFifthShare * 100);
  return `Your top 20% of bets (${law.topFifthCount} of ${law.count}) produced ${pct}% of the value.`;
}

/**
 * Who the "top 3" share is about, counted honestly: the top 3 when at least three bets produced
 * value, else as many as did ("The top 2", "The top bet"), so the line never says "Top 3" beside a
 * list of two. `producing`: bets with value > 0 (whole number ≥ 1).
 */
export function topBetsLabel(producing: number): string {
  const shown = Math.min(3, Math.max(1, Math.floor(producing)));
  return shown === 1 ? "The top bet" : `The top ${shown}`;
}

export type LoadPoint = { day: string; load: number; level: LoadLevel };

/** The load at the end of each day shaped for the chart, with its level against `capacity` (> 0). */
export function loadTrend(points: readonly { day: string; load: number }[], capacity: number): LoadPoint[] {
  return points.map(({ day, load }) => ({ day, load, level: loadLevel(load, capacity) }));
}

/** Change from the first to the last point, or null with fewer than two. */
export function loadChange(points: readonly { load: number }[]): number | null {
  if (points.length < 2) return null;
  return points[points.length - 1]!.load - points[0]!.load;
}

/** The figures of one week, as shown and as saved in a snapshot (plain JSON). */
export type WeekFigures = {
  /** Bumped when the shape changes; old snapshots keep their version. */
  version: 1;
  week: string;
  timeZone: string;
  /** ISO instants of the week's [start, end). */
  start: string;
  end: string;
  /** When these figures were computed (ISO). */
  computedAt: string;
  started: number;
  settled: { fulfilled: number; rejected: number; timedOut: number; cancelled: number };
  hitRate: HitRate;
  brier: { week: number | null; weekCount: number; running: number | null; runningCount: number };
  allocation: AreaAllocation[];
  effortPoints: number;
  load: { capacity: number; points: LoadPoint[] };
  commitments: {
    kept: { id: string; title: string; endedAt: string }[];
    broken: { id: string; title: string; endedAt: string }[];
    /** One item per capture that overrode the focus guard; `commitmentTitle` names every commitment it competed with in one line. */
    overrides: { count: number; items: { at: string; callbackTitle: string; commitmentTitle: string; commitmentTitles?: string[] }[] };
  };
  payoffs: { top: { id: string; title: string; value: number }[]; law: PowerLaw };
};

export type ComparisonRow = { label: string; a: number | null; b: number | null; delta: number | null; format: "count" | "percent" | "brier" | "points" };

/** Side-by-side key figures of two weeks; delta = b − a (null when either is missing). */
export function compareWeeks(a: WeekFigures, b: WeekFigures): ComparisonRow[] {
  const row = (label: string, format: ComparisonRow["format"], pick: (f: WeekFigures) => number | null): ComparisonRow => {
    const [x, y] = [pick(a), pick(b)];
    return { label, a: x, b: y, delta: x === null || y === null ? null : y - x, format };
  };
  const lastLoad = (f: WeekFigures) => f.load.points.at(-1)?.load ?? null;
  return [
    row("Bets started", "count", (f) => f.started),
    row("Fulfilled", "count", (f) => f.settled.fulfilled),
    row("Rejected", "count", (f) => f.settled.rejected),
    row("Timed out", "count", (f) => f.settled.timedOut),
    row("Cancelled", "count", (f) => f.settled.cancelled),
    row("Hit rate", "percent", (f) => f.hitRate.rate),
    row("Expected hit rate", "percent", (f) => f.hitRate.expectedRate),
    row("Brier (week)", "brier", (f) => f.brier.week),
    row("Brier (running)", "brier", (f) => f.brier.running),
    row("Effort points", "points", (f) => f.effortPoints),
    row("Load at week end", "points", lastLoad),
    row("Commitments kept", "count", (f) => f.commitments.kept.length),
    row("Focus-guard overrides", "count", (f) => f.commitments.overrides.count),
    row("Value produced", "points", (f) => f.payoffs.law.total),
    row("Top 20% share of value", "percent", (f) => f.payoffs.law.topFifthShare),
  ];
}
