import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";

/**
 * Turns a disabled webhook back on with a clean failure count; deliveries still pending are due
 * again at once.
 */
export async function enableWebhook(userId: string, now: Date): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const { count } = await tx.webhook.updateMany({ where: { userId }, data: { disabledAt: null, disabledReason: "", consecutiveFailures: 0, updatedAt: now } });
    if (count === 0) throw notFound("That webhook");
    await tx.webhookDelivery.updateMany({ where: { userId, status: "PENDING" }, data: { nextAttemptAt: now } });
  });
}
