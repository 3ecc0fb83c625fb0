import { getDb } from "@/lib/db";
import type { CommitmentTickItem } from "@/lib/domain/commitment-check-ins";
import type { CallbackKind } from "@/lib/domain/kind-defaults";
import { STALE_AFTER_DAYS } from "@/lib/domain/lateness";
import { type TickItem, buildTickQueue } from "@/lib/domain/tick";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { shownProbabilitySql } from "@/lib/server/callbacks/shown-probability-sql";
import { listCommitmentTickItems } from "@/lib/server/commitments/list-commitment-tick-items";
import { utcTimestampSql } from "@/lib/server/sql-time";

/** At most this many items are listed at once (the digest reads this many). */
export const TICK_QUEUE_LIMIT = 100;
/**
 * Today shows this many at a time; the rest follow as these are processed (the page says how
 * many more). Fifty is more than a daily tick gets through, and keeps the page light.
 */
export const TODAY_QUEUE_LIMIT = 50;

export type TickCallback = {
  id: string;
  title: string;
  kind: CallbackKind;
  state: "PENDING" | "TIMED_OUT";
  counterparty: string;
  startedAt: Date;
  expectedReplyBy: Date;
  timesOutAt: Date;
  lastContactAt: Date;
  followUpDays: number[];
  followUpCount: number;
  settledAt: Date | null;
  acknowledgedAt: Date | null;
  snoozedUntil: Date | null;
  payoff: number;
  /** The shown probability at `now` (silence decay included), in [0,1]. */
  probability: number;
  version: number;
  area: { id: string; name: string; color: string } | null;
};

export type TickQueueItem = TickItem<TickCallback, CommitmentTickItem>;
export type TickQueue = { items: TickQueueItem[]; total: number };

type Row = Omit<TickCallback, "area"> & { areaId: string | null; areaName: string | null; areaColor: string | null };

/**
 * The candidates, as a row source (`FROM ${candidatesSql(…)} c`). Only open rows can need the
 * user: PENDING ones (bounded by what is open, not by history; index userId,state,expectedReplyBy)
 * that are overdue, stale or may have a follow-up due, and TIMED_OUT ones not yet acknowledged
 * (index userId,state,acknowledgedAt). Two halves, each with its own conditions: one WHERE with an
 * OR of both, over the open set, is pushed into both halves and sends the planner through every
 * user's pending callbacks. The follow-up test in SQL allows a day of slack for DST (the gap is
 * counted in calendar days of the user's zone); lib/domain/tick.ts decides exactly.
 */
function candidatesSql(actor: Actor, now: Date): Prisma.Sql {
  const nowSql = utcTimestampSql(now);
  const staleBefore = utcTimestampSql(new Date(now.getTime() - STALE_AFTER_DAYS * 86_400_000));
  const notSnoozed = Prisma.sql`("snoozedUntil" IS NULL OR "snoozedUntil" <= ${nowSql})`;
  const gap = Prisma.sql`("followUpDays"["followUpCount" + 1] - COALESCE("followUpDays"["followUpCount"], 0))`;
  return Prisma.sql`(
    SELECT * FROM "Callback" WHERE "userId" = ${actor.id} AND state = 'PENDING' AND ${notSnoozed} AND (
      "expectedReplyBy" <= ${nowSql}
      OR "lastContactAt" <= ${staleBefore}
      OR ("followUpCount" < cardinality("followUpDays") AND "lastContactAt" + (${gap} - 1) * interval '1 day' <= ${nowSql}))
    UNION ALL
    SELECT * FROM "Callback" WHERE "userId" = ${actor.id} AND state = 'TIMED_OUT' AND "acknowledgedAt" IS NULL AND ${notSnoozed})`;
}

/**
 * The daily tick's queue at `now`: what needs the user, one item per callback under its most
 * urgent reason plus the commitments' check-ins and closes, in the order of lib/domain/tick.ts.
 * One query for the callbacks (with the shown probability and area) and one for commitments;
 * `total` counts every item, `items` holds the first `limit` (default TICK_QUEUE_LIMIT).
 */
export async function listTickQueue(actor: Actor, now: Date, { limit = TICK_QUEUE_LIMIT }: { limit?: number } = {}): Promise<TickQueue> {
  const [rows, commitments] = await Promise.all([
    getDb().$queryRaw<Row[]>(Prisma.sql`
      SELECT c.id, c.title, c.kind, c.state, c.counterparty, c."startedAt", c."expectedReplyBy", c."timesOutAt",
             c."lastContactAt", c."followUpDays", c."followUpCount", c."settledAt", c."acknowledgedAt", c."snoozedUntil",
             c.payoff, ${shownProbabilitySql(now)} AS probability, c.version,
             c."areaId", a.name AS "areaName", a.color AS "areaColor"
      FROM ${candidatesSql(actor, now)} c
      LEFT JOIN "Area" a ON a.id = c."areaId"`),
    listCommitmentTickItems(actor, now),
  ]);
  const callbacks: TickCallback[] = rows.map(({ areaId, areaName, areaColor, ...row }) => ({
    ...row,
    area: areaId && areaName && areaColor ? { id: areaId, name: areaName, color: areaColor } : null,
  }));
  const queue = buildTickQueue({ callbacks, commitments, now, timeZone: actor.timeZone });
  return { items: queue.slice(0, limit), total: queue.length };
}
