import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/** Requests per minute one token may make unless LIFELOOP_API_RATE_LIMIT says otherwise. */
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 600;

const WINDOW_SECONDS = 60;
/** Windows older than this are deleted, a bounded batch at a time, when a token opens a new window. */
const PRUNE_AFTER_MINUTES = 10;
const PRUNE_BATCH = 200;

/**
 * Counts one request of a token in the current one-minute window (fixed windows on the
 * database's clock, so every app instance shares the count) with a single upsert, and says
 * whether it is within `limit`. When refused, `retryAfterSeconds` is the time left in the window.
 * Opening a window also prunes a bounded batch of old windows, so the table stays small without a job.
 */
export async function countTokenRequest(tokenId: string, limit: number): Promise<{ allowed: boolean; count: number; retryAfterSeconds: number }> {
  const db = getDb();
  const [row] = await db.$queryRaw<{ count: number; secondsLeft: number }[]>(Prisma.sql`
    INSERT INTO "ApiRateWindow" ("tokenId", "windowStart", count)
    VALUES (${tokenId}, date_trunc('minute', CURRENT_TIMESTAMP AT TIME ZONE 'UTC'), 1)
    ON CONFLICT ("tokenId", "windowStart") DO UPDATE SET count = "ApiRateWindow".count + 1
    RETURNING count,
      (${WINDOW_SECONDS} - EXTRACT(EPOCH FROM ((CURRENT_TIMESTAMP AT TIME ZONE 'UTC') - "windowStart")))::float8 AS "secondsLeft"`);
  const count = row?.count ?? 1;
  if (count === 1) {
    await db.$executeRaw(Prisma.sql`
      DELETE FROM "ApiRateWindow" WHERE ctid IN (
        SELECT ctid FROM "ApiRateWindow"
        WHERE "windowStart" < (CURRENT_TIMESTAMP AT TIME ZONE 'UTC') - make_interval(mins => ${PRUNE_AFTER_MINUTES})
        LIMIT ${PRUNE_BATCH})`);
  }
  return { allowed: count <= limit, count, retryAfterSeconds: Math.max(1, Math.ceil(row?.secondsLeft ?? WINDOW_SECONDS)) };
}
