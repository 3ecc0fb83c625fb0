"use client";

import { useState } from "react";
import { checkInAction } from "@/app/(app)/commitments/actions";
import { ActionError } from "@/components/callbacks/form-bits";
import { useActionRunner } from "@/components/callbacks/use-action-runner";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { inputClasses } from "@/components/ui/field";

type Props = { commitmentId: string; due: { period: string; label: string }[]; cadence: "DAILY" | "WEEKLY" };

/** Check in for each period still open (today and yesterday, or this week and last): kept or missed, with a note. */
export function CheckInPanel({ commitmentId, due, cadence }: Props) {
  const [message, setMessage] = useState<string | null>(null);
  if (due.length === 0) {
    return (
      <div className="space-y-2">
        {message ? <FormMessage tone="success">{message}</FormMessage> : null}
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Nothing to check in right now. The next check-in opens {cadence === "DAILY" ? "tomorrow" : "next Monday"}.
        </p>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      {message ? <FormMessage tone="success">{message}</FormMessage> : null}
      {due.map((item) => (
        <CheckInRow key={item.period} commitmentId={commitmentId} period={item.period} label={item.label} onDone={setMessage} />
      ))}
    </div>
  );
}

function CheckInRow({ commitmentId, period, label, onDone }: { commitmentId: string; period: string; label: string; onDone: (message: string) => void }) {
  const { isPending, error, fieldErrors, run } = useActionRunner(onDone);
  const [kept, setKept] = useState<boolean | null>(null);
  const noteId = `check-in-note-${period}`;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const isKept = submitter?.value !== "missed";
    setKept(isKept);
    const note = String(new FormData(event.currentTarget).get(noteId) ?? "");
    run(() => checkInAction({ commitmentId, period, kept: isKept, note }), isKept ? `Checked in ${label}: kept.` : `Checked in ${label}: missed.`);
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Check in for ${label}`} className="space-y-2 rounded-xl border border-slate-200 p-3 dark:border-slate-800">
      <p className="text-sm font-medium capitalize">{label}</p>
      <ActionError error={error} fieldErrors={fieldErrors} />
      <label htmlFor={noteId} className="sr-only">
        Note for {label} (optional)
      </label>
      <input id={noteId} name={noteId} maxLength={2000} placeholder="A note (optional)" className={inputClasses} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="sm" value="kept" isPending={isPending && kept === true} disabled={isPending}>
          Kept {label}
        </Button>
        <Button type="submit" size="sm" variant="secondary" value="missed" isPending={isPending && kept === false} disabled={isPending}>
          Missed {label}
        </Button>
      </div>
    </form>
  );
}
