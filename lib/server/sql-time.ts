import { Prisma } from "@/lib/generated/prisma/client";

/**
 * A Date as a SQL value comparable with Prisma's DateTime columns, which are `timestamp(3)`
 * without zone holding UTC. Bound as an ISO string and converted explicitly, so the result does
 * not depend on the session's TimeZone setting or on how a driver binds Date objects.
 */
export function utcTimestampSql(date: Date): Prisma.Sql {
  return Prisma.sql`(${date.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
}

/**
 * The first local calendar day (a SQL `date`) of the week containing the UTC `timestamp` column
 * value `instant` in `zone`, for weeks starting on ISO weekday `weekStart`: the SQL twin of
 * weekStartKeyOf in lib/domain/week-start.ts (date_trunc('week') only knows Mondays).
 */
export function weekStartSql(instant: Prisma.Sql, zone: string, weekStart: number): Prisma.Sql {
  const day = Prisma.sql`((${instant} AT TIME ZONE 'UTC') AT TIME ZONE ${zone})::date`;
  return Prisma.sql`(${day} - ((EXTRACT(ISODOW FROM ${day})::int - ${weekStart}::int + 7) % 7))`;
}
