import { createHash } from "node:crypto";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { type CallbackListItem, type ListRow, callbackSourceSql, toListItem, whereSql } from "@/lib/server/callbacks/list-callbacks-sql";
import { shownProbabilitySql } from "@/lib/server/callbacks/shown-probability-sql";
import type { ListCallbacksApiQuery } from "@/lib/validation/v1/callbacks";

/**
 * Where a page ended: the sort, the last row's sort key and id, and the instant the first page
 * was read (`now`): probability, EV and lateness depend on the time, so every page of one walk
 * computes them at that same instant, and the order can't shift under the cursor. `f` fingerprints
 * the filters, so a cursor is not reused with other ones.
 */
type Cursor = {
  v: 2;
  s: ListCallbacksApiQuery["sort"];
  n: string;
  f: string;
  k: number | string;
  t: string;
  id: string;
  /** "b": the page before this row (the list page's Previous); absent: the page after it. */
  d?: "b";
  /** The row's 0-based place in the list when the cursor was made ("Showing 51–100"): display only. */
  o?: number;
};

/** The filters and sort of a list, a page size, and where to start (a cursor of this list). */
export type KeysetQuery = Omit<ListCallbacksApiQuery, "limit" | "cursor"> & { limit: number; cursor?: string };

/** One page read by keyset: its items, the place of the first one, and the cursors to either side. */
export type KeysetPage = { items: CallbackListItem[]; first: number; nextCursor: string | null; prevCursor: string | null };

/**
 * The row plus its timestamps as Postgres prints them ("2026-03-01 09:30:00.123"): a cursor keeps
 * those, so a row whose date JavaScript can't hold (year 10000, a damaged row) still ends a page.
 */
type Row = ListRow & { timesOutAtKey: string; startedAtKey: string };

/** A timestamp(3) as Postgres prints it, years 1–294276 (checked before it is cast back in SQL). */
const TIMESTAMP_KEY = /^\d{4,6}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?( BC)?$/;

function filterFingerprint(query: KeysetQuery): string {
  const filters = [query.state, query.areaId ?? "", query.kind ?? "", query.lateness ?? "", query.q ?? ""];
  return createHash("sha256").update(JSON.stringify(filters)).digest("base64url").slice(0, 12);
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor), "utf8").toString("base64url");
}

function decodeCursor(text: string, query: KeysetQuery): Cursor {
  const invalid = () => new AppError("INVALID", "That cursor is not valid for this list. Start again without one.", { cursor: ["Not a cursor of this list."] });
  let cursor: Cursor;
  try {
    cursor = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as Cursor;
  } catch {
    throw invalid();
  }
  if (cursor?.v !== 2 || cursor.s !== query.sort || cursor.f !== filterFingerprint(query) || typeof cursor.id !== "string") throw invalid();
  if (typeof cursor.n !== "string" || Number.isNaN(Date.parse(cursor.n)) || typeof cursor.t !== "string" || !TIMESTAMP_KEY.test(cursor.t)) throw invalid();
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(cursor.id)) throw invalid();
  if ((cursor.d !== undefined && cursor.d !== "b") || (cursor.o !== undefined && !(Number.isSafeInteger(cursor.o) && cursor.o >= 0))) throw invalid();
  if (query.sort === "probability" || query.sort === "ev" ? typeof cursor.k !== "number" || !Number.isFinite(cursor.k) : typeof cursor.k !== "string" || !TIMESTAMP_KEY.test(cursor.k)) throw invalid();
  return cursor;
}

/** ORDER BY of each sort — the page's (lib/server/callbacks/list-callbacks.ts), with the id as the last tie-breaker. */
const ORDER: Record<ListCallbacksApiQuery["sort"], Prisma.Sql> = {
  deadline: Prisma.sql`x."timesOutAt" ASC, x.id ASC`,
  newest: Prisma.sql`x."startedAt" DESC, x.id ASC`,
  probability: Prisma.sql`x.probability DESC, x."timesOutAt" ASC, x.id ASC`,
  ev: Prisma.sql`x."expectedValue" DESC, x."timesOutAt" ASC, x.id ASC`,
};

/** The same orders reversed, to read the rows before a cursor (then put back in order). */
const REVERSE: Record<ListCallbacksApiQuery["sort"], Prisma.Sql> = {
  deadline: Prisma.sql`x."timesOutAt" DESC, x.id DESC`,
  newest: Prisma.sql`x."startedAt" ASC, x.id DESC`,
  probability: Prisma.sql`x.probability ASC, x."timesOutAt" DESC, x.id DESC`,
  ev: Prisma.sql`x."expectedValue" ASC, x."timesOutAt" DESC, x.id DESC`,
};

/** Rows strictly before the cursor in the sort's order (the mirror of afterSql). */
function beforeSql(cursor: Cursor): Prisma.Sql {
  const t = Prisma.sql`${cursor.t}::timestamp(3)`;
  const tail = Prisma.sql`(x."timesOutAt", x.id) < (${t}, ${cursor.id})`;
  switch (cursor.s) {
    case "deadline":
      return tail;
    case "newest": {
      const started = Prisma.sql`${String(cursor.k)}::timestamp(3)`;
      return Prisma.sql`(x."startedAt" > ${started} OR (x."startedAt" = ${started} AND x.id < ${cursor.id}))`;
    }
    case "probability":
      return Prisma.sql`(x.probability > ${cursor.k}::float8 OR (x.probability = ${cursor.k}::float8 AND ${tail}))`;
    case "ev":
      return Prisma.sql`(x."expectedValue" > ${cursor.k}::float8 OR (x."expectedValue" = ${cursor.k}::float8 AND ${tail}))`;
  }
}

/** Rows strictly after the cursor in the sort's order. */
function afterSql(cursor: Cursor): Prisma.Sql {
  const t = Prisma.sql`${cursor.t}::timestamp(3)`;
  const tail = Prisma.sql`(x."timesOutAt", x.id) > (${t}, ${cursor.id})`;
  switch (cursor.s) {
    case "deadline":
      return tail;
    case "newest": {
      const started = Prisma.sql`${String(cursor.k)}::timestamp(3)`;
      return Prisma.sql`(x."startedAt" < ${started} OR (x."startedAt" = ${started} AND x.id > ${cursor.id}))`;
    }
    case "probability":
      return Prisma.sql`(x.probability < ${cursor.k}::float8 OR (x.probability = ${cursor.k}::float8 AND ${tail}))`;
    case "ev":
      return Prisma.sql`(x."expectedValue" < ${cursor.k}::float8 OR (x."expectedValue" = ${cursor.k}::float8 AND ${tail}))`;
  }
}

/**
 * The user's callbacks with the list page's filters and sorts, a page at a time by keyset (no
 * OFFSET): each page continues strictly after the last row of the previous one (or, with a
 * "before" cursor, ends strictly before the first row of the next one), so rows inserted or
 * deleted meanwhile never make a row appear twice or be skipped. Deadline and newest walk the
 * (userId, timesOutAt, id) and (userId, startedAt, id) indexes; probability and EV are computed at
 * the walk's fixed instant and sorted. A cursor of other filters or another sort is INVALID.
 */
export async function readKeysetPage(actor: Actor, query: KeysetQuery, now: Date): Promise<KeysetPage> {
  const cursor = query.cursor ? decodeCursor(query.cursor, query) : null;
  const backwards = cursor?.d === "b";
  const at = cursor ? new Date(cursor.n) : now;
  const probability = shownProbabilitySql(at);
  const rows = await getDb().$queryRaw<Row[]>(Prisma.sql`
    SELECT * FROM (
      SELECT c.id, c.title, c.kind, c.state, c.counterparty, c."startedAt", c."expectedReplyBy", c."timesOutAt",
             c."settledAt", c."isLate", c.payoff, ${probability}::float8 AS probability,
             (${probability} * c.payoff)::float8 AS "expectedValue",
             c."areaId", a.name AS "areaName", a.color AS "areaColor",
             c."timesOutAt"::text AS "timesOutAtKey", c."startedAt"::text AS "startedAtKey"
      FROM ${callbackSourceSql(actor, query)} c
      LEFT JOIN "Area" a ON a.id = c."areaId"
      WHERE ${whereSql(actor, query, at)}
    ) x
    WHERE ${cursor ? (backwards ? beforeSql(cursor) : afterSql(cursor)) : Prisma.sql`TRUE`}
    ORDER BY ${backwards ? REVERSE[query.sort] : ORDER[query.sort]}
    LIMIT ${query.limit + 1}`);
  const more = rows.length > query.limit;
  const page = rows.slice(0, query.limit);
  if (backwards) page.reverse();
  // Where the page starts, for "Showing 51–100": exact on a walk from the first page, approximate
  // if rows came or went meanwhile; a backwards read that reached the start is at 0.
  const first = !cursor ? 0 : backwards ? (more ? Math.max(0, (cursor.o ?? 0) - page.length) : 0) : (cursor.o ?? -1) + 1;
  const make = (row: Row, o: number, d?: "b") =>
    encodeCursor({
      v: 2,
      s: query.sort,
      n: at.toISOString(),
      f: filterFingerprint(query),
      k: query.sort === "probability" ? row.probability : query.sort === "ev" ? row.expectedValue : query.sort === "newest" ? row.startedAtKey : row.timesOutAtKey,
      t: row.timesOutAtKey,
      id: row.id,
      ...(d ? { d } : {}),
      o,
    });
  const last = page.at(-1);
  const head = page[0];
  return {
    items: page.map((row) => toListItem(row, at)),
    first,
    nextCursor: last && (backwards || more) ? make(last, first + page.length - 1) : null,
    prevCursor: head && (backwards ? more : cursor !== null) ? make(head, first, "b") : null,
  };
}

/** The API's list (GET /api/v1/callbacks): a page of `limit` and the cursor of the next one. */
export async function listCallbacksByCursor(actor: Actor, query: ListCallbacksApiQuery, now: Date): Promise<{ items: CallbackListItem[]; nextCursor: string | null }> {
  const { items, nextCursor } = await readKeysetPage(actor, query, now);
  return { items, nextCursor };
}
