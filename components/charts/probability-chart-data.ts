/** A chart point: `t` epoch milliseconds, `pct` the probability in percent (0–100). */
export type ChartPoint = { t: number; pct: number };

/** A jump of the probability at one instant (evidence, a "set probability"), in percent. */
export type ChartStep = { t: number; before: number; after: number };

export type ChartSummary = {
  start: ChartPoint;
  end: ChartPoint;
  steps: ChartStep[];
  min: number;
  max: number;
};

/** The domain's series (probabilities in [0,1]) as chart points in percent, one decimal. */
export function toChartPoints(series: readonly { at: Date; probability: number }[]): ChartPoint[] {
  return series.map((point) => ({ t: point.at.getTime(), pct: Math.round(point.probability * 1000) / 10 }));
}

/**
 * The points that tell the story: the start, each jump (two points at the same instant whose
 * values differ by at least 0.5 pp; the silence curve in between is left out) and the end.
 * Null for an empty series.
 */
export function summarizeChart(points: readonly ChartPoint[]): ChartSummary | null {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return null;
  const steps: ChartStep[] = [];
  let min = first.pct;
  let max = first.pct;
  for (let i = 1; i < points.length; i += 1) {
    const previous = points[i - 1]!;
    const point = points[i]!;
    min = Math.min(min, point.pct);
    max = Math.max(max, point.pct);
    if (point.t === previous.t && Math.abs(point.pct - previous.pct) >= 0.5) {
      steps.push({ t: point.t, before: previous.pct, after: point.pct });
    }
  }
  return { start: first, end: last, steps, min, max };
}

/** The chart's accessible name: "Probability over time: from 30 % to 12 %, 2 updates from evidence." */
export function describeChart(summary: ChartSummary | null): string {
  if (!summary) return "Probability over time: no data yet.";
  const from = `${Math.round(summary.start.pct)} %`;
  const to = `${Math.round(summary.end.pct)} %`;
  const updates =
    summary.steps.length === 0 ? "no evidence yet" : `${summary.steps.length} ${summary.steps.length === 1 ? "update" : "updates"} from evidence`;
  return `Probability over time: from ${from} to ${to}, ${updates}.`;
}

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** Tick steps shorter than a day: 1, 2, 5, 10, 15 and 30 minutes; 1, 2, 3, 6 and 12 hours. */
const NICE_STEPS_MS = [1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720].map((minutes) => minutes * MINUTE_MS);

/**
 * Up to `maxTicks` (≥ 2) evenly spaced x-axis ticks from `start` to `end` (epoch ms), and whether
 * labels need the time of day: only when ticks are less than a day apart, so day labels never
 * repeat ("Nov 23, Nov 23, Nov 24").
 */
export function timeTicks(start: number, end: number, maxTicks = 6): { ticks: number[]; withTime: boolean } {
  const span = end - start;
  if (!(span > 0)) return { ticks: [start], withTime: true };
  const intervals = Math.max(1, maxTicks - 1);
  // Whole days apart when the span allows it, so each tick is its own calendar day; within a day a
  // round step of whole minutes, so a chart a few minutes old doesn't label "2:41 PM" five times.
  const step =
    span >= DAY_MS
      ? Math.ceil(span / intervals / DAY_MS) * DAY_MS
      : (NICE_STEPS_MS.find((candidate) => candidate >= span / intervals) ?? DAY_MS);
  const ticks: number[] = [];
  for (let t = start; t <= end + 1; t += step) ticks.push(Math.round(t));
  return { ticks, withTime: step < DAY_MS };
}

/**
 * The ticks whose labels differ from the label before them (`label` formats a tick as the axis
 * shows it), so no label repeats: minutes that round alike, or a 25-hour day at a DST change.
 */
export function uniqueTicks(ticks: readonly number[], label: (tick: number) => string): number[] {
  const kept: number[] = [];
  let previous: string | null = null;
  for (const tick of ticks) {
    const text = label(tick);
    if (text === previous) continue;
    kept.push(tick);
    previous = text;
  }
  return kept;
}
