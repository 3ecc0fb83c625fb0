import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { utcTimestampSql } from "@/lib/server/sql-time";

/** How long a key and its answer are kept. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/** How long an attempt holds its claim; a claim left by a crashed attempt is free after it. */
export const IDEMPOTENCY_LEASE_MS = 30_000;
const PRUNE_BATCH = 100;

export type IdempotencyClaim =
  /** This attempt holds the key: run the request, then complete or release it. */
  | { kind: "claimed"; keyId: string; claimToken: string }
  /** The first attempt finished: answer with its response. */
  | { kind: "replay"; status: number; body: string }
  /** The first attempt's write committed but its answer was never stored (it crashed): rebuild it. */
  | { kind: "recorded"; resultRef: string };

type Row = { id: string; requestHash: string; claimToken: string; lockedUntil: Date; resultRef: string | null; status: number | null; responseBody: string | null; expiresAt: Date };

/**
 * Claims an Idempotency-Key for (user, route). A new key is inserted with a claim token and a
 * lease (INSERT … ON CONFLICT DO NOTHING, so of two concurrent duplicates exactly one gets it).
 * An existing key answers: another body → 422; finished → replay; written but unanswered →
 * rebuild; still running → 409 (retry later). A claim whose lease ran out without a recorded
 * write is taken over when the route records its writes in their transaction
 * (`canTakeOver`: the write then provably did not happen); otherwise the outcome is unknown and
 * the answer is 409. Expired keys are deleted a bounded batch at a time.
 */
export async function claimIdempotencyKey(input: { userId: string; route: string; key: string; requestHash: string; canTakeOver: boolean; now: Date }): Promise<IdempotencyClaim> {
  const db = getDb();
  const { userId, route, key, requestHash, now } = input;
  await db.$executeRaw(Prisma.sql`
    DELETE FROM "IdempotencyKey" WHERE id IN (
      SELECT id FROM "IdempotencyKey" WHERE "expiresAt" < ${utcTimestampSql(now)} LIMIT ${PRUNE_BATCH})`);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const claimToken = randomUUID();
    const inserted = await db.$queryRaw<{ id: string }[]>(Prisma.sql`
      INSERT INTO "IdempotencyKey" (id, "userId", route, key, "requestHash", "claimToken", "lockedUntil", "createdAt", "expiresAt")
      VALUES (${randomUUID()}, ${userId}, ${route}, ${key}, ${requestHash}, ${claimToken},
              ${utcTimestampSql(new Date(now.getTime() + IDEMPOTENCY_LEASE_MS))}, ${utcTimestampSql(now)},
              ${utcTimestampSql(new Date(now.getTime() + IDEMPOTENCY_TTL_MS))})
      ON CONFLICT ("userId", route, key) DO NOTHING
      RETURNING id`);
    if (inserted[0]) return { kind: "claimed", keyId: inserted[0].id, claimToken };

    const [row] = await db.$queryRaw<Row[]>(Prisma.sql`
      SELECT id, "requestHash", "claimToken", "lockedUntil", "resultRef", status, "responseBody", "expiresAt"
      FROM "IdempotencyKey" WHERE "userId" = ${userId} AND route = ${route} AND key = ${key}`);
    if (!row) continue; // deleted in between (expired or released): try to insert again
    if (row.expiresAt <= now) {
      await db.$executeRaw(Prisma.sql`DELETE FROM "IdempotencyKey" WHERE id = ${row.id} AND "expiresAt" <= ${utcTimestampSql(now)}`);
      continue;
    }
    if (row.requestHash !== requestHash) {
      throw new AppError("INVALID", "This Idempotency-Key was already used with a different request body. Use a new key for a new request.", {
        "Idempotency-Key": ["Already used with a different body."],
      });
    }
    if (row.status !== null && row.responseBody !== null) return { kind: "replay", status: row.status, body: row.responseBody };
    if (row.resultRef !== null) return { kind: "recorded", resultRef: row.resultRef };
    if (row.lockedUntil > now) {
      throw new AppError("CONFLICT", "A request with this Idempotency-Key is still being processed. Retry in a moment.", undefined, { retryAfterSeconds: 1 });
    }
    if (!input.canTakeOver) {
      throw new AppError(
        "CONFLICT",
        "An earlier request with this Idempotency-Key stopped before it answered, and whether it saved anything is unknown. Check with a GET before retrying with a new key.",
      );
    }
    const taken = await db.$executeRaw(Prisma.sql`
      UPDATE "IdempotencyKey" SET "claimToken" = ${claimToken}, "lockedUntil" = ${utcTimestampSql(new Date(now.getTime() + IDEMPOTENCY_LEASE_MS))}
      WHERE id = ${row.id} AND "claimToken" = ${row.claimToken} AND "resultRef" IS NULL AND status IS NULL`);
    if (taken === 1) return { kind: "claimed", keyId: row.id, claimToken };
  }
  throw new AppError("CONFLICT", "A request with this Idempotency-Key is still being processed. Retry in a moment.", undefined, { retryAfterSeconds: 1 });
}
