import { getDb } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { deliverDueWebhooks } from "@/lib/server/webhooks/deliver-due-webhooks";
import { enqueueWebhookEvent } from "@/lib/server/webhooks/enqueue-webhook-event";
import type { WebhookSender } from "@/lib/server/webhooks/send-webhook";

/**
 * Queues a webhook.test event and delivers the user's due deliveries right away (not waiting for
 * the scheduler), so Settings can show the outcome. Refused while the webhook is disabled.
 */
export async function sendTestWebhook(userId: string, now: Date, send?: WebhookSender): Promise<{ id: string; status: string; lastStatusCode: number | null; lastError: string }> {
  const db = getDb();
  const hook = await db.webhook.findUnique({ where: { userId }, select: { disabledAt: true } });
  if (!hook) throw notFound("That webhook");
  if (hook.disabledAt) throw new AppError("CONFLICT", "This webhook is turned off. Turn it back on first.");
  await db.$transaction((tx) => enqueueWebhookEvent(tx, { userId, type: "webhook.test", data: { message: "A test event from Lifeloop's Settings." }, now }));
  await deliverDueWebhooks(now, { userId, send });
  const latest = await db.webhookDelivery.findFirstOrThrow({
    where: { userId, eventType: "webhook.test" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, status: true, lastStatusCode: true, lastError: true },
  });
  return latest;
}
