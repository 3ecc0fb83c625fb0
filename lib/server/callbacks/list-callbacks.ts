import { getDb } from "@/lib/db";
import type { CallbackState } from "@/lib/domain/callback-state";
import type { CallbackKind } from "@/lib/domain/kind-defaults";
import { type Lateness, lateness } from "@/lib/domain/lateness";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { damagedDateFields } from "@/lib/server/callbacks/damaged-dates";
import { shownProbabilitySql } from "@/lib/server/callbacks/shown-probability-sql";
import { utcTimestampSql } from "@/lib/server/sql-time";
import type { ListCallbacksQuery } from "@/lib/validation/callbacks";

export const PAGE_SIZE = 50;

export type CallbackListItem = {
  id: string;
  title: string;
  kind: CallbackKind;
  state: CallbackState;
  counterparty: string;
  area: { id: string; name: string; color: string } | null;
  startedAt: Date;
  expectedReplyBy: Date;
  timesOutAt: Date;
  settledAt: Date | null;
  isLate: boolean;
  payoff: number;
  probability: number;
  expectedValue: number;
  lateness: Lateness | null;
  /** Some stored dates can't be read (damaged-dates.ts): shown as damaged, with no lateness. */
  damaged: boolean;
};

export type CallbackPage = { items: CallbackListItem[]; total: number; page: number; pageCount: number; pageSize: number };

export type ListRow = Omit<CallbackListItem, "area" | "lateness" | "damaged"> & { areaId: string | null; areaName: string | null; areaColor: string | null };

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** The list's filters as SQL (also the API's cursor-paginated list, lib/server/callbacks/list-callbacks-by-cursor.ts). */
export function whereSql(actor: Actor, query: Pick<ListCallbacksQuery, "state" | "areaId" | "kind" | "lateness" | "q">, now: Date): Prisma.Sql {
  const nowSql = utcTimestampSql(now);
  const parts: Prisma.Sql[] = [Prisma.sql`c."userId" = ${actor.id}`];
  // Open: pending, and timed out until acknowledged in a tick (after that it is history; the
  // "Timed out" filter still lists every one). So the default list grows with open work only.
  if (query.state === "OPEN") parts.push(Prisma.sql`(c.state = 'PENDING' OR (c.state = 'TIMED_OUT' AND c."acknowledgedAt" IS NULL))`);
  else if (query.state !== "ALL") parts.push(Prisma.sql`c.state = ${query.state}::"CallbackState"`);
  if (query.areaId) parts.push(Prisma.sql`c."areaId" = ${query.areaId}`);
  if (query.kind) parts.push(Prisma.sql`c.kind = ${query.kind}::"CallbackKind"`);
  if (query.lateness === "on_time") parts.push(Prisma.sql`c.state = 'PENDING' AND c."expectedReplyBy" > ${nowSql}`);
  if (query.lateness === "overdue") {
    parts.push(Prisma.sql`c.state = 'PENDING' AND c."expectedReplyBy" <= ${nowSql} AND c."timesOutAt" > ${nowSql}`);
  }
  if (query.lateness === "timed_out") {
    parts.push(Prisma.sql`(c.state = 'TIMED_OUT' OR (c.state = 'PENDING' AND c."timesOutAt" <= ${nowSql}))`);
  }
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    parts.push(Prisma.sql`(c.title ILIKE ${pattern} OR c.counterparty ILIKE ${pattern})`);
  }
  return Prisma.join(parts, " AND ");
}

function orderSql(sort: ListCallbacksQuery["sort"]): Prisma.Sql {
  switch (sort) {
    case "probability":
      return Prisma.sql`probability DESC, c."timesOutAt" ASC, c.id`;
    case "ev":
      return Prisma.sql`"expectedValue" DESC, c."timesOutAt" ASC, c.id`;
    case "newest":
      return Prisma.sql`c."startedAt" DESC, c.id`;
    case "deadline":
      return Prisma.sql`c."timesOutAt" ASC, c.id`;
  }
}

/**
 * A page of the user's callbacks, filtered, searched and sorted on the server. The probability is
 * the shown one (silence decay up to `now`) computed in SQL, so sorting by probability or EV
 * agrees with what the list displays.
 */
export async function listCallbacks(actor: Actor, query: ListCallbacksQuery, now: Date): Promise<CallbackPage> {
  const db = getDb();
  const where = whereSql(actor, query, now);
  const probability = shownProbabilitySql(now);
  const [{ total }] = (await db.$queryRaw<{ total: number }[]>(Prisma.sql`
    SELECT COUNT(*)::int AS total FROM "Callback" c WHERE ${where}`)) as [{ total: number }];
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const rows = await db.$queryRaw<ListRow[]>(Prisma.sql`
    SELECT c.id, c.title, c.kind, c.state, c.counterparty, c."startedAt", c."expectedReplyBy", c."timesOutAt",
           c."settledAt", c."isLate", c.payoff, ${probability} AS probability,
           ${probability} * c.payoff AS "expectedValue",
           c."areaId", a.name AS "areaName", a.color AS "areaColor"
    FROM "Callback" c
    LEFT JOIN "Area" a ON a.id = c."areaId"
    WHERE ${where}
    ORDER BY ${orderSql(query.sort)}
    LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`);
  const items = rows.map((row) => toListItem(row, now));
  return { items, total, page, pageCount, pageSize: PAGE_SIZE };
}

/** A list row as the list shows it: its area, its lateness at `now`, or marked damaged. */
export function toListItem(row: ListRow, now: Date): CallbackListItem {
  const damaged = damagedDateFields(row).length > 0;
  const { areaId, areaName, areaColor } = row;
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    state: row.state,
    counterparty: row.counterparty,
    area: areaId && areaName && areaColor ? { id: areaId, name: areaName, color: areaColor } : null,
    startedAt: row.startedAt,
    expectedReplyBy: row.expectedReplyBy,
    timesOutAt: row.timesOutAt,
    settledAt: row.settledAt,
    isLate: row.isLate,
    payoff: row.payoff,
    probability: row.probability,
    expectedValue: row.expectedValue,
    lateness: damaged ? null : lateness({ state: row.state, expectedReplyBy: row.expectedReplyBy, timesOutAt: row.timesOutAt, now }),
    damaged,
  };
}
