import { getDb } from "@/lib/db";

/** Removes the user's webhook with its queue and log. Returns whether there was one. */
export async function deleteWebhook(userId: string): Promise<boolean> {
  const { count } = await getDb().webhook.deleteMany({ where: { userId } });
  return count > 0;
}
