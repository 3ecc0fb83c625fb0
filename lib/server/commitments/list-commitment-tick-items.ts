import { getDb } from "@/lib/db";
import { type CommitmentTickItem, commitmentTickItems } from "@/lib/domain/commitment-check-ins";
import type { CommitmentCadence } from "@/lib/domain/commitments";
import { addDaysToKey } from "@/lib/domain/day-keys";
import { dayKeyInZone } from "@/lib/domain/time";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { utcTimestampSql } from "@/lib/server/sql-time";

type Row = { id: string; title: string; startsOn: string; endsOn: string; cadence: CommitmentCadence; periods: string | null };

/**
 * What the user's ACTIVE commitments ask of the daily tick at `now`: for each started one, the
 * current period if not checked in and the previous one if it was within the commitment and not
 * checked in; and a "close" item once its last day has passed. A commitment put off with "later"
 * (snoozedUntil) brings nothing until then. One query: the commitments
 * (index userId,state,endsOn) with their check-ins of the last two weeks (unique commitmentId,period).
 */
export async function listCommitmentTickItems(actor: Actor, now: Date): Promise<CommitmentTickItem[]> {
  const today = dayKeyInZone(now, actor.timeZone);
  // The previous weekly period starts at most 13 days before today.
  const since = addDaysToKey(today, -14);
  const rows = await getDb().$queryRaw<Row[]>(Prisma.sql`
    SELECT c.id, c.title, c."startsOn"::text AS "startsOn", c."endsOn"::text AS "endsOn", c.cadence::text AS cadence,
           string_agg(ci.period::text, ',') AS periods
    FROM "Commitment" c
    LEFT JOIN "CommitmentCheckIn" ci ON ci."commitmentId" = c.id AND ci."userId" = c."userId" AND ci.period >= ${since}::date
    WHERE c."userId" = ${actor.id} AND c.state = 'ACTIVE' AND c."startsOn" <= ${today}::date
      AND (c."snoozedUntil" IS NULL OR c."snoozedUntil" <= ${utcTimestampSql(now)})
    GROUP BY c.id
    ORDER BY c."endsOn" ASC, c.id ASC`);
  return rows.flatMap((row) =>
    commitmentTickItems(
      { id: row.id, title: row.title, startsOn: row.startsOn, endsOn: row.endsOn, cadence: row.cadence },
      new Set(row.periods ? row.periods.split(",") : []),
      now,
      actor.timeZone,
    ),
  );
}
