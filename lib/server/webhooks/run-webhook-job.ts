import { classifyDbError } from "@/lib/db-errors";
import { log } from "@/lib/log";
import { deliverDueWebhooks } from "@/lib/server/webhooks/deliver-due-webhooks";
import { enqueueMissedCheckIns } from "@/lib/server/webhooks/enqueue-missed-check-ins";

/**
 * The scheduler tick's webhook job: queues check-ins that went by without one, then delivers the
 * queue's due deliveries. Its own try/catch, so a
 * failure here never stops the other jobs of the tick (and theirs never stops this one).
 */
export async function runWebhookJob(run: number): Promise<void> {
  const startedAt = performance.now();
  try {
    const missed = await enqueueMissedCheckIns(new Date());
    const attempts = await deliverDueWebhooks(new Date());
    if (attempts > 0 || missed > 0) log.info({ job: "webhooks", run, missedCheckIns: missed, attempts, ms: Math.round(performance.now() - startedAt) }, "webhook deliveries");
  } catch (error) {
    if (classifyDbError(error) === "unavailable") log.warn({ job: "webhooks", run, reason: "database unavailable" }, "webhook run failed; retrying next run");
    else log.error({ job: "webhooks", run, err: error }, "webhook run failed; retrying next run");
  }
}
