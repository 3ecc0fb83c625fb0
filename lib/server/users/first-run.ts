import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hasAnyCallback } from "@/lib/server/callbacks/has-any-callback";

type Db = ReturnType<typeof getDb> | Prisma.TransactionClient;

/**
 * The first run on Today is done once: the first capture, sample data, or "hide this". Recorded
 * on the user (firstRunDoneAt), so removing the sample data or deleting that first callback
 * doesn't bring the welcome back. Only the first call writes anything.
 */
export async function finishFirstRun(userId: string, now: Date, db: Db = getDb()): Promise<void> {
  await db.user.updateMany({ where: { id: userId, firstRunDoneAt: null }, data: { firstRunDoneAt: now } });
}

/** Whether Today shows the first run: never finished nor dismissed, and no callback yet. */
export async function needsFirstRun(userId: string, db = getDb()): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { firstRunDoneAt: true } });
  if (!user || user.firstRunDoneAt) return false;
  return !(await hasAnyCallback(userId, db));
}
