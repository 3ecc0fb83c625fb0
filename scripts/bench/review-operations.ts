// The weekly review and insights pages (issue 5): through lib/server (app) and as the very same
// SQL statements run on the bare driver (direct: the builders' text and parameters, no Prisma, no
// shaping). Every figure is aggregated in SQL over the bench user's 10,000 callbacks and 5,000
// effort entries, so both sides should cost about the same. The setup adds what the seed lacks:
// commitments, focus-guard overrides and a dozen completed reviews (snapshots) to list.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import { daysOfWeek, shiftWeekKey, weekKeyOf, weekRangeOfKey } from "@/lib/domain/review";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import {
  allTimePowerLawSql,
  baseRatesByAreaSql,
  baseRatesByKindSql,
  calibrationSql,
  payoffHistogramSql,
} from "@/lib/server/insights/insights-sql";
import { getInsights } from "@/lib/server/insights/get-insights";
import { completeReview } from "@/lib/server/review/complete-review";
import { getReviewPage } from "@/lib/server/review/get-review-page";
import { REVIEWS_PAGE_SIZE } from "@/lib/server/review/list-reviews";
import { reviewListSql } from "@/lib/server/review/review-sql";
import { effortByAreaSql, endedCommitmentsSql, loadAtSql, overridesSql, settlementSql, weekPowerLawSql } from "@/lib/server/review/week-figures-sql";
import { completeReviewSchema } from "@/lib/validation/review";
import type { DirectDb } from "./direct";
import type { OperationGroup } from "./operation";

const DAY_MS = 86_400_000;

const allReviews = (userId: string, week: string) => reviewListSql(userId, week, REVIEWS_PAGE_SIZE);
const COMPLETED_WEEKS = 12;

/** A Prisma.Sql statement on the bare driver: the same text ($1, $2, …) and parameters. */
function run(db: DirectDb, statement: Prisma.Sql): Promise<Record<string, unknown>[]> {
  return db.query(statement.text, statement.values as unknown[]);
}

/** Everything a week's page reads when it isn't completed: past reviews (which say it isn't), then the figures' statements and areas. */
async function directWeekPage(db: DirectDb, actor: Actor, week: string, now: Date): Promise<number> {
  const reviews = await run(db, allReviews(actor.id, week));
  const { start, end } = weekRangeOfKey(week, actor.timeZone);
  const bounds = { userId: actor.id, start, end };
  const days = daysOfWeek(week, actor.timeZone)
    .filter((day) => day.start <= now)
    .map((day) => ({ at: day.end < now ? day.end : now }));
  const results = await Promise.all([
    run(db, settlementSql(bounds)),
    run(db, weekPowerLawSql(bounds)),
    run(db, effortByAreaSql(bounds)),
    run(db, loadAtSql(actor.id, days)),
    run(db, endedCommitmentsSql(bounds)),
    run(db, overridesSql(bounds)),
    db.query(`SELECT id, name, color, "targetPct", position, "archivedAt" FROM "Area" WHERE "userId" = $1 ORDER BY position`, [actor.id]),
  ]);
  return results.reduce((sum, rows) => sum + rows.length, reviews.length);
}

async function directInsights(db: DirectDb, userId: string): Promise<number> {
  const results = await Promise.all(
    [calibrationSql, baseRatesByKindSql, baseRatesByAreaSql, payoffHistogramSql, allTimePowerLawSql].map((build) => run(db, build(userId))),
  );
  return results.reduce((sum, rows) => sum + rows.length, 0);
}

/** Commitments over the two years (one a month, a few overrides each) and completed reviews of past weeks. */
async function seedReviewData(db: Db, actor: Actor, now: Date): Promise<void> {
  const areas = await db.area.findMany({ where: { userId: actor.id }, select: { id: true } });
  const commitments: Prisma.CommitmentCreateManyInput[] = [];
  const overrides: Prisma.FocusOverrideCreateManyInput[] = [];
  for (let month = 0; month < 24; month += 1) {
    const startsAt = new Date(now.getTime() - (730 - month * 30) * DAY_MS);
    const id = `benchcommit${month.toString().padStart(3, "0")}${randomUUID().slice(0, 8)}`;
    const endedAt = new Date(startsAt.getTime() + 21 * DAY_MS);
    commitments.push({
      id,
      userId: actor.id,
      areaId: areas[month % Math.max(1, areas.length)]?.id,
      title: `Bench commitment ${month}`,
      startsOn: new Date(startsAt.toISOString().slice(0, 10)),
      endsOn: new Date(endedAt.toISOString().slice(0, 10)),
      cadence: "WEEKLY",
      state: month === 23 ? "ACTIVE" : month % 3 === 0 ? "BROKEN" : "KEPT",
      endedAt: month === 23 ? null : endedAt,
      createdAt: startsAt,
    });
    for (let k = 0; k < 8; k += 1) {
      overrides.push({ commitmentId: id, commitmentIds: [id], commitmentTitles: [`Bench commitment ${month}`], userId: actor.id, callbackTitle: `Competing bet ${month}.${k}`, at: new Date(startsAt.getTime() + (k * 2 + 1) * DAY_MS) });
    }
  }
  await db.commitment.createMany({ data: commitments });
  await db.focusOverride.createMany({ data: overrides });
  const thisWeek = weekKeyOf(now, actor.timeZone);
  for (let i = 1; i <= COMPLETED_WEEKS; i += 1) {
    const week = shiftWeekKey(thisWeek, -i);
    await completeReview(actor, completeReviewSchema.parse({ week, stopDoing: `Bench reflection ${i}` }), now);
  }
  await db.$executeRawUnsafe(`ANALYZE "Commitment"`);
  await db.$executeRawUnsafe(`ANALYZE "FocusOverride"`);
  await db.$executeRawUnsafe(`ANALYZE "WeeklyReview"`);
}

/** The review page (this week, live; a past week, live), a completed week (from its snapshot), and insights. */
export const reviewOperations: OperationGroup = async ({ db, actor, bare, now }) => {
  await seedReviewData(db, actor, now);
  const thisWeek = weekKeyOf(now, actor.timeZone);
  // Half a year back: a week deep in the history, not completed.
  const pastWeek = shiftWeekKey(thisWeek, -26);
  const completedWeek = shiftWeekKey(thisWeek, -1);
  return [
    {
      name: "review page (this week, live)",
      app: () => getReviewPage(actor, thisWeek, now),
      direct: () => directWeekPage(bare, actor, thisWeek, now),
    },
    {
      name: "review page (26 weeks ago, live)",
      app: () => getReviewPage(actor, pastWeek, now),
      direct: () => directWeekPage(bare, actor, pastWeek, now),
    },
    {
      name: "review page (completed: snapshot)",
      app: () => getReviewPage(actor, completedWeek, now),
      direct: () => run(bare, allReviews(actor.id, completedWeek)),
    },
    { name: "insights page", app: () => getInsights(actor), direct: () => directInsights(bare, actor.id) },
  ];
};
