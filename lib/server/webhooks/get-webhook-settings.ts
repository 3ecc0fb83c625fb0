import { getDb } from "@/lib/db";

/** Deliveries shown in Settings' log. */
export const DELIVERY_LOG_SIZE = 25;

export type WebhookDeliveryView = {
  id: string;
  eventType: string;
  status: "PENDING" | "DELIVERED" | "FAILED";
  attempts: number;
  lastStatusCode: number | null;
  lastError: string;
  createdAt: Date;
  lastAttemptAt: Date | null;
  nextAttemptAt: Date;
};

export type WebhookSettings = {
  url: string;
  disabledAt: Date | null;
  disabledReason: string;
  consecutiveFailures: number;
  createdAt: Date;
  deliveries: WebhookDeliveryView[];
} | null;

/** The user's webhook (never its secret) and its latest deliveries, newest first. */
export async function getWebhookSettings(userId: string): Promise<WebhookSettings> {
  const db = getDb();
  const hook = await db.webhook.findUnique({
    where: { userId },
    select: { url: true, disabledAt: true, disabledReason: true, consecutiveFailures: true, createdAt: true },
  });
  if (!hook) return null;
  const deliveries = await db.webhookDelivery.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: DELIVERY_LOG_SIZE,
    select: { id: true, eventType: true, status: true, attempts: true, lastStatusCode: true, lastError: true, createdAt: true, lastAttemptAt: true, nextAttemptAt: true },
  });
  return { ...hook, deliveries };
}
