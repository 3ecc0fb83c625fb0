// The daily tick (issue 4): building the Today queue and its "loop clear" summary, through
// lib/server (app) and as the same SQL hand-written on the bare driver (direct). Both sides hand
// their rows to the same pure lib/domain/tick.ts ordering, so the difference is the data access.
import { Prisma } from "@/lib/generated/prisma/client";
import { STALE_AFTER_DAYS } from "@/lib/domain/lateness";
import { type TickCallbackRow, buildTickQueue } from "@/lib/domain/tick";
import { getTickSummary } from "@/lib/server/tick/get-tick-summary";
import { listTickQueue } from "@/lib/server/tick/list-tick-queue";
import type { DirectDb } from "./direct";
import type { OperationGroup } from "./operation";

/** Timed-out callbacks the bench user hasn't looked at yet: a realistic few, not 3,500 of history. */
const UNACKNOWLEDGED_TIMEOUTS = 5;

const AT = (n: number) => `($${n}::timestamptz AT TIME ZONE 'UTC')`;

function shownProbability(n: number): string {
  const survival = `power(2::float8, GREATEST(-1000::float8, -GREATEST(0::float8, EXTRACT(EPOCH FROM (${AT(n)} - c."lastContactAt"))::float8 / 86400.0) / c."expectedReplyDays"))`;
  const posterior = `(1.0 / (1.0 + (1.0 - c.probability) / (c.probability * ${survival})))`;
  return `(CASE WHEN c.state = 'PENDING' THEN LEAST(c.probability, GREATEST(${posterior}, LEAST(c.probability, 0.001::float8))) ELSE COALESCE(c."probabilityAtSettlement", c.probability) END)`;
}

/** The Today queue by hand: candidates (as list-tick-queue.ts), active commitments, then the domain's order. */
async function directTickQueue(db: DirectDb, userId: string, zone: string, now: Date): Promise<number> {
  const staleBefore = new Date(now.getTime() - STALE_AFTER_DAYS * 86_400_000).toISOString();
  const gap = `(c."followUpDays"[c."followUpCount" + 1] - COALESCE(c."followUpDays"[c."followUpCount"], 0))`;
  const notSnoozed = `(c."snoozedUntil" IS NULL OR c."snoozedUntil" <= ${AT(2)})`;
  const [rows, commitments] = await Promise.all([
    db.query(
      `SELECT c.id, c.title, c.kind, c.state, c.counterparty, c."startedAt", c."expectedReplyBy", c."timesOutAt",
              c."lastContactAt", c."followUpDays", c."followUpCount", c."settledAt", c."acknowledgedAt", c."snoozedUntil",
              c.payoff, ${shownProbability(2)} AS probability, c.version, c."areaId", a.name AS "areaName", a.color AS "areaColor"
       FROM "Callback" c LEFT JOIN "Area" a ON a.id = c."areaId"
       WHERE (c."userId" = $1 AND c.state = 'PENDING' AND ${notSnoozed} AND (
                c."expectedReplyBy" <= ${AT(2)} OR c."lastContactAt" <= ${AT(3)}
                OR (c."followUpCount" < cardinality(c."followUpDays") AND c."lastContactAt" + (${gap} - 1) * interval '1 day' <= ${AT(2)})))
          OR (c."userId" = $1 AND c.state = 'TIMED_OUT' AND c."acknowledgedAt" IS NULL AND ${notSnoozed})`,
      [userId, now.toISOString(), staleBefore],
    ),
    db.query(
      `SELECT c.id, c.title, c."startsOn"::text AS "startsOn", c."endsOn"::text AS "endsOn", c.cadence::text AS cadence,
              string_agg(ci.period::text, ',') AS periods
       FROM "Commitment" c
       LEFT JOIN "CommitmentCheckIn" ci ON ci."commitmentId" = c.id AND ci."userId" = c."userId" AND ci.period >= ($2::date - 14)
       WHERE c."userId" = $1 AND c.state = 'ACTIVE' AND c."startsOn" <= $2::date
       GROUP BY c.id ORDER BY c."endsOn", c.id`,
      [userId, now.toISOString().slice(0, 10)],
    ),
  ]);
  const queue = buildTickQueue({ callbacks: rows as unknown as TickCallbackRow[], now, timeZone: zone });
  return queue.slice(0, 100).length + commitments.length;
}

/** "Loop clear" by hand: the last tick (or joining), then what settled and what arrived since, in one statement. */
async function directTickSummary(db: DirectDb, userId: string, now: Date): Promise<number> {
  const [row] = await db.query(
    `WITH last AS (SELECT "completedAt", processed FROM "Tick" WHERE "userId" = $1 AND "completedAt" <= ${AT(2)} ORDER BY "completedAt" DESC LIMIT 1),
          since AS (SELECT COALESCE((SELECT "completedAt" FROM last), (SELECT "createdAt" FROM "User" WHERE id = $1)) AS at)
     SELECT (SELECT "completedAt" FROM last) AS "lastCompletedAt", (SELECT processed FROM last) AS "lastProcessed", (SELECT at FROM since) AS since,
            COUNT(*) FILTER (WHERE c.state = 'FULFILLED')::int AS fulfilled, COUNT(*) FILTER (WHERE c.state = 'REJECTED')::int AS rejected,
            COUNT(*) FILTER (WHERE c.state = 'TIMED_OUT')::int AS "timedOut", COUNT(*) FILTER (WHERE c.state = 'CANCELLED')::int AS cancelled,
            (SELECT COUNT(*)::int FROM "Callback" n, since WHERE n."userId" = $1 AND n."createdAt" > since.at AND n."createdAt" <= ${AT(2)}) AS created
     FROM since LEFT JOIN "Callback" c ON c."userId" = $1 AND c."settledAt" > since.at AND c."settledAt" <= ${AT(2)}`,
    [userId, now.toISOString()],
  );
  return Number(row?.created ?? 0);
}

export const tickOperations: OperationGroup = async ({ db, actor, bare, now }) => {
  // The seed leaves every timed-out callback unacknowledged; a real user has looked at all but
  // the latest few. A tick a week ago gives the summary a realistic window.
  await db.$executeRaw(Prisma.sql`
    UPDATE "Callback" SET "acknowledgedAt" = "settledAt"
    WHERE "userId" = ${actor.id} AND state = 'TIMED_OUT' AND "acknowledgedAt" IS NULL
      AND id NOT IN (SELECT id FROM "Callback" WHERE "userId" = ${actor.id} AND state = 'TIMED_OUT'
                     ORDER BY "timesOutAt" DESC LIMIT ${UNACKNOWLEDGED_TIMEOUTS})`);
  await db.tick.create({ data: { userId: actor.id, completedAt: new Date(now.getTime() - 7 * 86_400_000), processed: 12 } });
  const queue = await listTickQueue(actor, now);
  return [
    {
      name: `today: tick queue (${queue.total} items)`,
      app: () => listTickQueue(actor, now),
      direct: () => directTickQueue(bare, actor.id, actor.timeZone, now),
    },
    { name: "today: loop-clear summary", app: () => getTickSummary(actor, now), direct: () => directTickSummary(bare, actor.id, now) },
  ];
};
