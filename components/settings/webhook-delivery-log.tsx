import { formatDateTime } from "@/components/callbacks/format";
import { Card, CardHeader } from "@/components/ui/card";
import type { WebhookDeliveryView } from "@/lib/server/webhooks/get-webhook-settings";

const STATUS_STYLES: Record<WebhookDeliveryView["status"], string> = {
  DELIVERED: "bg-emerald-100 text-emerald-800 dark:bg-emerald-500/15 dark:text-emerald-200",
  PENDING: "bg-amber-100 text-amber-800 dark:bg-amber-500/15 dark:text-amber-200",
  FAILED: "bg-red-100 text-red-800 dark:bg-red-500/15 dark:text-red-200",
};
const STATUS_LABELS: Record<WebhookDeliveryView["status"], string> = { DELIVERED: "Delivered", PENDING: "Waiting", FAILED: "Gave up" };

/** The latest deliveries with their status codes and errors, newest first. */
export function WebhookDeliveryLog({ deliveries, timeZone }: { deliveries: WebhookDeliveryView[]; timeZone: string }) {
  return (
    <Card>
      <CardHeader title="Delivery log" description="The latest 25 events, newest first, with the receiver's status code." />
      {deliveries.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-4 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
          Nothing sent yet. Send a test event, or settle a callback, to see a delivery here.
        </p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[40rem] text-left text-sm">
            <caption className="sr-only">Webhook deliveries</caption>
            <thead className="text-xs uppercase tracking-wide text-slate-500 dark:text-slate-400">
              <tr className="border-b border-slate-200 dark:border-slate-800">
                <th scope="col" className="py-2 pr-3 font-medium">Event</th>
                <th scope="col" className="py-2 pr-3 font-medium">Status</th>
                <th scope="col" className="py-2 pr-3 font-medium">Code</th>
                <th scope="col" className="py-2 pr-3 font-medium">Attempts</th>
                <th scope="col" className="py-2 pr-3 font-medium">Created</th>
                <th scope="col" className="py-2 font-medium">Details</th>
              </tr>
            </thead>
            <tbody>
              {deliveries.map((delivery) => (
                <tr key={delivery.id} className="border-b border-slate-100 last:border-0 dark:border-slate-800/70">
                  <td className="py-2 pr-3 font-mono text-xs">{delivery.eventType}</td>
                  <td className="py-2 pr-3">
                    <span className={`rounded-md px-2 py-0.5 text-xs font-medium ${STATUS_STYLES[delivery.status]}`}>{STATUS_LABELS[delivery.status]}</span>
                  </td>
                  <td className="py-2 pr-3 font-mono text-xs">{delivery.lastStatusCode ?? "—"}</td>
                  <td className="py-2 pr-3">{delivery.attempts}</td>
                  <td className="py-2 pr-3 text-slate-600 dark:text-slate-400">{formatDateTime(delivery.createdAt, timeZone)}</td>
                  <td className="py-2 text-slate-600 dark:text-slate-400">
                    {delivery.status === "PENDING" && delivery.attempts > 0 ? `${delivery.lastError} · next try ${formatDateTime(delivery.nextAttemptAt, timeZone)}` : delivery.lastError || ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
