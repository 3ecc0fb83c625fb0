"use client";

import { useEffect, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { useToast } from "@/components/ui/toaster";
import { CALLBACK_KINDS, type CallbackKind, KIND_DEFAULTS } from "@/lib/domain/kind-defaults";
import { listQueuedCaptures, QUEUE_CHANGED_EVENT, type QueuedCapture, queueCapture } from "@/lib/pwa/capture-queue";
import { OfflineSync } from "./offline-sync";
import { useOnline } from "./use-online";

/** The offline state: what works now (capturing, queued on this device) and a way back. */
export function OfflinePage() {
  const online = useOnline();
  const toast = useToast();
  const [queued, setQueued] = useState<QueuedCapture[]>([]);
  const [title, setTitle] = useState("");
  const [kind, setKind] = useState<CallbackKind>("OTHER");
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  useEffect(() => {
    const refresh = () => void listQueuedCaptures().then(setQueued, () => {});
    refresh();
    window.addEventListener(QUEUE_CHANGED_EVENT, refresh);
    return () => window.removeEventListener(QUEUE_CHANGED_EVENT, refresh);
  }, []);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!title.trim()) {
      setError("Give it a title.");
      return;
    }
    startTransition(async () => {
      await queueCapture({ title, kind });
      toast.show({ tone: "info", message: `Saved “${title.trim()}” on this device.` });
      setTitle("");
      setError(null);
    });
  }

  return (
    <>
      <OfflineSync refreshOnSend={false} />
      <div className="space-y-2">
        <h1 className="text-xl font-semibold">{online ? "Back online" : "You're offline"}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {online
            ? "The connection is back. Open the page again to see your callbacks as they are now."
            : "Lifeloop can't reach its server, so your callbacks aren't shown here (they are never stored on this device). You can still capture: it is kept here and sent once when you're back."}
        </p>
        <Button type="button" variant="secondary" size="sm" onClick={() => window.location.reload()}>
          {online ? "Open the page" : "Try again"}
        </Button>
      </div>
      <form noValidate onSubmit={submit} aria-labelledby="offline-capture-title" className="space-y-3 border-t border-slate-200 pt-5 dark:border-slate-800">
        <h2 id="offline-capture-title" className="font-semibold">
          Capture a callback
        </h2>
        <TextField
          id="offline-title"
          label="Title"
          value={title}
          maxLength={200}
          placeholder="e.g. Applied to Acme, backend role"
          onChange={(event) => setTitle(event.target.value)}
          errors={error ? [error] : undefined}
        />
        <SelectField id="offline-kind" label="Kind" value={kind} onChange={(event) => setKind(event.target.value as CallbackKind)}>
          {CALLBACK_KINDS.map((value) => (
            <option key={value} value={value}>
              {KIND_DEFAULTS[value].label}
            </option>
          ))}
        </SelectField>
        <Button type="submit" isPending={isPending} pendingLabel="Saving…">
          {online ? "Capture" : "Keep it for later"}
        </Button>
      </form>
      {queued.length > 0 ? (
        <section aria-labelledby="offline-queued-title" className="space-y-2 border-t border-slate-200 pt-5 dark:border-slate-800">
          <h2 id="offline-queued-title" className="font-semibold">
            Waiting to be sent ({queued.length})
          </h2>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {queued.map((item) => (
              <li key={item.idempotencyKey}>
                {item.title} <span className="text-slate-600 dark:text-slate-400">· {KIND_DEFAULTS[item.kind as keyof typeof KIND_DEFAULTS]?.label ?? "Your own kind"}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
