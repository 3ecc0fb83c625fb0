import { getDb } from "@/lib/db";

/** Whether the account currently holds generated sample data. */
export async function hasSampleHistory(userId: string, db = getDb()): Promise<boolean> {
  return (await db.callback.findFirst({ where: { userId, demo: true }, select: { id: true } })) !== null;
}
