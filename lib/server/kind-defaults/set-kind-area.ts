import { getDb } from "@/lib/db";
import type { CallbackKind } from "@/lib/domain/kind-defaults";
import { AppError } from "@/lib/errors";

/**
 * Sets (or with null clears) the area a kind's new bets start in, e.g. job applications → a
 * career area. Only one of the user's own active areas.
 */
export async function setKindArea(userId: string, kind: CallbackKind, areaId: string | null, db = getDb()): Promise<void> {
  if (areaId === null) {
    await db.kindArea.deleteMany({ where: { userId, kind } });
    return;
  }
  const area = await db.area.findFirst({ where: { id: areaId, userId, archivedAt: null }, select: { id: true } });
  if (!area) throw new AppError("INVALID", "Choose one of your areas.", { areaId: ["Choose one of your areas."] });
  await db.kindArea.upsert({ where: { userId_kind: { userId, kind } }, create: { userId, kind, areaId }, update: { areaId } });
}
