import { getDb } from "@/lib/db";

/** Turns the user's single-key shortcuts on or off (WCAG 2.1.4: a way to turn them off). */
export async function setKeyboardShortcuts(userId: string, enabled: boolean, db = getDb()): Promise<boolean> {
  const row = await db.user.update({ where: { id: userId }, data: { keyboardShortcuts: enabled }, select: { keyboardShortcuts: true } });
  return row.keyboardShortcuts;
}
