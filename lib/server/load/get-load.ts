import { getDb } from "@/lib/db";
import {
  ARRIVAL_WINDOW_DAYS,
  type LoadLevel,
  type LoadProjection,
  SETTLE_WINDOW_DAYS,
  computeLoad,
  describeLoadProjection,
  loadLevel,
  projectLoadFromAggregates,
} from "@/lib/domain/load";
import type { Actor } from "@/lib/server/actor";
import { utcTimestampSql } from "@/lib/server/sql-time";
import { Prisma } from "@/lib/generated/prisma/client";

export type LoadSummary = {
  load: number;
  capacity: number;
  level: LoadLevel;
  projection: LoadProjection | null;
  /** "At this pace you will carry ~23 open threads; your capacity is 7." or null without history. */
  projectionText: string | null;
};

const DAY_MS = 86_400_000;

/**
 * The overload meter: load against capacity and the Little's-law projection. One statement of
 * four small index-backed aggregates (pending weights; active commitments; creations in 28 days;
 * settle time over 90 days), so it costs one round trip and the same however long the user's
 * history is.
 */
export async function getLoad(actor: Actor, now: Date): Promise<LoadSummary> {
  const [row] = await getDb().$queryRaw<LoadRow[]>(Prisma.sql`SELECT ${loadColumnsSql(actor.id, now)}`);
  return loadSummaryFromRow(row, actor.capacity);
}

/** The columns getLoad's statement reads (pending, active, created, mean_days); capture reads them with its other reads. */
export type LoadRow = { pending: number; active: number; created: number; mean_days: number | null };

/** getLoad's four aggregates as a select list, for a statement that reads other things too. */
export function loadColumnsSql(userId: string, now: Date): Prisma.Sql {
  const arrivalsFrom = new Date(now.getTime() - ARRIVAL_WINDOW_DAYS * DAY_MS);
  const settledFrom = new Date(now.getTime() - SETTLE_WINDOW_DAYS * DAY_MS);
  return Prisma.sql`
      ${currentLoadColumnsSql(userId)},
      (SELECT COUNT(*)::int FROM "Callback" WHERE "userId" = ${userId}
         AND "createdAt" > ${utcTimestampSql(arrivalsFrom)} AND "createdAt" <= ${utcTimestampSql(now)}) AS created,
      (SELECT AVG(GREATEST(0, EXTRACT(EPOCH FROM ("settledAt" - "startedAt"))::float8 / 86400.0))::float8 FROM "Callback"
       WHERE "userId" = ${userId} AND "settledAt" > ${utcTimestampSql(settledFrom)} AND "settledAt" <= ${utcTimestampSql(now)}) AS mean_days`;
}

/** The two aggregates the load itself needs (pending, active), without the projection's: what capture reads. */
export function currentLoadColumnsSql(userId: string): Prisma.Sql {
  return Prisma.sql`
      (SELECT COALESCE(SUM(weight), 0)::float8 FROM "Callback" WHERE "userId" = ${userId} AND state = 'PENDING') AS pending,
      -- ACTIVE includes upcoming ones and ended ones awaiting their verdict (index userId,state,endsOn).
      (SELECT COUNT(*)::int FROM "Commitment" WHERE "userId" = ${userId} AND state = 'ACTIVE') AS active`;
}

/** The load from `pending` and `active` (each ACTIVE commitment counts COMMITMENT_WEIGHT, 3, as DESIGN.md says). */
export function loadFromRow(row: Pick<LoadRow, "pending" | "active"> | undefined): number {
  return computeLoad({ pendingWeights: [Number(row?.pending ?? 0)], activeCommitments: Number(row?.active ?? 0) });
}

export function loadSummaryFromRow(row: LoadRow | undefined, capacity: number): LoadSummary {
  const load = loadFromRow(row);
  const projection = projectLoadFromAggregates({ createdInWindow: Number(row?.created ?? 0), meanDaysToSettle: row?.mean_days ?? null });
  return {
    load,
    capacity,
    level: loadLevel(load, capacity),
    projection,
    projectionText: projection ? describeLoadProjection(projection, capacity) : null,
  };
}
