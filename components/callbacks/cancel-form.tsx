"use client";

import { cancelCallbackAction } from "@/app/(app)/callbacks/actions";
import { ActionError, DialogActions, TextAreaField } from "./form-bits";
import { useActionRunner } from "./use-action-runner";

type Props = { callbackId: string; onDone: (message: string) => void; onDismiss: () => void };

/** Cancels the callback: you stopped waiting for it (it leaves the load, and calibration ignores it). */
export function CancelForm({ callbackId, onDone, onDismiss }: Props) {
  const { isPending, error, fieldErrors, run } = useActionRunner(onDone);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    run(() => cancelCallbackAction(callbackId, { note: String(form.get("cancel-note") ?? "") }), "Callback cancelled. You can reopen it any time.");
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Cancel callback">
      <ActionError error={error} fieldErrors={fieldErrors} />
      <TextAreaField
        id="cancel-note"
        label="Why (optional)"
        placeholder="The role was withdrawn"
        maxLength={2000}
        errors={fieldErrors.note}
        autoFocus
      />
      <DialogActions onDismiss={onDismiss} dismissLabel="Keep it" submitLabel="Cancel callback" isPending={isPending} pendingLabel="Cancelling…" variant="danger" />
    </form>
  );
}
