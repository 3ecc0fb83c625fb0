"use client";

import { settleCallbackAction } from "@/app/(app)/callbacks/actions";
import { TextField } from "@/components/ui/field";
import { PAYOFF_MAX } from "@/lib/domain/kind-defaults";
import { formatAmount } from "./format";
import { ActionError, DialogActions, TextAreaField } from "./form-bits";
import { useActionRunner } from "./use-action-runner";
import { useProfile } from "@/components/profile-context";

type Props = {
  callbackId: string;
  outcome: "FULFILLED" | "REJECTED";
  payoff: number;
  isTimedOut: boolean;
  onDone: (message: string) => void;
  onDismiss: () => void;
};

/** Settles the callback: the answer came (yes or no), with an outcome note and what it was actually worth. */
export function SettleForm({ callbackId, outcome, payoff, isTimedOut, onDone, onDismiss }: Props) {
  const { locale } = useProfile();
  const { isPending, error, fieldErrors, run } = useActionRunner(onDone);
  const isYes = outcome === "FULFILLED";

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { outcome, note: String(form.get("settle-note") ?? ""), realisedPayoff: String(form.get("settle-payoff") ?? "") };
    const late = isTimedOut ? " (late)" : "";
    run(() => settleCallbackAction(callbackId, input), isYes ? `Marked fulfilled${late}.` : `Marked rejected${late}.`);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={isYes ? "Mark fulfilled" : "Mark rejected"}>
      <ActionError error={error} fieldErrors={fieldErrors} />
      {isTimedOut ? (
        <p className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-500/10 dark:text-amber-200">
          It had timed out, so this records a late answer. Calibration keeps the probability it had when it timed out.
        </p>
      ) : null}
      <TextAreaField
        id="settle-note"
        label="Outcome note (optional)"
        placeholder={isYes ? "Offer call on Friday" : "They went with someone internal"}
        maxLength={2000}
        errors={fieldErrors.note}
        autoFocus
      />
      <TextField
        id="settle-payoff"
        label="Realised payoff"
        type="number"
        inputMode="decimal"
        min={0}
        max={PAYOFF_MAX}
        step="any"
        defaultValue={isYes ? payoff : 0}
        errors={fieldErrors.realisedPayoff}
        hint={`What it turned out to be worth, 0–${PAYOFF_MAX}. The payoff you expected was ${formatAmount(payoff, locale)}.`}
      />
      <DialogActions onDismiss={onDismiss} submitLabel={isYes ? "Mark fulfilled" : "Mark rejected"} isPending={isPending} variant={isYes ? "primary" : "danger"} />
    </form>
  );
}
