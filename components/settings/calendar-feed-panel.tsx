"use client";

import { useState, useTransition } from "react";
import { revokeCalendarFeedAction, rotateCalendarFeedAction } from "@/app/(app)/settings/calendar/actions";
import { formatDateTime } from "@/components/callbacks/format";
import { CopyField } from "@/components/settings/copy-field";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";

const HOW_TO = [
  { app: "Google Calendar", steps: "On a computer: Other calendars → + → From URL, paste the address, Add calendar. Google refreshes subscribed calendars every few hours." },
  { app: "Apple Calendar", steps: "macOS: File → New Calendar Subscription, paste the address. iPhone: Settings → Calendar → Accounts → Add Account → Other → Add Subscribed Calendar." },
  { app: "Outlook", steps: "Outlook on the web: Add calendar → Subscribe from web, paste the address, Import. Desktop: Add Calendar → From Internet." },
] as const;

/**
 * Settings → Calendar: turn the secret feed URL on, rotate it (the old one stops at once), or turn
 * it off. The URL is shown once, right after it is made (Lifeloop keeps only a hash of its token).
 */
export function CalendarFeedPanel({ activeSince, timeZone }: { activeSince: string | null; timeZone: string }) {
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState<"rotate" | "revoke" | null>(null);
  const [, startTransition] = useTransition();
  const isOn = activeSince !== null || url !== null;

  function run(kind: "rotate" | "revoke") {
    setPending(kind);
    startTransition(async () => {
      try {
        if (kind === "rotate") {
          const result = await rotateCalendarFeedAction();
          if (!result.ok) return setError(result.error);
          setMessage(null);
          setUrl(result.data.url);
          setMessage(isOn ? "New address made. The old one no longer works: update your calendar app." : "Your feed is on. Copy the address into your calendar app.");
        } else {
          const result = await revokeCalendarFeedAction();
          if (!result.ok) return setError(result.error);
          setUrl(null);
          setMessage("Feed turned off. Calendars subscribed to it stop updating.");
        }
        setError(null);
      } catch {
        setError("Couldn't reach the server; nothing changed. Try again.");
      } finally {
        setPending(null);
      }
    });
  }

  return (
    <>
      <Card>
        <CardHeader
          title="Your secret feed address"
          description="Anyone with the address can read these events, so keep it to yourself. If it leaks, make a new one: the old one stops working at once."
        />
        <div className="space-y-4">
          {url ? (
            <CopyField id="calendar-feed-url" label="Feed address (shown once — copy it now)" value={url} />
          ) : isOn ? (
            <p className="text-sm text-slate-700 dark:text-slate-300">
              The feed is <strong>on</strong> since {formatDateTime(new Date(activeSince!), timeZone)}. Its address was shown when it was made; Lifeloop keeps only a
              hash of it. Lost it? Make a new address below.
            </p>
          ) : (
            <p className="rounded-lg border border-dashed border-slate-300 p-4 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
              No feed yet. Turn it on to see deadlines and check-ins next to the rest of your week, with a reminder a day before a callback times out.
            </p>
          )}
          <div className="flex flex-wrap gap-2">
            <Button type="button" onClick={() => run("rotate")} isPending={pending === "rotate"} pendingLabel="Making the address…" disabled={pending !== null}>
              {isOn ? "Make a new address" : "Turn on the calendar feed"}
            </Button>
            {isOn ? (
              <Button type="button" variant="secondary" onClick={() => run("revoke")} isPending={pending === "revoke"} pendingLabel="Turning off…" disabled={pending !== null}>
                Turn off the feed
              </Button>
            ) : null}
          </div>
          {error ? <FormMessage tone="error">{error}</FormMessage> : message ? <FormMessage tone="success">{message}</FormMessage> : null}
        </div>
      </Card>
      <Card>
        <CardHeader title="How to subscribe" description="Subscribe (don't import a file), so the calendar keeps following changes. Times are in UTC inside the feed; your calendar shows them in its own zone." />
        <dl className="space-y-3 text-sm">
          {HOW_TO.map((item) => (
            <div key={item.app}>
              <dt className="font-medium">{item.app}</dt>
              <dd className="text-slate-600 dark:text-slate-400">{item.steps}</dd>
            </div>
          ))}
        </dl>
      </Card>
    </>
  );
}
