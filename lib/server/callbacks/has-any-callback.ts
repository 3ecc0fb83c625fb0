import { getDb } from "@/lib/db";

/** Whether the user has ever captured a callback (sample ones included): false for a new account. */
export async function hasAnyCallback(userId: string, db = getDb()): Promise<boolean> {
  return (await db.callback.findFirst({ where: { userId }, select: { id: true } })) !== null;
}
