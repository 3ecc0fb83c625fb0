"use client";

import { useState } from "react";
import { extendCallbackAction } from "@/app/(app)/callbacks/actions";
import { useProfile } from "@/components/profile-context";
import { DateTimeField } from "@/components/ui/date-time-field";
import { addLocalDays, fromDateTimeLocal, toDateTimeLocal } from "./datetime-local";
import { ActionError, DialogActions, TextAreaField } from "./form-bits";
import { useActionRunner } from "./use-action-runner";

type Props = { callbackId: string; timesOutAt: string; isTimedOut: boolean; onDone: (message: string) => void; onDismiss: () => void };

/** Moves the hard deadline (and optionally the expected reply) later; prefilled a week past the later of now and the current deadline. */
export function ExtendForm({ callbackId, timesOutAt, isTimedOut, onDone, onDismiss }: Props) {
  const { isPending, error, fieldErrors, run } = useActionRunner(onDone);
  const { timeZone } = useProfile();
  const [defaults] = useState(() => {
    const now = new Date();
    const current = new Date(timesOutAt);
    const base = current > now ? current : now;
    return { timesOutAt: toDateTimeLocal(addLocalDays(base, 7, timeZone), timeZone), min: toDateTimeLocal(now, timeZone) };
  });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      timesOutAt: fromDateTimeLocal(form.get("ext-timesOutAt"), timeZone) ?? "",
      expectedReplyBy: fromDateTimeLocal(form.get("ext-expectedReplyBy"), timeZone),
      note: String(form.get("ext-note") ?? ""),
    };
    run(() => extendCallbackAction(callbackId, input), isTimedOut ? "Deadline extended; it is pending again." : "Deadline extended.");
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Extend deadline">
      <ActionError error={error} fieldErrors={fieldErrors} />
      <DateTimeField
        id="ext-timesOutAt"
        label="New timeout"
        shortcuts
        required
        defaultValue={defaults.timesOutAt}
        min={defaults.min}
        errors={fieldErrors.timesOutAt}
        hint="When it times out if no answer comes."
        autoFocus
      />
      <DateTimeField
        id="ext-expectedReplyBy"
        label="Expected reply by (optional)"
        min={defaults.min}
        errors={fieldErrors.expectedReplyBy}
        hint="Leave empty to keep the current one."
      />
      <TextAreaField id="ext-note" label="Note (optional)" rows={2} maxLength={2000} errors={fieldErrors.note} />
      <DialogActions onDismiss={onDismiss} submitLabel="Extend deadline" isPending={isPending} />
    </form>
  );
}
