import { getDb } from "@/lib/db";
import { addDaysToKey, startOfDayKeyInZone } from "@/lib/domain/day-keys";
import { AppError } from "@/lib/errors";
import type { EffortEntry } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import type { ListEffortQuery } from "@/lib/validation/v1/effort";

type Cursor = { v: 1; t: string; id: string };

/**
 * The actor's effort entries between two days of their zone (both included; either open), newest
 * first (by the time spent, then id), a page at a time by keyset on the (userId, spentAt) index;
 * only those tied to `callbackId` when given.
 */
export async function listEffortPage(actor: Actor, query: ListEffortQuery): Promise<{ items: EffortEntry[]; nextCursor: string | null }> {
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  const spentAt: { gte?: Date; lt?: Date } = {};
  if (query.from) spentAt.gte = startOfDayKeyInZone(query.from, actor.timeZone);
  if (query.to) spentAt.lt = startOfDayKeyInZone(addDaysToKey(query.to, 1), actor.timeZone);
  const rows = await getDb().effortEntry.findMany({
    where: {
      userId: actor.id,
      ...(query.callbackId ? { callbackId: query.callbackId } : {}),
      spentAt,
      ...(cursor ? { OR: [{ spentAt: { lt: new Date(cursor.t) } }, { spentAt: new Date(cursor.t), id: { lt: cursor.id } }] } : {}),
    },
    orderBy: [{ spentAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
  });
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  const nextCursor = rows.length > query.limit && last ? Buffer.from(JSON.stringify({ v: 1, t: last.spentAt.toISOString(), id: last.id })).toString("base64url") : null;
  return { items, nextCursor };
}

function decodeCursor(text: string): Cursor {
  try {
    const cursor = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as Cursor;
    if (cursor?.v === 1 && typeof cursor.id === "string" && !Number.isNaN(Date.parse(cursor.t))) return cursor;
  } catch {
    // fall through
  }
  throw new AppError("INVALID", "That cursor is not valid for this list. Start again without one.", { cursor: ["Not a cursor of this list."] });
}
