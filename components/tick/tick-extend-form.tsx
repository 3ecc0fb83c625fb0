"use client";

import { useState } from "react";
import { extendCallbackAction } from "@/app/(app)/callbacks/actions";
import { snoozeCallbackAction } from "@/app/(app)/today/actions";
import { ActionError, DialogActions } from "@/components/callbacks/form-bits";
import { useActionRunner } from "@/components/callbacks/use-action-runner";
import { TextField } from "@/components/ui/field";

type Props = {
  callbackId: string;
  timesOutAt: Date;
  expectedReplyBy: Date;
  isTimedOut: boolean;
  onDone: (message: string) => void;
  onDismiss: () => void;
};

function dateInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The end of the chosen calendar day in the browser's zone (what "wait until Friday" means). */
function endOfLocalDay(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 23, 59, 0, 0);
}

/**
 * The tick's extend: one date ("wait until"), prefilled a week past the later of today and the
 * current deadline. An overdue reply is expected by then too, and the item is put off until
 * tomorrow, so the extended callback leaves today's queue (a stale one would otherwise stay).
 */
export function TickExtendForm({ callbackId, timesOutAt, expectedReplyBy, isTimedOut, onDone, onDismiss }: Props) {
  const { isPending, error, fieldErrors, run } = useActionRunner(onDone);
  const [defaults] = useState(() => {
    const now = new Date();
    const base = timesOutAt > now ? timesOutAt : now;
    const week = new Date(base.getFullYear(), base.getMonth(), base.getDate() + 7);
    const tomorrow = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
    return { value: dateInputValue(week), min: dateInputValue(tomorrow) };
  });
  const [dateError, setDateError] = useState<string | null>(null);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const until = endOfLocalDay(String(new FormData(event.currentTarget).get("tick-ext-until") ?? ""));
    if (!until) {
      setDateError("Enter a date.");
      return;
    }
    setDateError(null);
    const input = { timesOutAt: until.toISOString(), expectedReplyBy: expectedReplyBy <= new Date() ? until.toISOString() : undefined };
    run(async () => {
      const result = await extendCallbackAction(callbackId, input);
      if (!result.ok) return result;
      const snoozed = await snoozeCallbackAction(callbackId);
      return snoozed.ok ? result : { ok: true as const, data: undefined };
    }, isTimedOut ? "Extended; it is pending again." : "Deadline extended.");
  }

  const errors = dateError ? [dateError] : (fieldErrors.timesOutAt ?? fieldErrors.expectedReplyBy);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Extend deadline">
      <ActionError error={error} fieldErrors={fieldErrors} />
      <TextField
        id="tick-ext-until"
        label="Wait until"
        type="date"
        required
        defaultValue={defaults.value}
        min={defaults.min}
        errors={errors}
        hint="It times out at the end of that day if no answer comes. Press Enter to save."
        autoFocus
      />
      <DialogActions onDismiss={onDismiss} submitLabel="Extend deadline" isPending={isPending} />
    </form>
  );
}
