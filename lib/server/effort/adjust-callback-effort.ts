import type { Tx } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { utcTimestampSql } from "@/lib/server/sql-time";

/**
 * Keeps a callback's `effort` (energy points put in) in step with the effort entries tied to it:
 * adds `delta` points (negative when an entry shrinks or is deleted; never below 0, kept to a
 * thousandth), bumps the version like every callback write, and records the change in its
 * history. One UPDATE that locks the actor's row and returns the value before and after, then the
 * event; inside the caller's transaction, so the entry and the callback change together or not at
 * all. The callback must be the actor's own ("not found" otherwise).
 */
export async function adjustCallbackEffort(tx: Tx, actor: Actor, callbackId: string, delta: number, label: string, now: Date): Promise<void> {
  if (delta === 0) return;
  const rows = await tx.$queryRaw<{ before: number; after: number }[]>(Prisma.sql`
    UPDATE "Callback" c
    SET effort = GREATEST(0, round((old.effort + ${delta}::float8)::numeric, 3))::float8,
        version = c.version + 1,
        "updatedAt" = ${utcTimestampSql(now)}
    FROM (SELECT id, effort FROM "Callback" WHERE id = ${callbackId} AND "userId" = ${actor.id} FOR UPDATE) old
    WHERE c.id = old.id
    RETURNING old.effort AS before, c.effort AS after`);
  const change = rows[0];
  if (!change) throw notFound("That callback");
  await tx.callbackEvent.create({
    data: { callbackId, userId: actor.id, type: "EDITED", at: now, label, data: { effort: { before: change.before, after: change.after } } },
  });
}
