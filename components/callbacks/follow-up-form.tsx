"use client";

import { useState } from "react";
import { logFollowUpAction } from "@/app/(app)/callbacks/actions";
import { useProfile } from "@/components/profile-context";
import { DateTimeField } from "@/components/ui/date-time-field";
import { fromDateTimeLocal, toDateTimeLocal } from "./datetime-local";
import { ActionError, DialogActions, TextAreaField } from "./form-bits";
import { useActionRunner } from "./use-action-runner";

type Props = { callbackId: string; kind: "FOLLOW_UP" | "CONTACT"; onDone: (message: string) => void; onDismiss: () => void };

/** Logs a follow-up (a nudge) or any other contact; both restart the reply clock. */
export function FollowUpForm({ callbackId, kind, onDone, onDismiss }: Props) {
  const { isPending, error, fieldErrors, run } = useActionRunner(onDone);
  const { timeZone } = useProfile();
  const [max] = useState(() => toDateTimeLocal(new Date(), timeZone));
  const isFollowUp = kind === "FOLLOW_UP";

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { kind, at: fromDateTimeLocal(form.get("fu-at"), timeZone), note: String(form.get("fu-note") ?? "") };
    run(
      () => logFollowUpAction(callbackId, input),
      isFollowUp ? "Follow-up logged. The reply clock restarted." : "Contact logged. The reply clock restarted.",
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={isFollowUp ? "Log follow-up" : "Log other contact"}>
      <ActionError error={error} fieldErrors={fieldErrors} />
      <TextAreaField
        id="fu-note"
        label="Note (optional)"
        placeholder={isFollowUp ? "Sent a short nudge by email" : "Bumped into them at the meetup"}
        maxLength={2000}
        errors={fieldErrors.note}
        autoFocus
      />
      <DateTimeField
        id="fu-at"
        label="When (optional)"
        max={max}
        errors={fieldErrors.at}
        hint="Leave empty for now."
      />
      <DialogActions onDismiss={onDismiss} submitLabel={isFollowUp ? "Log follow-up" : "Log contact"} isPending={isPending} />
    </form>
  );
}
