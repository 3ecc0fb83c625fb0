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

type Row = {
  lastCompletedAt: Date | null;
  lastProcessed: number | null;
  since: Date | null;
  fulfilled: number;
  rejected: number;
  timedOut: number;
  cancelled: number;
  created: number;
};

/**
 * The "loop clear" summary at `now`: the last recorded tick and what changed since then (or since
 * the user joined). One statement: the last tick (index userId,completedAt), then counts on the
 * Callback indexes (userId,settledAt) and (userId,createdAt), so it costs what changed, not the
 * user's whole history. A callback's state now decides its bucket (a timeout later settled by a
 * late reply counts as settled).
 */
export async function getTickSummary(actor: Actor, now: Date): Promise<TickSummary> {
  const nowSql = utcTimestampSql(now);
  const [row] = await getDb().$queryRaw<Row[]>(Prisma.sql`
    WITH last AS (
      SELECT t."completedAt", t.processed FROM "Tick" t
      WHERE t."userId" = ${actor.id} AND t."completedAt" <= ${nowSql}
      ORDER BY t."completedAt" DESC LIMIT 1
    ), since AS (
      SELECT COALESCE((SELECT "completedAt" FROM last), (SELECT u."createdAt" FROM "User" u WHERE u.id = ${actor.id})) AS at
    )
    SELECT (SELECT "completedAt" FROM last) AS "lastCompletedAt",
           (SELECT processed FROM last) AS "lastProcessed",
           (SELECT at FROM since) AS since,
           COUNT(*) FILTER (WHERE c.state = 'FULFILLED')::int AS fulfilled,
           COUNT(*) FILTER (WHERE c.state = 'REJECTED')::int AS rejected,
           COUNT(*) FILTER (WHERE c.state = 'TIMED_OUT')::int AS "timedOut",
           COUNT(*) FILTER (WHERE c.state = 'CANCELLED')::int AS cancelled,
           (SELECT COUNT(*)::int FROM "Callback" n, since
             WHERE n."userId" = ${actor.id} AND n."createdAt" > since.at AND n."createdAt" <= ${nowSql}) AS created
    FROM since
    LEFT JOIN "Callback" c ON c."userId" = ${actor.id} AND c."settledAt" > since.at AND c."settledAt" <= ${nowSql}`);
  if (!row?.since) throw notFound("Your account");
  const { lastCompletedAt, lastProcessed, since, ...changes } = row;
  return {
    lastTick: lastCompletedAt ? { completedAt: lastCompletedAt, processed: lastProcessed ?? 0 } : null,
    since,
    sinceKind: lastCompletedAt ? "tick" : "joined",
    changes,
  };
}
