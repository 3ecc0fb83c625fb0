import { Prisma } from "@/lib/generated/prisma/client";

/**
 * A Date as a SQL value comparable with Prisma's DateTime columns, which are `timestamp(3)`
 * without zone holding UTC. Bound as an ISO string and converted explicitly, so the result does
 * not depend on the session's TimeZone setting or on how a driver binds Date objects.
 */
export function utcTimestampSql(date: Date): Prisma.Sql {
  return Prisma.sql`(${date.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
}
