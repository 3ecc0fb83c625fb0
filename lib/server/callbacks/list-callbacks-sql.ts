import type { CallbackState } from "@/lib/domain/callback-state";
import type { CallbackKind } from "@/lib/domain/kind-defaults";
import { type Lateness, lateness } from "@/lib/domain/lateness";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { damagedDateFields } from "@/lib/server/callbacks/damaged-dates";
import { openCallbacksSql } from "@/lib/server/callbacks/open-callbacks-sql";
import { utcTimestampSql } from "@/lib/server/sql-time";
import type { ListCallbacksQuery } from "@/lib/validation/callbacks";

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

export type ListRow = Omit<CallbackListItem, "area" | "lateness" | "damaged"> & { areaId: string | null; areaName: string | null; areaColor: string | null };

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** The rows the list reads (`FROM ${callbackSourceSql(…)} c`): the open half only for the default "open" list. */
export function callbackSourceSql(actor: Actor, query: Pick<ListCallbacksQuery, "state">): Prisma.Sql {
  return query.state === "OPEN" ? openCallbacksSql(actor.id) : Prisma.sql`"Callback"`;
}

/**
 * The list's filters as SQL, over `FROM ${callbackSourceSql(…)} c` (also the API's cursor-paginated
 * list, lib/server/callbacks/list-callbacks-by-cursor.ts).
 */
export function whereSql(actor: Actor, query: Pick<ListCallbacksQuery, "state" | "areaId" | "kind" | "lateness" | "q">, now: Date): Prisma.Sql {
  const nowSql = utcTimestampSql(now);
  const parts: Prisma.Sql[] = [Prisma.sql`c."userId" = ${actor.id}`];
  // Open (pending, and timed out until acknowledged in a tick; after that it is history, and the
  // "Timed out" filter still lists every one) is the row source itself, so the default list grows
  // with open work only. Repeating it here as an OR is pushed into both halves of the source and
  // leads the planner to walk every user's pending callbacks (10 ms at 100,000 callbacks).
  if (query.state !== "OPEN" && query.state !== "ALL") parts.push(Prisma.sql`c.state = ${query.state}::"CallbackState"`);
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
