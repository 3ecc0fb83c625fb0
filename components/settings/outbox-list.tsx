import { Card, CardHeader } from "@/components/ui/card";
import type { OutboxItem } from "@/lib/server/mail/list-outbox";

const STATUS_LABEL: Record<OutboxItem["status"], string> = { PENDING: "Waiting to send", SENT: "Sent", OUTBOX: "Not sent", FAILED: "Failed" };
const STATUS_CLASS: Record<OutboxItem["status"], string> = {
  PENDING: "bg-amber-100 text-amber-900 dark:bg-amber-500/15 dark:text-amber-200",
  SENT: "bg-emerald-100 text-emerald-900 dark:bg-emerald-500/15 dark:text-emerald-200",
  OUTBOX: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200",
  FAILED: "bg-red-100 text-red-900 dark:bg-red-500/15 dark:text-red-200",
};

/** Delivery problems: the messages that failed or are being retried, with the server's reason. */
export function DeliveryProblems({ items, timeZone }: { items: OutboxItem[]; timeZone: string }) {
  const problems = items.filter((item) => item.error && (item.status === "FAILED" || item.status === "PENDING"));
  if (problems.length === 0) return null;
  const when = new Intl.DateTimeFormat("en-GB", { timeZone, dateStyle: "medium", timeStyle: "short" });
  return (
    <Card className="border-red-300 dark:border-red-900">
      <CardHeader title="Delivery problems" description="The mail server did not take these. Lifeloop retries with growing pauses for a day, then gives up." />
      <ul className="space-y-3">
        {problems.map((item) => (
          <li key={item.id} className="text-sm">
            <p className="font-medium">{item.subject}</p>
            <p className="text-red-700 dark:text-red-300">{item.error}</p>
            <p className="text-slate-600 dark:text-slate-400">
              {item.status === "FAILED"
                ? `Given up after ${item.attempts} attempts (first tried ${when.format(item.createdAt)}).`
                : `${item.attempts} attempt${item.attempts === 1 ? "" : "s"} so far; next try ${when.format(item.nextAttemptAt)}.`}
            </p>
          </li>
        ))}
      </ul>
    </Card>
  );
}

/** The user's mail, newest first: the outbox when no mail server is configured, else what was sent. */
export function OutboxList({ items, timeZone, hasMailServer }: { items: OutboxItem[]; timeZone: string; hasMailServer: boolean }) {
  const when = new Intl.DateTimeFormat("en-GB", { timeZone, dateStyle: "medium", timeStyle: "short" });
  return (
    <Card>
      <CardHeader
        id="outbox-heading"
        title={hasMailServer ? "Mail" : "Outbox: not sent, no mail server configured"}
        description={
          hasMailServer
            ? "What Lifeloop sent you, newest first."
            : "This server has no SMTP_URL, so Lifeloop keeps your mail here instead of sending it; nothing is dropped. The README says how to connect a mail server."
        }
      />
      {items.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          No mail yet. With the digest on, a message appears here at your chosen hour on days when something needs you.
        </p>
      ) : (
        <ul aria-labelledby="outbox-heading" className="divide-y divide-slate-200 dark:divide-slate-800">
          {items.map((item) => (
            <li key={item.id} className="py-3">
              <details className="group">
                <summary className="flex cursor-pointer list-none flex-wrap items-center gap-x-3 gap-y-1 rounded-lg focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-500/40">
                  <span className="font-medium text-slate-900 dark:text-slate-100">{item.subject}</span>
                  <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${STATUS_CLASS[item.status]}`}>{STATUS_LABEL[item.status]}</span>
                  <span className="text-xs text-slate-500 dark:text-slate-400">
                    to {item.to} · {when.format(item.createdAt)}
                    {item.sentAt ? ` · sent ${when.format(item.sentAt)}` : ""}
                  </span>
                </summary>
                {item.error ? <p className="mt-2 text-sm text-red-700 dark:text-red-300">{item.error}</p> : null}
                <pre className="mt-2 max-h-96 overflow-auto rounded-lg bg-slate-50 p-3 text-xs whitespace-pre-wrap [overflow-wrap:anywhere] text-slate-800 dark:bg-slate-950 dark:text-slate-200">
                  {item.text}
                </pre>
              </details>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
