import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";

/** Deletes one of the user's callbacks with its whole history (the UI confirms first). */
export async function deleteCallback(userId: string, callbackId: string): Promise<void> {
  const { count } = await getDb().callback.deleteMany({ where: { id: callbackId, userId } });
  if (count === 0) throw notFound("That callback");
}
