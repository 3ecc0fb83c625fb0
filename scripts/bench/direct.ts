// The bench's baseline: the same work as the app's list, detail and capture, written by hand in
// SQL and run straight through node-postgres or PGlite's `query`, with no Prisma in between.
import { randomUUID } from "node:crypto";
import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { KIND_DEFAULTS } from "@/lib/domain/kind-defaults";

type Query = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

export type DirectDb = {
  query: Query;
  /** Runs `work` in one transaction on one connection. */
  transaction: (work: (query: Query) => Promise<void>) => Promise<void>;
  close: () => Promise<void>;
};

export function pgliteDirect(pglite: PGlite): DirectDb {
  return {
    query: async (sql, params) => (await pglite.query<Record<string, unknown>>(sql, params)).rows,
    transaction: async (work) => {
      await pglite.transaction(async (tx) => work(async (sql, params) => (await tx.query<Record<string, unknown>>(sql, params)).rows));
    },
    close: async () => {},
  };
}

export function postgresDirect(connectionString: string): DirectDb {
  // The same pool size as lib/db.ts gives the app.
  const pool = new pg.Pool({ connectionString, max: 10 });
  return {
    query: async (sql, params) => (await pool.query(sql, params)).rows,
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        await work(async (sql, params) => (await client.query(sql, params)).rows);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

const AT = (n: number) => `($${n}::timestamptz AT TIME ZONE 'UTC')`;

/** lib/domain/probability.ts `currentProbability` in SQL, with `now` as parameter `n`. */
function shownProbability(n: number): string {
  const survival = `power(2::float8, GREATEST(-1000::float8, -GREATEST(0::float8, EXTRACT(EPOCH FROM (${AT(n)} - c."lastContactAt"))::float8 / 86400.0) / c."expectedReplyDays"))`;
  const posterior = `(1.0 / (1.0 + (1.0 - c.probability) / (c.probability * ${survival})))`;
  return `(CASE WHEN c.state = 'PENDING' THEN LEAST(c.probability, GREATEST(${posterior}, LEAST(c.probability, 0.001::float8))) ELSE COALESCE(c."probabilityAtSettlement", c.probability) END)`;
}

/** The open callbacks' first page (count + page), sorted by deadline or by shown probability. */
export async function directList(db: DirectDb, userId: string, now: Date, sort: "deadline" | "probability"): Promise<number> {
  const where = `c."userId" = $1 AND (c.state = 'PENDING' OR (c.state = 'TIMED_OUT' AND c."acknowledgedAt" IS NULL))`;
  const [count] = await db.query(`SELECT COUNT(*)::int AS total FROM "Callback" c WHERE ${where}`, [userId]);
  const order = sort === "deadline" ? `c."timesOutAt" ASC, c.id` : `probability DESC, c."timesOutAt" ASC, c.id`;
  const rows = await db.query(
    `SELECT c.id, c.title, c.kind, c.state, c.counterparty, c."startedAt", c."expectedReplyBy", c."timesOutAt",
            c."settledAt", c."isLate", c.payoff, ${shownProbability(2)} AS probability, ${shownProbability(2)} * c.payoff AS "expectedValue",
            c."areaId", a.name AS "areaName", a.color AS "areaColor"
     FROM "Callback" c LEFT JOIN "Area" a ON a.id = c."areaId"
     WHERE ${where} ORDER BY ${order} LIMIT 50 OFFSET 0`,
    [userId, now.toISOString()],
  );
  return (count?.total as number) + rows.length;
}

/** One callback with its area, then its events in order. */
export async function directDetail(db: DirectDb, userId: string, callbackId: string): Promise<number> {
  const [row] = await db.query(
    `SELECT c.*, a.name AS "areaName", a.color AS "areaColor" FROM "Callback" c LEFT JOIN "Area" a ON a.id = c."areaId"
     WHERE c.id = $1 AND c."userId" = $2`,
    [callbackId, userId],
  );
  if (!row) throw new Error("bench callback not found");
  const events = await db.query(`SELECT * FROM "CallbackEvent" WHERE "callbackId" = $1 ORDER BY at ASC, "createdAt" ASC`, [callbackId]);
  return events.length;
}

/**
 * Capture's reads and writes as the app makes them (lib/server/callbacks/capture-callback-sql.ts),
 * by hand: the user's kind defaults; the load (pending weights and active commitments), the
 * kind's default area and whether the first run is done, in one statement; the running
 * commitments; the kind's settled totals; all four in parallel. Then the prior from those totals,
 * and the callback and its CREATED event in one transaction.
 *
 * Until 2026-12-01 the load statement also counted the callbacks created in the last 28 days and
 * averaged the days to settle over the last 90 (the load projection's inputs, which capture
 * stopped reading): two more scans over recent history, the larger part of this side's database
 * time, which made the capture ratio look better than the app was.
 */
export async function directCapture(db: DirectDb, userId: string, now: Date, options: { insertsOnly?: boolean } = {}): Promise<void> {
  const defaults = KIND_DEFAULTS.OTHER;
  let prior = defaults.defaultPrior;
  if (!options.insertsOnly) {
    const [, , , totals] = await Promise.all([
      db.query(`SELECT * FROM "KindDefault" WHERE "userId" = $1`, [userId]),
      db.query(
        `SELECT (SELECT SUM(weight)::float8 FROM "Callback" WHERE "userId" = $1 AND state = 'PENDING') AS load,
                (SELECT COUNT(*)::int FROM "Commitment" WHERE "userId" = $1 AND state = 'ACTIVE') AS active,
                (SELECT ka."areaId" FROM "KindArea" ka JOIN "Area" a ON a.id = ka."areaId"
                 WHERE ka."userId" = $1 AND ka."kindKey" = 'OTHER' AND a."userId" = $1 AND a."archivedAt" IS NULL) AS "areaId",
                (SELECT u."firstRunDoneAt" IS NULL FROM "User" u WHERE u.id = $1) AS "firstRunPending"`,
        [userId],
      ),
      db.query(`SELECT id, title, "areaId" FROM "Commitment" WHERE "userId" = $1 AND state = 'ACTIVE' AND "endsOn" >= $2::date`, [userId, now.toISOString().slice(0, 10)]),
      db.query(`SELECT count, hits FROM "UserAggregate" WHERE "userId" = $1 AND dim = 'kind' AND key = 'OTHER'`, [userId]),
    ]);
    const settled = (totals[0]?.count as number | undefined) ?? 0;
    const fulfilled = (totals[0]?.hits as number | undefined) ?? 0;
    if (settled > 0) prior = (fulfilled + 1) / (settled + 2);
  }
  const id = randomUUID();
  const DAY = 86_400_000;
  await db.transaction(async (query) => {
    await query(
      `INSERT INTO "Callback" (id, "userId", kind, title, "startedAt", "expectedReplyBy", "timesOutAt", "expectedReplyDays", "timeoutDays",
         "followUpDays", "lastContactAt", "priorProbability", probability, payoff, effort, weight, "createdAt", "updatedAt")
       VALUES ($1, $2, 'OTHER', $3, ${AT(4)}, ${AT(5)}, ${AT(6)}, $7, $8, $9::float8[], ${AT(4)}, $10, $10, $11, 0, 1, ${AT(4)}, ${AT(4)})
       RETURNING id, title`,
      [
        id,
        userId,
        "Bench capture (direct)",
        now.toISOString(),
        new Date(now.getTime() + defaults.expectedReplyDays * DAY).toISOString(),
        new Date(now.getTime() + defaults.timeoutDays * DAY).toISOString(),
        defaults.expectedReplyDays,
        defaults.timeoutDays,
        `{${defaults.followUpDays.join(",")}}`,
        prior,
        defaults.defaultPayoff,
      ],
    );
    await query(
      `INSERT INTO "CallbackEvent" (id, "callbackId", "userId", type, at, "probabilityAfter", label, note, data, "createdAt")
       VALUES ($1, $2, $3, 'CREATED', ${AT(4)}, $5, 'Prior from kind default', '', $6::jsonb, ${AT(4)})`,
      [randomUUID(), id, userId, now.toISOString(), prior, JSON.stringify({ overflowConfirmed: true })],
    );
  });
}
