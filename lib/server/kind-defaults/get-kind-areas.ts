import { getDb } from "@/lib/db";
import { CALLBACK_KINDS, type CallbackKind } from "@/lib/domain/kind-defaults";

export type KindAreas = Record<CallbackKind, string | null>;

/** Each kind's default area for this user (null: none chosen); archived areas don't count. */
export async function getKindAreas(userId: string, db = getDb()): Promise<KindAreas> {
  const rows = await db.kindArea.findMany({ where: { userId, area: { archivedAt: null } }, select: { kind: true, areaId: true } });
  const byKind = new Map(rows.map((row) => [row.kind, row.areaId]));
  return Object.fromEntries(CALLBACK_KINDS.map((kind) => [kind, byKind.get(kind) ?? null])) as KindAreas;
}
