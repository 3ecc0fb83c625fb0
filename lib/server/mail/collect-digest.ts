import { getDb } from "@/lib/db";
import { addDaysToKey, dayKeyToDate, mondayOf } from "@/lib/domain/day-keys";
import { localClock } from "@/lib/domain/digest-timing";
import type { LoadLevel } from "@/lib/domain/load";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { shownProbabilitySql } from "@/lib/server/callbacks/shown-probability-sql";
import { getLoad } from "@/lib/server/load/get-load";
import { computeWeekFigures } from "@/lib/server/review/compute-week-figures";
import { utcTimestampSql } from "@/lib/server/sql-time";
import { listTickQueue } from "@/lib/server/tick/list-tick-queue";

const HOUR_MS = 3_600_000;
/** Deadlines this close ahead are in the digest. */
export const DEADLINE_WINDOW_HOURS = 48;
/** At most this many items per section (the digest then says how many more). */
export const SECTION_LIMIT = 10;

export type DigestItem = { id: string; title: string; path: string; detail: string; at: Date };
export type DigestSection = { items: DigestItem[]; total: number };

export type DigestContent = {
  dayKey: string;
  timedOut: DigestSection;
  followUps: DigestSection;
  deadlines: DigestSection;
  checkIns: DigestSection;
  review: { week: string; path: string; started: number; fulfilled: number; rejected: number; timedOut: number; hitRate: number | null; effortPoints: number } | null;
  load: { load: number; capacity: number; level: LoadLevel };
  topBets: { id: string; title: string; path: string; evPerEnergy: number; probability: number; payoff: number }[];
};

export type DigestUser = Actor & { reviewDay: number };

function section(items: DigestItem[]): DigestSection {
  return { items: items.slice(0, SECTION_LIMIT), total: items.length };
}

/** Whether anything in the digest needs the user (the load and the bets alone never send one). */
export function digestNeedsUser(content: DigestContent): boolean {
  return content.timedOut.total + content.followUps.total + content.deadlines.total + content.checkIns.total > 0 || content.review !== null;
}

type CallbackRow = { id: string; title: string; at: Date };
type BetRow = { id: string; title: string; probability: number; payoff: number; effort: number };

/**
 * What the digest of `now`'s local day would say: callbacks that timed out since `since` (the
 * last digest) and are not yet acknowledged, follow-ups due (the Today queue's own rule),
 * deadlines in the next 48 hours, commitment check-ins and closes due, and on the review day the
 * reminder with the figures of the week to review (unless already completed). Plus the load and
 * the top two open bets by EV per energy, as the Portfolio ranks them.
 */
export async function collectDigest(user: DigestUser, since: Date, now: Date): Promise<DigestContent> {
  const db = getDb();
  const nowSql = utcTimestampSql(now);
  const clock = localClock(now, user.timeZone);
  const [timedOut, deadlines, queue, load, bets] = await Promise.all([
    db.$queryRaw<CallbackRow[]>(Prisma.sql`
      SELECT c.id, c.title, c."settledAt" AS at FROM "Callback" c
      WHERE c."userId" = ${user.id} AND c.state = 'TIMED_OUT' AND c."acknowledgedAt" IS NULL
        AND c."settledAt" > ${utcTimestampSql(since)} AND c."settledAt" <= ${nowSql}
      ORDER BY c."settledAt", c.id`),
    db.$queryRaw<CallbackRow[]>(Prisma.sql`
      SELECT c.id, c.title, c."timesOutAt" AS at FROM "Callback" c
      WHERE c."userId" = ${user.id} AND c.state = 'PENDING'
        AND c."timesOutAt" > ${nowSql} AND c."timesOutAt" <= ${utcTimestampSql(new Date(now.getTime() + DEADLINE_WINDOW_HOURS * HOUR_MS))}
      ORDER BY c."timesOutAt", c.id`),
    listTickQueue(user, now),
    getLoad(user, now),
    db.$queryRaw<BetRow[]>(Prisma.sql`
      SELECT id, title, probability, payoff, effort FROM (
        SELECT c.id, c.title, ${shownProbabilitySql(now)}::float8 AS probability, c.payoff, c.effort
        FROM "Callback" c WHERE c."userId" = ${user.id} AND c.state = 'PENDING'
      ) b
      ORDER BY b.probability * b.payoff / GREATEST(b.effort, 1) DESC, b.probability * b.payoff DESC, b.id
      LIMIT 2`),
  ]);

  const followUps: DigestItem[] = [];
  const checkIns: DigestItem[] = [];
  for (const item of queue.items) {
    if (item.kind === "callback" && item.reasons.includes("follow_up_due")) {
      followUps.push({ id: item.callback.id, title: item.callback.title, path: `/callbacks/${item.callback.id}`, detail: "follow-up due", at: item.since });
    } else if (item.kind === "commitment") {
      const c = item.commitment;
      const detail = c.type === "check-in" ? `check-in for ${c.periodLabel}` : "ended: kept or broken?";
      checkIns.push({ id: c.commitmentId, title: c.title, path: `/commitments/${c.commitmentId}`, detail, at: item.since });
    }
  }

  let review: DigestContent["review"] = null;
  if (clock.isoWeekday === user.reviewDay) {
    // The week of the last seven days: on a Sunday the week ending today, on other days last week.
    const week = mondayOf(addDaysToKey(clock.dayKey, -6));
    const done = await db.weeklyReview.findFirst({ where: { userId: user.id, weekStart: dayKeyToDate(week) }, select: { id: true } });
    if (!done) {
      const figures = await computeWeekFigures(user, week, now);
      review = {
        week,
        path: `/review/${week}`,
        started: figures.started,
        fulfilled: figures.settled.fulfilled,
        rejected: figures.settled.rejected,
        timedOut: figures.settled.timedOut,
        hitRate: figures.hitRate.rate,
        effortPoints: figures.effortPoints,
      };
    }
  }

  return {
    dayKey: clock.dayKey,
    timedOut: section(timedOut.map((row) => ({ id: row.id, title: row.title, path: `/callbacks/${row.id}`, detail: "timed out", at: row.at }))),
    followUps: section(followUps),
    deadlines: section(deadlines.map((row) => ({ id: row.id, title: row.title, path: `/callbacks/${row.id}`, detail: "times out", at: row.at }))),
    checkIns: section(checkIns),
    review,
    load: { load: load.load, capacity: load.capacity, level: load.level },
    topBets: bets.map((bet) => ({
      id: bet.id,
      title: bet.title,
      path: `/callbacks/${bet.id}`,
      probability: bet.probability,
      payoff: bet.payoff,
      evPerEnergy: (bet.probability * bet.payoff) / Math.max(bet.effort, 1),
    })),
  };
}
