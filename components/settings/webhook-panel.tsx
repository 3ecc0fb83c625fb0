"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { deleteWebhookAction, enableWebhookAction, rotateWebhookSecretAction, saveWebhookAction, sendTestWebhookAction } from "@/app/(app)/settings/webhooks/actions";
import { CopyField } from "@/components/settings/copy-field";
import { WebhookSignatureHelp } from "@/components/settings/webhook-signature-help";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/action-result";

export type WebhookPanelHook = { url: string; disabledAt: string | null; disabledReason: string; consecutiveFailures: number } | null;

type Busy = "save" | "test" | "enable" | "secret" | "delete" | null;

/**
 * Settings → Webhooks: the URL (https; http only to localhost while developing), the signing secret
 * (shown once), whether it is on (or why it was turned off, with a button to turn it back on), a
 * test event, and removal.
 */
export function WebhookPanel({ hook }: { hook: WebhookPanelHook }) {
  const router = useRouter();
  const [secret, setSecret] = useState<string | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [, startTransition] = useTransition();

  function run<T>(kind: Exclude<Busy, null>, call: () => Promise<ActionResult<T>>, onOk: (data: T) => string) {
    setBusy(kind);
    startTransition(async () => {
      try {
        const result = await call();
        if (!result.ok) {
          setError(result.error);
          setFieldErrors(result.fieldErrors ?? {});
          setMessage(null);
          return;
        }
        setError(null);
        setFieldErrors({});
        setMessage(onOk(result.data));
        router.refresh();
      } catch {
        setError("Couldn't reach the server; nothing changed. Try again.");
      } finally {
        setBusy(null);
      }
    });
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const url = String(new FormData(event.currentTarget).get("webhook-url") ?? "");
    run("save", () => saveWebhookAction({ url }), (data) => {
      if (data.secret) setSecret(data.secret);
      return data.secret ? "Webhook saved. Copy the signing secret now: it is shown only once." : "Webhook address saved.";
    });
  }

  const disabled = hook?.disabledAt != null;
  return (
    <>
      <Card>
        <CardHeader title={hook ? "Your webhook" : "Add a webhook"} description="One address receives every event. Lifeloop retries failed deliveries with growing pauses for about a day." />
        <div className="space-y-4">
          {hook ? (
            disabled ? (
              <div role="status" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100">
                <p className="font-medium">Turned off — nothing is being sent.</p>
                <p>{hook.disabledReason}</p>
              </div>
            ) : (
              <p className="text-sm text-slate-700 dark:text-slate-300">
                <span className="mr-2 rounded-md bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-800 dark:bg-emerald-500/15 dark:text-emerald-200">On</span>
                {hook.consecutiveFailures > 0 ? `${hook.consecutiveFailures} failed attempt${hook.consecutiveFailures === 1 ? "" : "s"} in a row; it turns off after 15.` : "No failed attempts."}
              </p>
            )
          ) : null}
          <form onSubmit={onSubmit} noValidate aria-label="Webhook address" className="space-y-3">
            <TextField
              id="webhook-url"
              type="url"
              label="Payload URL"
              placeholder="https://hooks.example.com/lifeloop"
              defaultValue={hook?.url ?? ""}
              autoComplete="off"
              maxLength={2000}
              required
              errors={fieldErrors.url}
              hint="https:// only (http://127.0.0.1 or localhost while developing). Redirects are not followed; private network addresses are refused."
            />
            <Button type="submit" isPending={busy === "save"} pendingLabel="Saving…" disabled={busy !== null}>
              {hook ? "Save address" : "Add webhook"}
            </Button>
          </form>
          {secret ? <CopyField id="webhook-secret" label="Signing secret (shown once — copy it now)" value={secret} /> : null}
          {hook ? (
            <div className="flex flex-wrap gap-2 border-t border-slate-200 pt-4 dark:border-slate-800">
              {disabled ? (
                <Button type="button" onClick={() => run("enable", enableWebhookAction, () => "Turned back on. Waiting deliveries go out with the next run.")} isPending={busy === "enable"} pendingLabel="Turning on…" disabled={busy !== null}>
                  Turn back on
                </Button>
              ) : (
                <Button
                  type="button"
                  variant="secondary"
                  onClick={() => run("test", sendTestWebhookAction, (data) => (data.status === "DELIVERED" ? `Test event delivered (HTTP ${data.lastStatusCode}).` : `Test event not delivered: ${data.lastError}. It will be retried.`))}
                  isPending={busy === "test"}
                  pendingLabel="Sending…"
                  disabled={busy !== null}
                >
                  Send test event
                </Button>
              )}
              <Button
                type="button"
                variant="secondary"
                onClick={() => run("secret", rotateWebhookSecretAction, (data) => (setSecret(data.secret), "New signing secret made; the old one no longer verifies. Copy it now."))}
                isPending={busy === "secret"}
                pendingLabel="Making a secret…"
                disabled={busy !== null}
              >
                New signing secret
              </Button>
              <Button type="button" variant="ghost" className="text-red-700 dark:text-red-400" onClick={() => run("delete", deleteWebhookAction, () => (setSecret(null), "Webhook removed with its delivery log."))} isPending={busy === "delete"} pendingLabel="Removing…" disabled={busy !== null}>
                Remove webhook
              </Button>
            </div>
          ) : null}
          {error ? <FormMessage tone="error">{error}</FormMessage> : message ? <FormMessage tone="success">{message}</FormMessage> : null}
        </div>
      </Card>
      <WebhookSignatureHelp />
    </>
  );
}
