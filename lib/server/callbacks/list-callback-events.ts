import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { type CallbackEvent, Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";

type Row = { callbackId: string } & { [K in keyof CallbackEvent as `e_${K & string}`]: CallbackEvent[K] | null };

/**
 * A callback's whole history, oldest first. One query: the user's callback joined to its events,
 * so someone else's callback (or a missing one) is "not found", and one without events an empty list.
 */
export async function listCallbackEvents(actor: Actor, callbackId: string): Promise<CallbackEvent[]> {
  const rows = await getDb().$queryRaw<Row[]>(Prisma.sql`
    SELECT c.id AS "callbackId", e.id AS e_id, e."callbackId" AS "e_callbackId", e."userId" AS "e_userId", e.type AS e_type, e.at AS e_at,
           e."likelihoodRatio" AS "e_likelihoodRatio", e."probabilityBefore" AS "e_probabilityBefore", e."probabilityAfter" AS "e_probabilityAfter",
           e.label AS e_label, e.note AS e_note, e.data AS e_data, e."dedupeKey" AS "e_dedupeKey", e."createdAt" AS "e_createdAt"
    FROM "Callback" c
    LEFT JOIN "CallbackEvent" e ON e."callbackId" = c.id AND e."userId" = c."userId"
    WHERE c.id = ${callbackId} AND c."userId" = ${actor.id}
    ORDER BY e.at ASC, e."createdAt" ASC, e.id ASC`);
  if (rows.length === 0) throw notFound("That callback");
  return rows
    .filter((row) => row.e_id !== null)
    .map((row) => ({
      id: row.e_id!,
      callbackId: row.e_callbackId!,
      userId: row.e_userId!,
      type: row.e_type!,
      at: row.e_at!,
      likelihoodRatio: row.e_likelihoodRatio,
      probabilityBefore: row.e_probabilityBefore,
      probabilityAfter: row.e_probabilityAfter,
      label: row.e_label!,
      note: row.e_note!,
      data: row.e_data,
      dedupeKey: row.e_dedupeKey,
      createdAt: row.e_createdAt!,
    }));
}
