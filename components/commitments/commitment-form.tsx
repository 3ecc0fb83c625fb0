"use client";

import { useRouter } from "next/navigation";
import { createCommitmentAction, editCommitmentAction } from "@/app/(app)/commitments/actions";
import { ActionError, DialogActions, TextAreaField } from "@/components/callbacks/form-bits";
import { useActionRunner } from "@/components/callbacks/use-action-runner";
import { Button } from "@/components/ui/button";
import { FieldErrors, SelectField, TextField } from "@/components/ui/field";
import type { CommitmentCadence } from "@/lib/domain/commitments";

export type CommitmentFormValues = {
  title: string;
  why: string;
  areaId: string | null;
  startsOn: string;
  endsOn: string;
  cadence: CommitmentCadence;
};

type Props = {
  areas: { id: string; name: string }[];
  initial: CommitmentFormValues;
  /** Earliest start the form offers (create: 30 days back; edit before the start: today). */
  minStart: string;
  /** Create a new one, or edit `commitmentId`. */
  mode: { kind: "create" } | { kind: "edit"; commitmentId: string; started: boolean; onDone: (message: string) => void; onDismiss: () => void };
};

/**
 * "I block on X until <date>": title, why, area (the focus guard's), first and last day and the
 * check-in cadence. The same form edits one; the server refuses what the 7-day lock forbids.
 */
export function CommitmentForm({ areas, initial, minStart, mode }: Props) {
  const router = useRouter();
  // Creating goes to the new commitment's page; editing closes the dialog with a confirmation.
  const { isPending, error, fieldErrors, run } = useActionRunner(mode.kind === "edit" ? mode.onDone : () => {});
  const prefix = mode.kind === "edit" ? "edit-" : "";

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const field = (name: string) => String(data.get(`${prefix}${name}`) ?? "");
    const input: Record<string, unknown> = {
      title: field("title"),
      why: field("why"),
      areaId: field("areaId"),
      endsOn: field("endsOn"),
      cadence: field("cadence"),
    };
    if (mode.kind === "create" || !mode.started) input.startsOn = field("startsOn");
    if (mode.kind === "create") {
      run(() => createCommitmentAction(input), "Commitment made.", ({ id }) => router.push(`/commitments/${id}`));
    } else {
      run(() => editCommitmentAction(mode.commitmentId, input), "Commitment saved.");
    }
  }

  const startLocked = mode.kind === "edit" && mode.started;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label={mode.kind === "create" ? "New commitment" : "Edit commitment"}>
      <ActionError error={error} fieldErrors={fieldErrors} />
      <TextField
        id={`${prefix}title`}
        label="I block on…"
        defaultValue={initial.title}
        placeholder="e.g. Ship the portfolio site"
        maxLength={200}
        required
        autoFocus
        errors={fieldErrors.title}
      />
      <TextAreaField
        id={`${prefix}why`}
        label="Why (optional)"
        defaultValue={initial.why}
        placeholder="What saying no to everything else buys you"
        maxLength={2000}
        errors={fieldErrors.why}
      />
      <SelectField
        id={`${prefix}areaId`}
        label="Area"
        defaultValue={initial.areaId ?? ""}
        hint={
          areas.length === 0
            ? "Add areas in Settings, then pick one here to turn on the focus guard."
            : "Pick an area to turn on the focus guard: capturing a callback in another area will ask first."
        }
        errors={fieldErrors.areaId}
      >
        <option value="">No area (no focus guard)</option>
        {areas.map((area) => (
          <option key={area.id} value={area.id}>
            {area.name}
          </option>
        ))}
      </SelectField>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id={`${prefix}startsOn`}
          label="First day"
          type="date"
          defaultValue={initial.startsOn}
          min={startLocked ? undefined : minStart}
          disabled={startLocked}
          className="disabled:cursor-not-allowed disabled:bg-slate-100 disabled:text-slate-500 dark:disabled:bg-slate-800 dark:disabled:text-slate-400"
          hint={startLocked ? "It has started; the first day is fixed." : "Up to 30 days back, for one you already keep; its 7-day lock still starts today."}
          errors={fieldErrors.startsOn}
        />
        <TextField
          id={`${prefix}endsOn`}
          label="Last day"
          type="date"
          defaultValue={initial.endsOn}
          hint="At least 7 days after the first day."
          errors={fieldErrors.endsOn}
        />
      </div>
      <fieldset className="space-y-1.5" aria-describedby={fieldErrors.cadence?.length ? `${prefix}cadence-error` : undefined}>
        <legend className="mb-1.5 block text-sm font-medium text-slate-800 dark:text-slate-200">Check in</legend>
        <div className="flex flex-wrap gap-2">
          {(["DAILY", "WEEKLY"] as const).map((value) => (
            <label
              key={value}
              className="flex cursor-pointer items-center gap-2 rounded-lg border border-slate-300 px-3 py-2 text-sm has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-500/40 dark:border-slate-700 dark:has-[:checked]:bg-brand-500/15"
            >
              <input type="radio" name={`${prefix}cadence`} value={value} defaultChecked={initial.cadence === value} className="accent-brand-600" />
              {value === "DAILY" ? "Daily" : "Weekly"}
            </label>
          ))}
        </div>
        <FieldErrors id={`${prefix}cadence`} errors={fieldErrors.cadence} />
      </fieldset>
      {mode.kind === "create" ? (
        <Button type="submit" isPending={isPending} pendingLabel="Saving…">
          Make the commitment
        </Button>
      ) : (
        <DialogActions onDismiss={mode.onDismiss} submitLabel="Save changes" isPending={isPending} />
      )}
    </form>
  );
}
