import { getDb, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { Callback, Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { applyAggregateDelta } from "@/lib/server/aggregates/apply-aggregate-delta";
import { recordIdempotentWrite } from "@/lib/server/idempotency/record-idempotent-write";
import { callbackEventData } from "@/lib/server/webhooks/callback-event-data";
import { enqueueWebhookEvent } from "@/lib/server/webhooks/enqueue-webhook-event";

export type CallbackChange = {
  /** Columns to write; `version` is bumped by mutateCallback itself. */
  data: Prisma.CallbackUncheckedUpdateManyInput;
  /** The history entry that records the change. */
  event: Omit<Prisma.CallbackEventUncheckedCreateInput, "callbackId" | "userId">;
};

/**
 * The one way a callback changes after capture: in a transaction, read the user's own row (a
 * callback of someone else's is "not found", the same as a missing one), let `plan` decide the
 * change (it may throw a DomainError for an illegal transition), write it only if nobody else
 * wrote in between (optimistic version check), append the event, and move the user's all-time
 * aggregates by the change. A settlement also queues the user's webhook event
 * (callback.fulfilled / callback.rejected) in the same transaction. All or nothing.
 */
export async function mutateCallback(
  actor: Actor,
  callbackId: string,
  plan: (callback: Callback, tx: Tx) => CallbackChange | Promise<CallbackChange>,
): Promise<Callback> {
  return getDb().$transaction(async (tx) => {
    const callback = await tx.callback.findFirst({ where: { id: callbackId, userId: actor.id } });
    if (!callback) throw notFound("That callback");
    const change = await plan(callback, tx);
    const { count } = await tx.callback.updateMany({
      where: { id: callback.id, userId: actor.id, version: callback.version },
      data: { ...change.data, version: { increment: 1 } },
    });
    if (count === 0) {
      throw new AppError("CONFLICT", "This callback changed in the meantime (another tab, or it just timed out). Reload and try again.");
    }
    await tx.callbackEvent.create({ data: { ...change.event, callbackId: callback.id, userId: actor.id } });
    // An API request with an Idempotency-Key: the key records this write in the same transaction.
    await recordIdempotentWrite(tx, callback.id);
    const after = await tx.callback.findFirstOrThrow({ where: { id: callback.id, userId: actor.id } });
    // The all-time totals (insights, reviews, priors) follow in the same transaction.
    await applyAggregateDelta(tx, actor.id, callback, after);
    if (change.event.type === "SETTLED" && (after.state === "FULFILLED" || after.state === "REJECTED")) {
      const type = after.state === "FULFILLED" ? "callback.fulfilled" : "callback.rejected";
      await enqueueWebhookEvent(tx, { userId: actor.id, type, data: callbackEventData(after), now: new Date() });
    }
    return after;
  });
}
