import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { applyAggregateDelta } from "@/lib/server/aggregates/apply-aggregate-delta";

/** Deletes one of the user's callbacks with its whole history (the UI confirms first), and its share of the all-time aggregates. */
export async function deleteCallback(userId: string, callbackId: string): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const [callback] = await tx.callback.findMany({ where: { id: callbackId, userId } });
    if (!callback) throw notFound("That callback");
    const { count } = await tx.callback.deleteMany({ where: { id: callbackId, userId } });
    if (count === 0) throw notFound("That callback");
    await applyAggregateDelta(tx, userId, callback, null);
  });
}
