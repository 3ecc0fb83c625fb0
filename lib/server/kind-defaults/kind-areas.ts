import { type Db, getDb, type Tx } from "@/lib/db";
import { CALLBACK_KINDS, type CallbackKind } from "@/lib/domain/kind-defaults";
import { isBuiltInKind } from "@/lib/domain/kinds";
import { AppError } from "@/lib/errors";

/**
 * Every kind's default area (the area its new bets start in), built-in kinds and the user's own
 * alike: one table (KindArea, keyed by the kind's key) and these functions, used by the forms,
 * first run, Settings → default areas and Settings → Kinds. Capture reads a kind's area in its own
 * statement (lib/server/callbacks/capture-callback-sql.ts), with the same rule: an archived area
 * doesn't count.
 */

/** Kind key → its default area id (null: none). Every built-in kind is present; an archived area doesn't count. */
export type KindAreas = Record<CallbackKind, string | null> & Record<string, string | null>;

export async function getKindAreas(userId: string, db: Db | Tx = getDb()): Promise<KindAreas> {
  const rows = await db.kindArea.findMany({ where: { userId, area: { archivedAt: null } }, select: { kindKey: true, areaId: true } });
  const areas = Object.fromEntries(CALLBACK_KINDS.map((kind) => [kind, null])) as KindAreas;
  for (const row of rows) areas[row.kindKey] = row.areaId;
  return areas;
}

/**
 * Sets (or with null clears) a kind's default area, e.g. job applications → a career area. The
 * kind is a built-in one or one of the user's own; the area one of the user's own active areas.
 * A wrong area is INVALID with the message on `field` (the form's name for it).
 */
export async function setKindArea(
  userId: string,
  kindKey: string,
  areaId: string | null,
  options: { db?: Db | Tx; field?: string } = {},
): Promise<void> {
  const db = options.db ?? getDb();
  if (!isBuiltInKind(kindKey)) {
    const kind = await db.kind.findUnique({ where: { userId_key: { userId, key: kindKey } }, select: { id: true } });
    if (!kind) throw new AppError("INVALID", "Choose one of your kinds.", { kind: ["Choose one of your kinds."] });
  }
  if (areaId === null) {
    await db.kindArea.deleteMany({ where: { userId, kindKey } });
    return;
  }
  await assertOwnActiveArea(userId, areaId, options.field ?? "areaId", db);
  await db.kindArea.upsert({ where: { userId_kindKey: { userId, kindKey } }, create: { userId, kindKey, areaId }, update: { areaId } });
}

/** Throws INVALID (422) with the message on `field` unless `areaId` is one of the user's active areas. */
export async function assertOwnActiveArea(userId: string, areaId: string, field: string, db: Db | Tx = getDb()): Promise<void> {
  const area = await db.area.findFirst({ where: { id: areaId, userId, archivedAt: null }, select: { id: true } });
  if (!area) throw new AppError("INVALID", "Choose one of your areas.", { [field]: ["Choose one of your areas."] });
}
