import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { readKeysetPage } from "@/lib/server/callbacks/list-callbacks-by-cursor";
import { type CallbackListItem, callbackSourceSql, whereSql } from "@/lib/server/callbacks/list-callbacks-sql";
import type { ListCallbacksQuery } from "@/lib/validation/callbacks";

export type { CallbackListItem } from "@/lib/server/callbacks/list-callbacks-sql";

export const PAGE_SIZE = 50;

/**
 * A page of the list: its items, the place of the first one and the count of all that match
 * ("Showing 51–100 of 1,234"), and the cursors of the pages before and after (null at either end).
 */
export type CallbackPage = { items: CallbackListItem[]; total: number; first: number; pageSize: number; nextCursor: string | null; prevCursor: string | null };

/**
 * A page of the user's callbacks for the list page, filtered, searched and sorted on the server,
 * by keyset from `query.cursor` (lib/server/callbacks/list-callbacks-by-cursor.ts; no OFFSET, so
 * a late page costs what the first does). The probability is the shown one (silence decay up to
 * the walk's instant) computed in SQL, so sorting by probability or EV agrees with what the list
 * displays. A cursor that doesn't fit (other filters, a hand-edited link) or that leads past the
 * end (rows deleted since) starts again from the first page.
 */
export async function listCallbacks(actor: Actor, query: ListCallbacksQuery, now: Date): Promise<CallbackPage> {
  const [{ total }] = (await getDb().$queryRaw<{ total: number }[]>(Prisma.sql`
    SELECT COUNT(*)::int AS total FROM ${callbackSourceSql(actor, query)} c WHERE ${whereSql(actor, query, now)}`)) as [{ total: number }];
  const keyset = { state: query.state, areaId: query.areaId, kind: query.kind, lateness: query.lateness, q: query.q, sort: query.sort, limit: PAGE_SIZE };
  let page = null;
  if (query.cursor) {
    try {
      page = await readKeysetPage(actor, { ...keyset, cursor: query.cursor }, now);
    } catch (error) {
      if (!(error instanceof AppError && error.code === "INVALID")) throw error;
    }
    if (page && page.items.length === 0) page = null;
  }
  page ??= await readKeysetPage(actor, keyset, now);
  return { items: page.items, total, first: page.first, pageSize: PAGE_SIZE, nextCursor: page.nextCursor, prevCursor: page.prevCursor };
}
