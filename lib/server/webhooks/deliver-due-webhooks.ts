import { type Db, getDb } from "@/lib/db";
import { DISABLE_AFTER_FAILURES, retryDelaySeconds } from "@/lib/domain/webhook-retry";
import { Prisma } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import { type WebhookSender, sendWebhook } from "@/lib/server/webhooks/send-webhook";
import { SIGNATURE_HEADER, signatureHeader } from "@/lib/server/webhooks/sign-webhook";
import { utcTimestampSql } from "@/lib/server/sql-time";

/** Deliveries one run claims (sent in parallel). */
const BATCH_SIZE = 20;
/** A claimed delivery is not due again for this long (its attempt is in flight, or its process died). */
const LEASE_SECONDS = 60;

type Claimed = { id: string; webhookId: string; userId: string; eventType: string; body: string; attempts: number; url: string; secret: string };

export type DeliverOptions = { db?: Db; send?: WebhookSender; userId?: string };

/**
 * The webhook queue's worker, run by the scheduler tick: claims due deliveries of enabled webhooks
 * (FOR UPDATE SKIP LOCKED, pushing them a lease ahead so another instance doesn't take them while
 * they are in flight), signs and POSTs each, and records the outcome: delivered; or a retry after
 * an exponential backoff; or, after the last attempt, failed. Failed attempts in a row disable the
 * webhook with the reason shown in Settings; a success resets the count. `userId` limits a run to
 * one user's deliveries (the "send test event" button). Returns how many attempts were made.
 */
export async function deliverDueWebhooks(now: Date, options: DeliverOptions = {}): Promise<number> {
  const db = options.db ?? getDb();
  const send = options.send ?? sendWebhook;
  const userFilter = options.userId ? Prisma.sql`AND d."userId" = ${options.userId}` : Prisma.empty;
  const claimed = await db.$queryRaw<Claimed[]>(Prisma.sql`
    WITH due AS (
      SELECT d.id FROM "WebhookDelivery" d
      JOIN "Webhook" w ON w.id = d."webhookId"
      WHERE d.status = 'PENDING' AND d."nextAttemptAt" <= ${utcTimestampSql(now)} AND w."disabledAt" IS NULL ${userFilter}
      ORDER BY d."nextAttemptAt", d.id
      LIMIT ${BATCH_SIZE}
      FOR UPDATE OF d SKIP LOCKED
    )
    UPDATE "WebhookDelivery" d
    SET attempts = d.attempts + 1,
        "lastAttemptAt" = ${utcTimestampSql(now)},
        "nextAttemptAt" = ${utcTimestampSql(new Date(now.getTime() + LEASE_SECONDS * 1000))}
    FROM due, "Webhook" w
    WHERE d.id = due.id AND w.id = d."webhookId"
    RETURNING d.id, d."webhookId", d."userId", d."eventType", d.body, d.attempts, w.url, w.secret`);
  await Promise.all(claimed.map((delivery) => attempt(db, send, delivery, now)));
  return claimed.length;
}

async function attempt(db: Db, send: WebhookSender, delivery: Claimed, now: Date): Promise<void> {
  const result = await send({
    url: delivery.url,
    body: delivery.body,
    headers: { [SIGNATURE_HEADER]: signatureHeader(delivery.secret, delivery.body, now), "Lifeloop-Event": delivery.eventType, "Lifeloop-Delivery": delivery.id },
  }).catch((error: unknown) => ({ ok: false, statusCode: null, error: error instanceof Error ? error.message : "Failed" }));
  await db.$transaction(async (tx) => {
    if (result.ok) {
      await tx.webhookDelivery.update({
        where: { id: delivery.id },
        data: { status: "DELIVERED", deliveredAt: now, lastStatusCode: result.statusCode, lastError: "" },
      });
      await tx.webhook.updateMany({ where: { id: delivery.webhookId }, data: { consecutiveFailures: 0 } });
      return;
    }
    const delay = retryDelaySeconds(delivery.attempts);
    await tx.webhookDelivery.update({
      where: { id: delivery.id },
      data: {
        status: delay === null ? "FAILED" : "PENDING",
        nextAttemptAt: new Date(now.getTime() + (delay ?? 0) * 1000),
        lastStatusCode: result.statusCode,
        lastError: result.error.slice(0, 500),
      },
    });
    const hook = await tx.webhook.update({ where: { id: delivery.webhookId }, data: { consecutiveFailures: { increment: 1 } } });
    if (hook.disabledAt === null && hook.consecutiveFailures >= DISABLE_AFTER_FAILURES) {
      await tx.webhook.update({
        where: { id: hook.id },
        data: { disabledAt: now, disabledReason: `Turned off after ${hook.consecutiveFailures} failed attempts in a row; the last: ${result.error.slice(0, 200)}` },
      });
    }
  });
  if (!result.ok) log.info({ job: "webhooks", deliveryId: delivery.id, attempt: delivery.attempts, statusCode: result.statusCode }, "webhook delivery failed");
}
