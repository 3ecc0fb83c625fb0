/**
 * The energy portfolio: where effort went (actual share) against where the user meant it to go
 * (target share), the drift between them, plain-words rebalancing suggestions, the windows and
 * weeks the figures are counted over, and the day an effort entry was spent. Pure: takes `now`
 * and the user's time zone; no Prisma, Next or React.
 */
import { TZDate } from "@date-fns/tz";
import { DomainError, assertFinite } from "./errors";
import { addDaysInZone, assertTimeZone, dayKeyInZone, startOfDayInZone, startOfWeekInZone } from "./time";

export type AreaTarget = { id: string; name: string; color: string; targetPct: number };

export type AreaAllocation = AreaTarget & {
  /** energy points logged to the area in the window, ≥ 0 */
  points: number;
  /** share of all points logged to these areas, percent 0–100 */
  actualPct: number;
  /** actualPct − targetPct, percentage points (−100 to 100) */
  driftPp: number;
};

/**
 * Actual share (percent 0–100 of all points logged to these areas) vs target; drift = actual −
 * target, percentage points. With no points at all every actualPct is 0 and driftPp is
 * −targetPct. Order follows `areas`. Points for ids not in `areas` are ignored (neither shown nor
 * counted in the total); negative or non-finite points are rejected.
 */
export function allocationVsTarget(areas: readonly AreaTarget[], pointsByArea: ReadonlyMap<string, number>): AreaAllocation[] {
  const points = areas.map((area) => {
    const value = pointsByArea.get(area.id) ?? 0;
    assertFinite(value, "Points");
    if (value < 0) throw new DomainError("INVALID_NUMBER", "Points can't be negative.");
    return value;
  });
  const total = points.reduce((sum, value) => sum + value, 0);
  return areas.map((area, index) => {
    const areaPoints = points[index] ?? 0;
    const actualPct = total > 0 ? (areaPoints / total) * 100 : 0;
    return { ...area, points: areaPoints, actualPct, driftPp: actualPct - area.targetPct };
  });
}

export type PortfolioArea = AreaTarget & { isArchived: boolean };

/**
 * The areas a portfolio shows: every active area with its target, plus each archived area that
 * still has points in `pointsByArea` (effort logged before it was archived), shown with target 0
 * so its share counts as drift rather than vanishing from the total. Order follows `areas`.
 */
export function areasForAllocation(areas: readonly PortfolioArea[], pointsByArea: ReadonlyMap<string, number>): AreaTarget[] {
  return areas
    .filter((area) => !area.isArchived || (pointsByArea.get(area.id) ?? 0) > 0)
    .map(({ id, name, color, targetPct, isArchived }) => ({ id, name, color, targetPct: isArchived ? 0 : targetPct }));
}

/** The two windows of the portfolio, in calendar days of the user's zone. */
export const PORTFOLIO_WINDOWS = [7, 28] as const;
export type PortfolioWindow = (typeof PORTFOLIO_WINDOWS)[number];

/**
 * The last `days` calendar days in `zone` as a half-open range of instants [start, end): today
 * and the `days − 1` days before it, so "last 7 days" starts at midnight six days ago and ends at
 * tomorrow's midnight (an entry logged for today later than `now` still counts). `days` ≥ 1.
 */
export function windowRangeInZone(now: Date, days: number, zone: string): { start: Date; end: Date } {
  if (!Number.isInteger(days) || days < 1) throw new DomainError("INVALID_DURATION", "A window is at least one whole day.");
  const today = startOfDayInZone(now, zone);
  return { start: addDaysInZone(today, -(days - 1), zone), end: addDaysInZone(today, 1, zone) };
}

/** Weeks the trend chart shows, the current week included. */
export const TREND_WEEKS = 10;

/** A week of the user's zone: its first day ("YYYY-MM-DD") and start instant. */
export type WeekStart = { key: string; start: Date };

/**
 * The last `count` weeks in `zone`, oldest first, ending with the week containing `now`; weeks
 * start on ISO weekday `weekStart` (the person's, lib/domain/week-start.ts; Monday by default).
 * Keys are each week's first local day as "YYYY-MM-DD" (what weekStartSql in
 * lib/server/portfolio/get-portfolio.ts gives), so SQL rows can be matched to them.
 */
export function recentWeeksInZone(now: Date, zone: string, count: number = TREND_WEEKS, weekStart: number = 1): WeekStart[] {
  if (!Number.isInteger(count) || count < 1) throw new DomainError("INVALID_DURATION", "Show at least one week.");
  const current = startOfWeekInZone(now, zone, weekStart);
  const weeks: WeekStart[] = [];
  for (let back = count - 1; back >= 0; back -= 1) {
    const start = addDaysInZone(current, -7 * back, zone);
    weeks.push({ key: dayKeyInZone(start, zone), start });
  }
  return weeks;
}

/** One SQL row of the trend: points logged to an area in the week whose first local day is `weekKey`. */
export type WeeklyPointsRow = { weekKey: string; areaId: string; points: number };

/** One week of the trend chart: its Monday, total points and, per area id, points and share (%). */
export type TrendWeek = {
  weekKey: string;
  total: number;
  points: Record<string, number>;
  /** share of the week's points, percent 0–100; 0 for every area in a week with no points */
  sharePct: Record<string, number>;
};

/**
 * Shapes per-week, per-area sums (from SQL) for the trend chart: one entry per week in `weeks`
 * (weeks without rows get zeros), one key per area in `areas`; rows for other weeks or areas are
 * ignored, so a chart never shows an area the legend doesn't name.
 */
export function weeklyTrend(weeks: readonly WeekStart[], areas: readonly Pick<AreaTarget, "id">[], rows: readonly WeeklyPointsRow[]): TrendWeek[] {
  const byWeek = new Map<string, Map<string, number>>();
  for (const row of rows) {
    assertFinite(row.points, "Points");
    const week = byWeek.get(row.weekKey) ?? new Map<string, number>();
    week.set(row.areaId, (week.get(row.areaId) ?? 0) + row.points);
    byWeek.set(row.weekKey, week);
  }
  return weeks.map(({ key }) => {
    const week = byWeek.get(key);
    const points: Record<string, number> = {};
    for (const area of areas) points[area.id] = week?.get(area.id) ?? 0;
    const total = Object.values(points).reduce((sum, value) => sum + value, 0);
    const sharePct: Record<string, number> = {};
    for (const area of areas) sharePct[area.id] = total > 0 ? ((points[area.id] ?? 0) / total) * 100 : 0;
    return { weekKey: key, total, points, sharePct };
  });
}

/** Drift smaller than this (percentage points, either way) counts as on target. */
export const NOTABLE_DRIFT_PP = 5;
/** At most this many suggestions, the largest drifts first. */
export const MAX_SUGGESTIONS = 3;
/** Below this many points in the window, shares swing on a single entry: say so instead of advising. */
export const MIN_POINTS_FOR_ADVICE = 5;

export type RebalancingAdvice =
  | { kind: "no-data"; text: string }
  | { kind: "too-little-data"; text: string }
  | { kind: "on-target"; text: string }
  | { kind: "rebalance"; suggestions: { areaId: string; direction: "under" | "over"; driftPp: number; text: string }[] };

function periodWords(windowDays: number): string {
  if (windowDays === 7) return "this week";
  if (windowDays === 28) return "this month";
  return `over the last ${windowDays} days`;
}

/**
 * Rebalancing suggestions in plain words from one window's allocation. With no points: how to
 * fill it (never advice to "rebalance" an empty week). With fewer than MIN_POINTS_FOR_ADVICE
 * points: a caution, not advice. Otherwise every area whose drift is at least NOTABLE_DRIFT_PP either way (rounded to whole points), largest
 * first, at most MAX_SUGGESTIONS ("Networking is 12 pp under target this month — …"); when none
 * is, "on target". `windowDays` names the period (7 → "this week", 28 → "this month").
 */
export function rebalancingAdvice(allocation: readonly AreaAllocation[], windowDays: number): RebalancingAdvice {
  const total = allocation.reduce((sum, area) => sum + area.points, 0);
  const period = periodWords(windowDays);
  if (total <= 0) {
    return {
      kind: "no-data",
      text: `No effort logged in the last ${windowDays} days. Log the energy you put into an area — a few points for an hour of work — and your actual shares will show here against your targets.`,
    };
  }
  if (total < MIN_POINTS_FOR_ADVICE) {
    return {
      kind: "too-little-data",
      text: `Only ${formatEffortPoints(total)} logged in the last ${windowDays} days — too little to read the shares yet. Keep logging and the drift will settle.`,
    };
  }
  const notable = allocation
    .map((area) => ({ area, drift: Math.round(area.driftPp) }))
    .filter(({ drift }) => Math.abs(drift) >= NOTABLE_DRIFT_PP)
    .sort((a, b) => Math.abs(b.drift) - Math.abs(a.drift) || a.area.name.localeCompare(b.area.name))
    .slice(0, MAX_SUGGESTIONS);
  if (notable.length === 0) {
    return { kind: "on-target", text: `Every area is within ${NOTABLE_DRIFT_PP} pp of its target ${period}. Keep the mix.` };
  }
  return {
    kind: "rebalance",
    suggestions: notable.map(({ area, drift }) => {
      const actual = Math.round(area.actualPct);
      if (drift < 0) {
        const why =
          area.points === 0
            ? `nothing logged against a ${area.targetPct} % target; one session there would start to close the gap.`
            : `${actual} % of your energy against a ${area.targetPct} % target; give it the next free hour.`;
        return { areaId: area.id, direction: "under" as const, driftPp: drift, text: `${area.name} is ${-drift} pp under target ${period} — ${why}` };
      }
      const why =
        area.targetPct === 0
          ? `it took ${actual} % of your energy with no target (archived or set to 0 %); move that energy to an area you aim for, or give it a target.`
          : `it took ${actual} % of your energy against a ${area.targetPct} % target; ease off or raise its target if that's the plan.`;
      return { areaId: area.id, direction: "over" as const, driftPp: drift, text: `${area.name} is ${drift} pp over target ${period} — ${why}` };
    }),
  };
}

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The instant stored for effort spent on calendar day `dayKey` ("YYYY-MM-DD") in `zone`: `now`
 * when that day is today (so today's entries sort by when they were logged), otherwise noon of
 * that day in the zone (safely inside the day whatever DST does). Throws for a malformed day.
 */
export function spentAtForDay(dayKey: string, now: Date, zone: string): Date {
  assertTimeZone(zone);
  const match = DAY_KEY.exec(dayKey);
  if (!match) throw new DomainError("INVALID_DATE", "The day must look like 2026-03-29.");
  if (dayKey === dayKeyInZone(now, zone)) return new Date(now.getTime());
  const [, y, m, d] = match;
  const noon = new TZDate(Number(y), Number(m) - 1, Number(d), 12, 0, 0, zone);
  if (dayKeyInZone(noon, zone) !== dayKey) throw new DomainError("INVALID_DATE", "That day does not exist.");
  return new Date(noon.getTime());
}

/** Energy points as stored: rounded to a thousandth, so sums subtract back exactly enough on edit/delete. */
export function roundEffortPoints(points: number): number {
  assertFinite(points, "Points");
  return Math.round(points * 1000) / 1000;
}

/** "1 point", "2.5 points": up to one decimal. */
export function formatEffortPoints(points: number): string {
  const rounded = Math.round(points * 10) / 10;
  return `${rounded} point${rounded === 1 ? "" : "s"}`;
}
