import { getDb } from "@/lib/db";

/** Whether the user's single-key shortcuts are on (true for an account that no longer exists). */
export async function getKeyboardShortcuts(userId: string, db = getDb()): Promise<boolean> {
  const row = await db.user.findUnique({ where: { id: userId }, select: { keyboardShortcuts: true } });
  return row?.keyboardShortcuts ?? true;
}
