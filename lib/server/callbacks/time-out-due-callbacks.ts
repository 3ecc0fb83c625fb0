import { type Db, getDb } from "@/lib/db";
import { type AggregateSource, aggregatesOf } from "@/lib/domain/aggregates";
import { Prisma } from "@/lib/generated/prisma/client";
import { addAggregateRows } from "@/lib/server/aggregates/apply-aggregate-delta";
import { shownProbabilitySql } from "@/lib/server/callbacks/shown-probability-sql";
import { utcTimestampSql } from "@/lib/server/sql-time";

const BATCH_SIZE = 500;

/**
 * The sweeper: times out every PENDING callback whose times-out-at has passed, across all users,
 * recording exactly one TIMED_OUT event each. Safe with several app instances on one database:
 * rows are claimed with FOR UPDATE SKIP LOCKED and re-checked as PENDING under the lock, and the
 * event's unique dedupe key ("timeout:<id>:<times-out-at>") makes a second insert impossible.
 * The callback is stamped as settled at its deadline, not when the sweep ran, so a catch-up after
 * downtime records the same history as a sweep on time. It lands unacknowledged, so it shows in
 * the user's next tick (even if an earlier timeout of the same callback was acknowledged), and the
 * user's webhook (if any) gets a callback.timed_out event queued in the same statement. Returns how many timed out. `db` defaults
 * to this process's client; tests pass a second client to race two sweepers like two instances.
 * Each batch moves the users' all-time aggregates in the same transaction.
 */
export async function timeOutDueCallbacks(now: Date, db: Db = getDb()): Promise<number> {
  let total = 0;
  for (;;) {
    const batch = await db.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<(AggregateSource & { userId: string; recorded: boolean })[]>(Prisma.sql`
      WITH due AS (
        SELECT id FROM "Callback"
        WHERE state = 'PENDING' AND "timesOutAt" <= ${utcTimestampSql(now)}
        ORDER BY "timesOutAt"
        LIMIT ${BATCH_SIZE}
        FOR UPDATE SKIP LOCKED
      ), timed_out AS (
        UPDATE "Callback" c
        SET state = 'TIMED_OUT',
            "settledAt" = c."timesOutAt",
            "probabilityAtSettlement" = ${shownProbabilitySql(Prisma.sql`c."timesOutAt"`)},
            "acknowledgedAt" = NULL,
            version = c.version + 1,
            "updatedAt" = ${utcTimestampSql(now)}
        FROM due
        WHERE c.id = due.id AND c.state = 'PENDING'
        RETURNING c.id, c."userId", c."timesOutAt", c."probabilityAtSettlement", c.state::text AS state, c.kind::text AS kind,
                  c."areaId", c."priorProbability", c.payoff, c."realisedPayoff", c.title, c.counterparty, c."isLate"
      ), hooks AS (
        -- The user's webhook hears of it in the same statement (so the same transaction).
        INSERT INTO "WebhookDelivery" (id, "webhookId", "userId", "eventType", body, "nextAttemptAt", "createdAt")
        SELECT gen_random_uuid()::text, w.id, t."userId", 'callback.timed_out',
               json_build_object(
                 'id', gen_random_uuid()::text,
                 'type', 'callback.timed_out',
                 'createdAt', to_char(${utcTimestampSql(now)}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                 'data', json_build_object('callback', json_build_object(
                   'id', t.id, 'title', t.title, 'kind', t.kind, 'state', 'TIMED_OUT', 'counterparty', t.counterparty,
                   'timesOutAt', to_char(t."timesOutAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                   'settledAt', to_char(t."timesOutAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                   'isLate', t."isLate"))
               )::text,
               ${utcTimestampSql(now)}, ${utcTimestampSql(now)}
        FROM timed_out t
        JOIN "Webhook" w ON w."userId" = t."userId" AND w."disabledAt" IS NULL
      ), recorded AS (
      INSERT INTO "CallbackEvent" (id, "callbackId", "userId", type, at, "probabilityBefore", label, note, "dedupeKey", "createdAt")
      SELECT gen_random_uuid()::text, t.id, t."userId", 'TIMED_OUT'::"CallbackEventType", t."timesOutAt",
             t."probabilityAtSettlement", 'Timed out', '',
             'timeout:' || t.id || ':' || to_char(t."timesOutAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS'),
             ${utcTimestampSql(now)}
      FROM timed_out t
      ON CONFLICT ("dedupeKey") DO NOTHING
      RETURNING "callbackId"
      )
      SELECT t."userId", t.state, t.kind, t."areaId", t."probabilityAtSettlement", t."priorProbability", t.payoff, t."realisedPayoff",
             EXISTS (SELECT 1 FROM recorded r WHERE r."callbackId" = t.id) AS recorded
      FROM timed_out t
      ORDER BY t."userId"`);
      // Each was PENDING (no share of the totals) a moment ago: add what they now contribute, per user.
      const byUser = new Map<string, AggregateSource[]>();
      for (const row of rows) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row]);
      for (const [userId, settled] of byUser) await addAggregateRows(tx, userId, aggregatesOf(settled));
      return rows;
    });
    total += batch.filter((row) => row.recorded).length;
    if (batch.length < BATCH_SIZE) return total;
  }
}
