import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The user's open callbacks as a row source (use it as `FROM ${openCallbacksSql(id)} c`): the
 * pending ones and the timed-out ones not yet acknowledged, as two index-backed halves
 * ((userId, state, …) and (userId, state, acknowledgedAt)). Written as one OR, the planner may walk
 * every timed-out callback of a long history and filter out the acknowledged ones (its estimate of
 * "acknowledgedAt IS NULL" is global, not this user's); as two halves the cost follows open work.
 */
export function openCallbacksSql(userId: string): Prisma.Sql {
  return Prisma.sql`(
    SELECT * FROM "Callback" WHERE "userId" = ${userId} AND state = 'PENDING'
    UNION ALL
    SELECT * FROM "Callback" WHERE "userId" = ${userId} AND state = 'TIMED_OUT' AND "acknowledgedAt" IS NULL)`;
}
