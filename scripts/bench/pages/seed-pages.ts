// The page section's two users, seeded with bulk SQL: "recent" is the data-layer bench's user
// (10,000 callbacks and 100,000 events over two years); "history" is a copy of it (so exactly
// the same open set) plus enough settled callbacks over the 18 years before that to reach
// ≥ 100,000 callbacks over 20 years, each with its CREATED and settling event, written by
// INSERT … SELECT over generate_series.
import type { Db } from "@/lib/db";
import { recomputeAggregates } from "@/lib/server/aggregates/recompute-aggregates";
import { hashPassword } from "@/lib/server/auth/hash-password";
import { BENCH_SCALE, CALLBACKS, analyze, seedBenchUser } from "../seed";

export const HISTORY_CALLBACKS = Math.round(100_000 * BENCH_SCALE);
export const BENCH_PASSWORD = "bench-pages-correct-horse-battery";

export type PageUser = { label: string; userId: string; email: string; detailId: string };

const DAY = "interval '1 day'";

/** Settled callbacks (and their two events) for `userId`, spread over the 18 years before the last two. */
async function seedOldHistory(db: Db, userId: string, count: number, now: Date): Promise<void> {
  const areas = (await db.area.findMany({ where: { userId }, orderBy: { position: "asc" }, select: { id: true } })).map((a) => a.id);
  const batch = 25_000;
  for (let from = 1; from <= count; from += batch) {
    const to = Math.min(count, from + batch - 1);
    await db.$executeRawUnsafe(
      `INSERT INTO "Callback" (id, "userId", "areaId", kind, title, counterparty, channel, link, notes, state, "startedAt",
         "expectedReplyBy", "timesOutAt", "expectedReplyDays", "timeoutDays", "followUpDays", "followUpCount", "lastContactAt",
         "priorProbability", probability, payoff, effort, weight, "settledAt", "probabilityAtSettlement", "isLate", "outcomeNote",
         "realisedPayoff", "acknowledgedAt", version, "createdAt", "updatedAt")
       SELECT 'hist' || lpad(g::text, 7, '0') || substr(md5($1 || g::text), 1, 8), $1,
         CASE WHEN g % 7 = 0 THEN NULL ELSE ($3::text[])[1 + g % cardinality($3::text[])] END,
         (ARRAY['JOB_APPLICATION','NETWORKING_MESSAGE','LEARNING_BET','CREATIVE_LAUNCH','HEALTH','OTHER'])[1 + g % 6]::"CallbackKind",
         'Old bet #' || g, 'Acme Corp', 'email', '', '',
         (ARRAY['FULFILLED','REJECTED','TIMED_OUT','REJECTED','TIMED_OUT','CANCELLED','FULFILLED'])[1 + (g * 5) % 7]::"CallbackState",
         s.started, s.started + 7 * ${DAY}, s.started + 30 * ${DAY}, 7, 30, '{3,7}'::float8[], 1, s.started + 3 * ${DAY},
         0.3, 0.05 + (g % 90) / 100.0, 1 + g % 10, g % 8, 1, s.settled, 0.05 + (g % 90) / 100.0 * 0.8, false, '',
         CASE (ARRAY['FULFILLED','REJECTED','TIMED_OUT','REJECTED','TIMED_OUT','CANCELLED','FULFILLED'])[1 + (g * 5) % 7]
           WHEN 'FULFILLED' THEN 1 + (g * 3) % 10 WHEN 'REJECTED' THEN 0 ELSE NULL END,
         CASE WHEN (g * 5) % 7 IN (2, 4) THEN s.settled + ${DAY} END, 0, s.started, s.settled
       FROM generate_series($4::int, $5::int) AS g,
         LATERAL (SELECT ($2::timestamptz AT TIME ZONE 'UTC') - (730 + (g::float8 / $6) * 6570) * ${DAY} AS started) st,
         LATERAL (SELECT st.started AS started,
                         st.started + (CASE WHEN (g * 5) % 7 IN (2, 4) THEN 30 ELSE 1 + g % 25 END) * ${DAY} AS settled) s`,
      userId,
      now.toISOString(),
      areas,
      from,
      to,
      count,
    );
  }
  for (const [type, at, label] of [
    ["CREATED", `c."startedAt"`, `'Prior from kind default'`],
    [`CASE c.state WHEN 'TIMED_OUT' THEN 'TIMED_OUT' WHEN 'CANCELLED' THEN 'CANCELLED' ELSE 'SETTLED' END`, `c."settledAt"`, `''`],
  ] as const) {
    const typeSql = type === "CREATED" ? `'CREATED'` : type;
    await db.$executeRawUnsafe(
      `INSERT INTO "CallbackEvent" (id, "callbackId", "userId", type, at, "probabilityBefore", "probabilityAfter", label, note, "createdAt")
       SELECT md5(c.id || ${typeSql}), c.id, c."userId", (${typeSql})::"CallbackEventType", ${at}, c."probabilityAtSettlement", c."priorProbability", ${label}, '', ${at}
       FROM "Callback" c WHERE c."userId" = $1 AND c.id LIKE 'hist%'`,
      userId,
    );
  }
}

/**
 * Copies every row of `from` (areas, callbacks, events, effort) to the user `to`, ids suffixed
 * with "h": the same history, and so exactly the same open set, without generating it again.
 */
async function cloneUser(db: Db, from: string, to: string): Promise<void> {
  const copy = (table: string, overrides: string) =>
    db.$executeRawUnsafe(
      `INSERT INTO "${table}" SELECT (json_populate_record(NULL::"${table}", (row_to_json(t)::jsonb || jsonb_strip_nulls(jsonb_build_object(${overrides})))::json)).*
       FROM "${table}" t WHERE t."userId" = $1`,
      from,
      to,
    );
  await copy("Area", `'id', t.id || 'h', 'userId', $2::text`);
  await copy("Callback", `'id', t.id || 'h', 'userId', $2::text, 'areaId', t."areaId" || 'h'`);
  await copy("CallbackEvent", `'id', t.id || 'h', 'userId', $2::text, 'callbackId', t."callbackId" || 'h', 'dedupeKey', t."dedupeKey" || 'h'`);
  await copy("EffortEntry", `'id', t.id || 'h', 'userId', $2::text, 'areaId', t."areaId" || 'h', 'callbackId', t."callbackId" || 'h'`);
}

/** Both users, with one password, as of `now`. Timeouts older than 30 days are acknowledged (as ticks do). */
export async function seedPageUsers(db: Db, now: Date): Promise<PageUser[]> {
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const recent = await seedBenchUser(db, now, { email: "bench-pages-recent@example.test", passwordHash });
  const history = await db.user.create({ data: { email: "bench-pages-history@example.test", passwordHash, name: "Bench", capacity: 7 } });
  await cloneUser(db, recent.userId, history.id);
  await seedOldHistory(db, history.id, HISTORY_CALLBACKS - CALLBACKS, now);
  const users: PageUser[] = [
    { label: "10k", userId: recent.userId, email: "bench-pages-recent@example.test", detailId: recent.detailId },
    { label: "100k/20y", userId: history.id, email: "bench-pages-history@example.test", detailId: `${recent.detailId}h` },
  ];
  for (const user of users) {
    await db.$executeRawUnsafe(
      `UPDATE "Callback" SET "acknowledgedAt" = "settledAt" + ${DAY}
       WHERE "userId" = $1 AND state = 'TIMED_OUT' AND "acknowledgedAt" IS NULL AND "settledAt" < ($2::timestamptz AT TIME ZONE 'UTC') - 30 * ${DAY}`,
      user.userId,
      now.toISOString(),
    );
    // Bulk SQL bypasses the running totals: compute them once, as an import does.
    await db.$transaction((tx) => recomputeAggregates(user.userId, tx), { timeout: 600_000 });
  }
  await analyze(db);
  return users;
}
