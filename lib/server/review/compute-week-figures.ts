import { getDb } from "@/lib/db";
import { brierFromSum } from "@/lib/domain/calibration";
import { COMMITMENT_WEIGHT } from "@/lib/domain/load";
import { allocationVsTarget, areasForAllocation } from "@/lib/domain/portfolio";
import { type WeekFigures, daysOfWeek, hitRate, loadTrend, powerLaw, weekRangeOfKey } from "@/lib/domain/review";
import type { Actor } from "@/lib/server/actor";
import { readAggregates } from "@/lib/server/aggregates/read-aggregates";
import { listAreas } from "@/lib/server/areas/list-areas";
import type { PowerLawRow } from "@/lib/server/insights/calibration-sql";
import {
  type EffortRow,
  type EndedCommitmentRow,
  type LoadRow,
  type OverrideRow,
  type SettlementRow,
  effortByAreaSql,
  endedCommitmentsSql,
  loadAtSql,
  overridesSql,
  settlementSql,
  weekPowerLawSql,
} from "@/lib/server/review/week-figures-sql";

function iso(value: Date | string): string {
  return new Date(value).toISOString();
}

/**
 * The live figures of the week named `week` (its Monday, "YYYY-MM-DD") in the actor's zone, as
 * of `now`: a handful of aggregates computed in SQL (no per-callback rows leave the database
 * except the top five payoffs and up to 20 focus-guard overrides). The load trend covers the
 * days that have started by `now`, each taken at its end (or at `now` for today).
 */
export async function computeWeekFigures(actor: Actor, week: string, now: Date): Promise<WeekFigures> {
  const db = getDb();
  const { start, end } = weekRangeOfKey(week, actor.timeZone);
  const bounds = { userId: actor.id, start, end };
  const days = daysOfWeek(week, actor.timeZone)
    .filter((day) => day.start <= now)
    .map((day) => ({ day: day.day, at: day.end < now ? day.end : now }));

  const [settlement, law, effort, load, ended, overrides, areas, totals] = await Promise.all([
    db.$queryRaw<SettlementRow[]>(settlementSql(bounds)),
    db.$queryRaw<PowerLawRow[]>(weekPowerLawSql(bounds)),
    db.$queryRaw<EffortRow[]>(effortByAreaSql(bounds)),
    days.length > 0 ? db.$queryRaw<LoadRow[]>(loadAtSql(actor.id, days)) : Promise.resolve([] as LoadRow[]),
    db.$queryRaw<EndedCommitmentRow[]>(endedCommitmentsSql(bounds)),
    db.$queryRaw<OverrideRow[]>(overridesSql(bounds)),
    listAreas(actor.id, { includeArchived: true }),
    readAggregates(actor.id, ["bucket"]),
  ]);

  const s = settlement[0]!;
  const pointsByArea = new Map(effort.map((row) => [row.areaId, Number(row.points)]));
  const allocation = allocationVsTarget(areasForAllocation(areas, pointsByArea), pointsByArea);
  const head = law[0];
  const loadRow = load[0];
  const loadPoints = loadRow ? days.map((d, i) => ({ day: d.day, load: Number(loadRow.callbacks[i]) + COMMITMENT_WEIGHT * Number(loadRow.commitments[i]) })) : [];
  // Running = all-time totals minus what was scored after the week ended.
  const runningScored = totals.bucket.reduce((sum, row) => sum + row.count, 0) - s.later_scored;
  const runningSq = totals.bucket.reduce((sum, row) => sum + row.sumSq, 0) - (s.later_sq ?? 0);

  return {
    version: 1,
    week,
    timeZone: actor.timeZone,
    start: start.toISOString(),
    end: end.toISOString(),
    computedAt: now.toISOString(),
    started: s.started,
    settled: { fulfilled: s.fulfilled, rejected: s.rejected, timedOut: s.timed_out, cancelled: s.cancelled },
    hitRate: hitRate(s.week_scored, s.week_hits, s.week_expected ?? 0),
    brier: {
      week: brierFromSum(s.week_sq, s.week_scored),
      weekCount: s.week_scored,
      running: brierFromSum(runningScored > 0 ? Math.max(0, runningSq) : null, runningScored),
      runningCount: runningScored,
    },
    allocation,
    effortPoints: [...pointsByArea.values()].reduce((sum, points) => sum + points, 0),
    load: { capacity: actor.capacity, points: loadTrend(loadPoints, actor.capacity) },
    commitments: {
      kept: ended.filter((c) => c.state === "KEPT").map((c) => ({ id: c.id, title: c.title, endedAt: iso(c.endedAt) })),
      broken: ended.filter((c) => c.state === "BROKEN").map((c) => ({ id: c.id, title: c.title, endedAt: iso(c.endedAt) })),
      overrides: {
        count: overrides[0]?.total ?? 0,
        items: overrides.map((o) => {
          const titles = o.commitmentTitles?.length ? o.commitmentTitles : [o.commitmentTitle];
          return { at: iso(o.at), callbackTitle: o.callbackTitle, commitmentTitle: listTitles(titles), commitmentTitles: titles };
        }),
      },
    },
    payoffs: {
      top: law.filter((row) => row.id !== null).map((row) => ({ id: row.id!, title: row.title ?? "", value: Number(row.value) })),
      law: powerLaw({ count: head?.n ?? 0, total: head?.total ?? 0, topFifthSum: head?.top_fifth ?? 0, topThreeSum: head?.top_three ?? 0 }),
    },
  };
}

/** "A", "A and B", "A, B and C": the commitments one capture competed with, in one line. */
function listTitles(titles: readonly string[]): string {
  return titles.length <= 1 ? (titles[0] ?? "") : `${titles.slice(0, -1).join(", ")} and ${titles.at(-1)}`;
}
