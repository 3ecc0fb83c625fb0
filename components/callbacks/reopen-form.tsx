"use client";

import { useState } from "react";
import { reopenCallbackAction } from "@/app/(app)/callbacks/actions";
import { useProfile } from "@/components/profile-context";
import { DateTimeField } from "@/components/ui/date-time-field";
import { fromDateTimeLocal, toDateTimeLocal } from "./datetime-local";
import { ActionError, DialogActions, TextAreaField } from "./form-bits";
import { useActionRunner } from "./use-action-runner";

type Props = { callbackId: string; onDone: (message: string) => void; onDismiss: () => void };

/** Makes the callback pending again (a mistaken settle, a thread that came back to life); the reply clock restarts. */
export function ReopenForm({ callbackId, onDone, onDismiss }: Props) {
  const { isPending, error, fieldErrors, run } = useActionRunner(onDone);
  const { timeZone } = useProfile();
  const [min] = useState(() => toDateTimeLocal(new Date(), timeZone));

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { timesOutAt: fromDateTimeLocal(form.get("reopen-timesOutAt"), timeZone), note: String(form.get("reopen-note") ?? "") };
    run(() => reopenCallbackAction(callbackId, input), "Reopened. It is pending again.");
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Reopen">
      <ActionError error={error} fieldErrors={fieldErrors} />
      <TextAreaField
        id="reopen-note"
        label="Note (optional)"
        placeholder="They wrote back after all"
        maxLength={2000}
        errors={fieldErrors.note}
        autoFocus
      />
      <DateTimeField
        id="reopen-timesOutAt"
        label="New timeout (optional)"
        shortcuts
        min={min}
        errors={fieldErrors.timesOutAt}
        hint="Leave empty to keep the current deadline, or a fresh one if it has passed."
      />
      <DialogActions onDismiss={onDismiss} submitLabel="Reopen" isPending={isPending} pendingLabel="Reopening…" />
    </form>
  );
}
