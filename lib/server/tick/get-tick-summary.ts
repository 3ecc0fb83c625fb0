import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { utcTimestampSql } from "@/lib/server/sql-time";

/** What changed in the user's loop between two instants. */
export type TickChanges = {
  fulfilled: number;
  rejected: number;
  /** Timed out by themselves (the sweeper), and still timed out. */
  timedOut: number;
  cancelled: number;
  /** Callbacks captured. */
  created: number;
};

export type TickSummary = {
  /** The last recorded tick, or null before the first. */
  lastTick: { completedAt: Date; processed: number } | null;
  /** Changes are counted after this instant: the last tick, or when the user joined. */
  since: Date;
  sinceKind: "tick" | "joined";
  changes: TickChanges;
};

type Since = { lastCompletedAt: Date | null; lastProcessed: number | null; joinedAt: Date };

/**
 * The "loop clear" summary at `now`: the last recorded tick and what changed since then (or since
 * the user joined). Two statements: the last tick (index userId,completedAt), then counts on the
 * Callback indexes (userId,settledAt) and (userId,createdAt) from that instant, so it costs what
 * changed, not the user's whole history. A callback's state now decides its bucket (a timeout later settled by a
 * late reply counts as settled).
 */
export async function getTickSummary(actor: Actor, now: Date): Promise<TickSummary> {
  const db = getDb();
  const nowSql = utcTimestampSql(now);
  // Two statements on purpose: with "since" computed inside the counting statement the planner
  // can't see its value, guesses a third of the user's callbacks and scans every one of them
  // (210 ms at 100,000 callbacks); given as a value it walks the indexes from there.
  const [known] = await db.$queryRaw<Since[]>(Prisma.sql`
    SELECT t."completedAt" AS "lastCompletedAt", t.processed AS "lastProcessed", u."createdAt" AS "joinedAt"
    FROM "User" u
    LEFT JOIN LATERAL (
      SELECT "completedAt", processed FROM "Tick"
      WHERE "userId" = u.id AND "completedAt" <= ${nowSql}
      ORDER BY "completedAt" DESC LIMIT 1
    ) t ON true
    WHERE u.id = ${actor.id}`);
  if (!known) throw notFound("Your account");
  const { lastCompletedAt, lastProcessed, joinedAt } = known;
  const since = lastCompletedAt ?? joinedAt;
  const sinceSql = utcTimestampSql(since);
  const [changes] = await db.$queryRaw<TickChanges[]>(Prisma.sql`
    SELECT COUNT(*) FILTER (WHERE c.state = 'FULFILLED')::int AS fulfilled,
           COUNT(*) FILTER (WHERE c.state = 'REJECTED')::int AS rejected,
           COUNT(*) FILTER (WHERE c.state = 'TIMED_OUT')::int AS "timedOut",
           COUNT(*) FILTER (WHERE c.state = 'CANCELLED')::int AS cancelled,
           (SELECT COUNT(*)::int FROM "Callback" n
             WHERE n."userId" = ${actor.id} AND n."createdAt" > ${sinceSql} AND n."createdAt" <= ${nowSql}) AS created
    FROM "Callback" c
    WHERE c."userId" = ${actor.id} AND c."settledAt" > ${sinceSql} AND c."settledAt" <= ${nowSql}`);
  return {
    lastTick: lastCompletedAt ? { completedAt: lastCompletedAt, processed: lastProcessed ?? 0 } : null,
    since,
    sinceKind: lastCompletedAt ? "tick" : "joined",
    changes: changes!,
  };
}
