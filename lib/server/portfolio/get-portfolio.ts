import { getDb } from "@/lib/db";
import {
  type AreaAllocation,
  type AreaTarget,
  type PortfolioArea,
  type RebalancingAdvice,
  type TrendWeek,
  allocationVsTarget,
  areasForAllocation,
  rebalancingAdvice,
  recentWeeksInZone,
  TREND_WEEKS,
  weeklyTrend,
  windowRangeInZone,
} from "@/lib/domain/portfolio";
import { DEFAULT_ENERGY_NEEDED, ENERGY_NEEDED_FLOOR } from "@/lib/domain/forward-ranking";
import { type RankedBet, rankByEvPerEnergy } from "@/lib/domain/value";
import type { IsoWeekday } from "@/lib/domain/week-start";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { shownProbabilitySql } from "@/lib/server/callbacks/shown-probability-sql";
import { utcTimestampSql, weekStartSql } from "@/lib/server/sql-time";

/** How many open bets the ranking shows. */
export const RANKED_BETS = 10;

export type PortfolioWindowFigures = {
  days: 7 | 28;
  start: Date;
  end: Date;
  totalPoints: number;
  allocation: AreaAllocation[];
  advice: RebalancingAdvice;
};

export type AreaValue = {
  /** null: open bets with no area */
  areaId: string | null;
  name: string;
  color: string;
  openBets: number;
  /** sum of shown probability × payoff over the area's pending callbacks */
  expectedValue: number;
};

export type RankedOpenBet = RankedBet<{
  id: string;
  title: string;
  areaId: string | null;
  areaName: string | null;
  areaColor: string | null;
  probability: number;
  payoff: number;
  /** energy points put in so far (Callback.effort): shown, but it no longer moves the ranking */
  effort: number;
  /** energy the bet still needs: the user's estimate, else the kind's default (the ranking divides by it) */
  energyNeeded: number;
}>;

export type Portfolio = {
  /** every area of the user, archived ones flagged (pickers use the active ones) */
  areas: PortfolioArea[];
  last7: PortfolioWindowFigures;
  last28: PortfolioWindowFigures;
  trend: { areas: AreaTarget[]; weeks: TrendWeek[] };
  valueByArea: AreaValue[];
  openBets: number;
  openExpectedValue: number;
  rankedBets: RankedOpenBet[];
};

type WindowRow = { areaId: string; points7: number; points28: number };
type WeekRow = { weekKey: string; areaId: string; points: number };
type ValueRow = { areaId: string | null; openBets: number; expectedValue: number };
type BetRow = { id: string; title: string; areaId: string | null; probability: number; payoff: number; effort: number; energyNeeded: number };

/** The kind's default energy still needed in SQL: a custom kind's own, else the built-in kind's (forward-ranking.ts). */
function defaultEnergySql(): Prisma.Sql {
  const cases = Object.entries(DEFAULT_ENERGY_NEEDED).map(([kind, points]) => Prisma.sql`WHEN ${kind} THEN ${points}::float8`);
  return Prisma.sql`COALESCE(k."defaultEnergyNeeded", CASE c.kind::text ${Prisma.join(cases, " ")} ELSE ${DEFAULT_ENERGY_NEEDED.OTHER}::float8 END)`;
}

/**
 * Everything the Portfolio page shows, aggregated in SQL so it costs the same however long the
 * history is: points per area over the last 7 and 28 calendar days of the user's zone (one scan of
 * the userId+spentAt index), points per area per Monday-start local week for the trend, and over
 * PENDING callbacks only the expected value per area (shown probability with silence decay ×
 * payoff) and the top RANKED_BETS by EV per energy point still needed (lib/domain/forward-ranking.ts):
 * the user's estimate (Callback.energyStillNeeded) or else the kind's default, at least one point.
 * Effort already logged is sunk and never moves a bet. Opportunity cost only needs the best two
 * ratios, which the top rows always contain.
 */
export async function getPortfolio(actor: Actor, now: Date, weekStart: IsoWeekday = 1): Promise<Portfolio> {
  const db = getDb();
  const zone = actor.timeZone;
  const range7 = windowRangeInZone(now, 7, zone);
  const range28 = windowRangeInZone(now, 28, zone);
  const weeks = recentWeeksInZone(now, zone, TREND_WEEKS, weekStart);
  const trendStart = weeks[0]!.start;
  const end = range28.end;
  const shown = shownProbabilitySql(now, "c");

  const [areaRows, windowRows, weekRows, valueRows, betRows] = await Promise.all([
    db.area.findMany({
      where: { userId: actor.id },
      orderBy: { position: "asc" },
      select: { id: true, name: true, color: true, targetPct: true, archivedAt: true },
    }),
    db.$queryRaw<WindowRow[]>(Prisma.sql`
      SELECT e."areaId",
             COALESCE(SUM(e.points) FILTER (WHERE e."spentAt" >= ${utcTimestampSql(range7.start)}), 0)::float8 AS "points7",
             SUM(e.points)::float8 AS "points28"
      FROM "EffortEntry" e
      WHERE e."userId" = ${actor.id} AND e."spentAt" >= ${utcTimestampSql(range28.start)} AND e."spentAt" < ${utcTimestampSql(end)}
      GROUP BY e."areaId"`),
    db.$queryRaw<WeekRow[]>(Prisma.sql`
      SELECT to_char(${weekStartSql(Prisma.sql`e."spentAt"`, zone, weekStart)}, 'YYYY-MM-DD') AS "weekKey",
             e."areaId",
             SUM(e.points)::float8 AS points
      FROM "EffortEntry" e
      WHERE e."userId" = ${actor.id} AND e."spentAt" >= ${utcTimestampSql(trendStart)} AND e."spentAt" < ${utcTimestampSql(end)}
      GROUP BY 1, 2`),
    db.$queryRaw<ValueRow[]>(Prisma.sql`
      SELECT c."areaId", COUNT(*)::int AS "openBets", COALESCE(SUM(${shown} * c.payoff), 0)::float8 AS "expectedValue"
      FROM "Callback" c
      WHERE c."userId" = ${actor.id} AND c.state = 'PENDING'
      GROUP BY c."areaId"`),
    db.$queryRaw<BetRow[]>(Prisma.sql`
      SELECT id, title, "areaId", probability, payoff, effort, "energyNeeded" FROM (
        SELECT c.id, c.title, c."areaId", ${shown}::float8 AS probability, c.payoff, c.effort,
               COALESCE(c."energyStillNeeded", ${defaultEnergySql()})::float8 AS "energyNeeded"
        FROM "Callback" c LEFT JOIN "Kind" k ON k.id = c."customKindId"
        WHERE c."userId" = ${actor.id} AND c.state = 'PENDING'
      ) b
      ORDER BY b.probability * b.payoff / GREATEST(b."energyNeeded", ${ENERGY_NEEDED_FLOOR}) DESC, b.probability * b.payoff DESC, b.id
      LIMIT ${RANKED_BETS}`),
  ]);

  const areas: PortfolioArea[] = areaRows.map(({ archivedAt, ...area }) => ({ ...area, isArchived: archivedAt !== null }));
  const byId = new Map(areas.map((area) => [area.id, area]));

  const figures = (days: 7 | 28, range: { start: Date; end: Date }): PortfolioWindowFigures => {
    const points = new Map(windowRows.map((row) => [row.areaId, days === 7 ? row.points7 : row.points28]));
    const allocation = allocationVsTarget(areasForAllocation(areas, points), points);
    const totalPoints = allocation.reduce((sum, area) => sum + area.points, 0);
    return { days, start: range.start, end: range.end, totalPoints, allocation, advice: rebalancingAdvice(allocation, days) };
  };

  const trendPoints = new Map<string, number>();
  for (const row of weekRows) trendPoints.set(row.areaId, (trendPoints.get(row.areaId) ?? 0) + row.points);
  const trendAreas = areasForAllocation(areas, trendPoints);

  const valueByArea: AreaValue[] = valueRows
    .map((row) => {
      const area = row.areaId ? byId.get(row.areaId) : undefined;
      return {
        areaId: row.areaId,
        name: area?.name ?? "No area",
        color: area?.color ?? "#64748b",
        openBets: row.openBets,
        expectedValue: row.expectedValue,
        position: area ? areas.indexOf(area) : areas.length,
      };
    })
    .sort((a, b) => a.position - b.position)
    .map((value) => ({ areaId: value.areaId, name: value.name, color: value.color, openBets: value.openBets, expectedValue: value.expectedValue }));

  const rankedBets = rankByEvPerEnergy(
    betRows.map((row) => {
      const area = row.areaId ? byId.get(row.areaId) : undefined;
      return { ...row, areaName: area?.name ?? null, areaColor: area?.color ?? null, energyNeeded: Math.max(ENERGY_NEEDED_FLOOR, row.energyNeeded) };
    }),
  );

  return {
    areas,
    last7: figures(7, range7),
    last28: figures(28, range28),
    trend: { areas: trendAreas, weeks: weeklyTrend(weeks, trendAreas, weekRows) },
    valueByArea,
    openBets: valueByArea.reduce((sum, value) => sum + value.openBets, 0),
    openExpectedValue: valueByArea.reduce((sum, value) => sum + value.expectedValue, 0),
    rankedBets,
  };
}
