import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Throws a field error unless `areaId` is one of the user's areas that isn't archived. */
export async function assertOwnArea(tx: Tx, userId: string, areaId: string): Promise<void> {
  const area = await tx.area.findFirst({ where: { id: areaId, userId, archivedAt: null }, select: { id: true } });
  if (!area) throw new AppError("INVALID", "Choose one of your areas.", { areaId: ["Choose one of your areas."] });
}
