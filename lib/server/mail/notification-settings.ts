import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { NotificationSettings } from "@/lib/validation/notifications";

const SELECT = { digestEnabled: true, digestHour: true, digestDays: true, reviewDay: true } as const;

/** The user's digest settings. */
export async function getNotificationSettings(userId: string): Promise<NotificationSettings> {
  const row = await getDb().user.findUnique({ where: { id: userId }, select: SELECT });
  if (!row) throw notFound("Your account");
  return row;
}

/** Saves the digest settings given (all or some), returning all of them. */
export async function updateNotificationSettings(userId: string, input: Partial<NotificationSettings>): Promise<NotificationSettings> {
  const { count } = await getDb().user.updateMany({ where: { id: userId }, data: input });
  if (count === 0) throw notFound("Your account");
  return getNotificationSettings(userId);
}
