"use client";

import { useState } from "react";
import { checkInAction } from "@/app/(app)/commitments/actions";
import { ActionError, DialogFooter, TextAreaField } from "@/components/callbacks/form-bits";
import { useActionRunner } from "@/components/callbacks/use-action-runner";
import { Button } from "@/components/ui/button";

type Props = { commitmentId: string; period: string; onDone: (message: string) => void; onDismiss: () => void };

/** A commitment's check-in from the tick: kept or missed for the period, with an optional note. */
export function CheckInForm({ commitmentId, period, onDone, onDismiss }: Props) {
  const { isPending, error, fieldErrors, run } = useActionRunner(onDone);
  const [choice, setChoice] = useState<"kept" | "missed" | null>(null);

  function submit(event: React.FormEvent<HTMLFormElement>, kept: boolean) {
    event.preventDefault();
    const form = event.currentTarget;
    const note = String(new FormData(form).get("tick-checkin-note") ?? "");
    setChoice(kept ? "kept" : "missed");
    run(async () => {
      const result = await checkInAction({ commitmentId, period, kept, note });
      return result.ok ? { ok: true as const, data: undefined } : result;
    }, kept ? "Checked in: kept" : "Checked in: missed");
  }

  return (
    <form
      onSubmit={(event) => submit(event, ((event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null)?.value !== "missed")}
      noValidate
      className="space-y-4"
      aria-label="Check in"
    >
      <ActionError error={error} fieldErrors={fieldErrors} />
      <TextAreaField id="tick-checkin-note" label="Note (optional)" rows={2} maxLength={2000} errors={fieldErrors.note} />
      <DialogFooter>
        <Button type="button" variant="secondary" onClick={onDismiss}>
          Close
        </Button>
        <Button type="submit" name="outcome" value="missed" variant="secondary" isPending={isPending && choice === "missed"} disabled={isPending} pendingLabel="Saving…">
          Missed
        </Button>
        <Button type="submit" name="outcome" value="kept" isPending={isPending && choice === "kept"} disabled={isPending} pendingLabel="Saving…" autoFocus>
          Kept
        </Button>
      </DialogFooter>
    </form>
  );
}
