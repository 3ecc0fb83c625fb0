"use client";

import { useState, useTransition } from "react";
import { saveNotificationsAction } from "@/app/(app)/settings/notifications/actions";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { FieldErrors, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { WEEKDAY_NAMES } from "@/lib/domain/digest-timing";
import type { NotificationSettings } from "@/lib/validation/notifications";

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

export function NotificationsForm({ settings, timeZone }: { settings: NotificationSettings; timeZone: string }) {
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [isPending, startTransition] = useTransition();

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      digestEnabled: form.get("digestEnabled") === "on",
      digestHour: Number(form.get("digestHour")),
      digestDays: form.getAll("digestDays").map(Number),
      reviewDay: Number(form.get("reviewDay")),
    };
    startTransition(async () => {
      const result = await saveNotificationsAction(input);
      if (!result.ok) {
        setFieldErrors(result.fieldErrors ?? {});
        setMessage({ tone: "error", text: result.error });
        return;
      }
      setFieldErrors({});
      setMessage({ tone: "success", text: result.data.digestEnabled ? "Saved. The digest is on." : "Saved. The digest is off." });
    });
  }

  return (
    <Card>
      <CardHeader
        title="Daily digest"
        description="One email a day at most, and only when something needs you: callbacks that timed out, follow-ups due, deadlines in the next 48 hours, commitment check-ins, and the weekly review on its day."
      />
      <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-5" aria-label="Digest settings">
        <label className="flex items-start gap-3 text-sm">
          <input
            type="checkbox"
            name="digestEnabled"
            defaultChecked={settings.digestEnabled}
            className="mt-0.5 h-4 w-4 rounded border-slate-300 text-brand-600 focus:ring-2 focus:ring-brand-500/40 dark:border-slate-600"
          />
          <span>
            <span className="font-medium text-slate-900 dark:text-slate-100">Send me a daily digest</span>
            <span className="block text-slate-600 dark:text-slate-400">Off until you turn it on. Every digest has a one-click unsubscribe link.</span>
          </span>
        </label>
        <SelectField id="digestHour" label="Send it from" defaultValue={String(settings.digestHour)} hint={`Local time in ${timeZone} (change it under Profile).`} errors={fieldErrors.digestHour}>
          {HOURS.map((hour) => (
            <option key={hour} value={hour}>
              {String(hour).padStart(2, "0")}:00
            </option>
          ))}
        </SelectField>
        <fieldset aria-describedby={fieldErrors.digestDays ? "digestDays-error" : undefined}>
          <legend className="mb-1.5 text-sm font-medium text-slate-800 dark:text-slate-200">On these days</legend>
          <div className="flex flex-wrap gap-2">
            {WEEKDAY_NAMES.map((name, index) => (
              <label
                key={name}
                className="flex items-center gap-1.5 rounded-lg border border-slate-300 px-2.5 py-1.5 text-sm has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-500/40 dark:border-slate-700 dark:has-[:checked]:bg-brand-500/15"
              >
                <input type="checkbox" name="digestDays" value={index + 1} defaultChecked={settings.digestDays.includes(index + 1)} className="h-4 w-4 rounded border-slate-300 text-brand-600 dark:border-slate-600" />
                <span>
                  <span aria-hidden="true">{name.slice(0, 3)}</span>
                  <span className="sr-only">{name}</span>
                </span>
              </label>
            ))}
          </div>
          <FieldErrors id="digestDays" errors={fieldErrors.digestDays} />
        </fieldset>
        <SelectField id="reviewDay" label="Weekly review day" defaultValue={String(settings.reviewDay)} hint="That day's digest reminds you of the review, with last week's headline figures." errors={fieldErrors.reviewDay}>
          {WEEKDAY_NAMES.map((name, index) => (
            <option key={name} value={index + 1}>
              {name}
            </option>
          ))}
        </SelectField>
        <Button type="submit" isPending={isPending} pendingLabel="Saving…">
          Save digest settings
        </Button>
      </form>
      {message ? (
        <div className="mt-4">
          <FormMessage tone={message.tone}>{message.text}</FormMessage>
        </div>
      ) : null}
    </Card>
  );
}
