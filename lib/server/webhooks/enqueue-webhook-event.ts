import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";

export const WEBHOOK_EVENT_TYPES = [
  "callback.fulfilled",
  "callback.rejected",
  "callback.timed_out",
  "commitment.check_in_missed",
  "review.completed",
  "webhook.test",
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** The JSON body every event has: `{ id, type, createdAt, data }` (the id is unique per event: dedupe on it). */
export function webhookBody(type: WebhookEventType, data: Record<string, unknown>, now: Date): string {
  return JSON.stringify({ id: randomUUID(), type, createdAt: now.toISOString(), data });
}

/**
 * Queues an event for the user's webhook, inside the caller's transaction: the event exists if and
 * only if the change it reports was committed. Nothing is queued when the user has no webhook or
 * it is disabled. Returns whether one was queued.
 */
export async function enqueueWebhookEvent(tx: Tx, input: { userId: string; type: WebhookEventType; data: Record<string, unknown>; now: Date }): Promise<boolean> {
  const webhook = await tx.webhook.findFirst({ where: { userId: input.userId, disabledAt: null }, select: { id: true } });
  if (!webhook) return false;
  await tx.webhookDelivery.create({
    data: {
      webhookId: webhook.id,
      userId: input.userId,
      eventType: input.type,
      body: webhookBody(input.type, input.data, input.now),
      nextAttemptAt: input.now,
      createdAt: input.now,
    },
  });
  return true;
}
