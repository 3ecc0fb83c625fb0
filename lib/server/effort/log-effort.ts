import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db";
import { formatEffortPoints, roundEffortPoints } from "@/lib/domain/portfolio";
import { AppError } from "@/lib/errors";
import { type EffortEntry, Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { resolveSpentAt } from "@/lib/server/effort/resolve-spent-at";
import { utcTimestampSql } from "@/lib/server/sql-time";
import type { LogEffortInput } from "@/lib/validation/effort";

type Outcome = { areaId: string; isArchived: boolean; callbackId: string | null; entryId: string | null; createdAt: Date | null };

/**
 * Logs effort: energy points (and optional minutes) spent on one of the actor's active areas on a
 * day (default today in their zone; not in the future), optionally tied to one of their callbacks,
 * whose `effort` grows by the same points (version bumped, the change recorded in its history).
 *
 * One statement does it all, so it is atomic without an interactive transaction and costs one
 * round trip: it looks up the area and the callback scoped by the user's id, inserts the entry
 * only if both are the user's (and the area is active), moves the callback's effort and appends
 * the EDITED event only if the entry went in; then reports what it found, to name the problem.
 */
export async function logEffort(actor: Actor, input: LogEffortInput, now: Date): Promise<EffortEntry> {
  const spentAt = resolveSpentAt(input.day, actor.timeZone, now);
  const points = roundEffortPoints(input.points);
  const entry = {
    id: randomUUID(),
    userId: actor.id,
    areaId: input.areaId,
    callbackId: input.callbackId ?? null,
    points,
    minutes: input.minutes ?? null,
    note: input.note ?? "",
    spentAt,
  };
  const at = utcTimestampSql(now);
  // Row bookkeeping (createdAt/updatedAt) is the database's clock, as Prisma's @default(now()) is.
  const insertedAt = Prisma.sql`(CURRENT_TIMESTAMP AT TIME ZONE 'UTC')`;
  const label = `Logged ${formatEffortPoints(points)} of effort`;
  const [outcome] = await getDb().$queryRaw<Outcome[]>(Prisma.sql`
    WITH owned AS (
      SELECT a.id AS "areaId", a."archivedAt" IS NOT NULL AS "isArchived",
             (SELECT c.id FROM "Callback" c WHERE c.id = ${entry.callbackId}::text AND c."userId" = ${actor.id}) AS "callbackId"
      FROM "Area" a
      WHERE a.id = ${entry.areaId} AND a."userId" = ${actor.id}
    ), inserted AS (
      INSERT INTO "EffortEntry" (id, "userId", "areaId", "callbackId", points, minutes, note, "spentAt", "createdAt", "updatedAt")
      SELECT ${entry.id}, ${actor.id}, o."areaId", o."callbackId", ${points}::float8, ${entry.minutes}::int, ${entry.note},
             ${utcTimestampSql(spentAt)}, ${insertedAt}, ${insertedAt}
      FROM owned o
      WHERE NOT o."isArchived" AND (${entry.callbackId}::text IS NULL OR o."callbackId" IS NOT NULL)
      RETURNING id, "callbackId", "createdAt"
    ), moved AS (
      -- By primary key (the id as a parameter, not joined from the CTE, whose size the planner can't see).
      UPDATE "Callback" c
      SET effort = round((c.effort + ${points}::float8)::numeric, 3)::float8, version = c.version + 1, "updatedAt" = ${insertedAt}
      WHERE c.id = ${entry.callbackId}::text AND c."userId" = ${actor.id} AND EXISTS (SELECT 1 FROM inserted i WHERE i."callbackId" = c.id)
      RETURNING c.id, c.effort AS after
    ), recorded AS (
      INSERT INTO "CallbackEvent" (id, "callbackId", "userId", type, at, label, note, data, "createdAt")
      SELECT ${randomUUID()}, m.id, ${actor.id}, 'EDITED', ${at}, ${label}, '',
             jsonb_build_object('effort', jsonb_build_object('before', round((m.after - ${points}::float8)::numeric, 3)::float8, 'after', m.after)), ${insertedAt}
      FROM moved m
      RETURNING id
    )
    SELECT o."areaId", o."isArchived", o."callbackId", i.id AS "entryId", i."createdAt"
    FROM owned o LEFT JOIN inserted i ON true`);
  if (!outcome) throw new AppError("INVALID", "Choose one of your areas.", { areaId: ["Choose one of your areas."] });
  if (outcome.isArchived) throw new AppError("INVALID", "That area is archived; choose an active one.", { areaId: ["That area is archived; choose an active one."] });
  if (entry.callbackId && !outcome.callbackId) throw new AppError("INVALID", "Choose one of your callbacks.", { callbackId: ["Choose one of your callbacks."] });
  if (!outcome.entryId || !outcome.createdAt) throw new AppError("CONFLICT", "The effort could not be saved. Reload and try again.");
  return { ...entry, demo: false, createdAt: outcome.createdAt, updatedAt: outcome.createdAt };
}
