"use client";

import { useState } from "react";
import { editCallbackAction } from "@/app/(app)/callbacks/actions";
import { useProfile } from "@/components/profile-context";
import { DateTimeField } from "@/components/ui/date-time-field";
import { SelectField, TextField } from "@/components/ui/field";
import { PAYOFF_MAX, PAYOFF_MIN } from "@/lib/domain/kind-defaults";
import { fromDateTimeLocal, toDateTimeLocal } from "./datetime-local";
import { ActionError, DialogActions, TextAreaField } from "./form-bits";
import { useActionRunner } from "./use-action-runner";

/** The editable fields of a callback, dates as ISO strings. */
export type EditableCallback = {
  id: string;
  title: string;
  /** a built-in kind or the key of one of the user's own */
  kind: string;
  areaId: string | null;
  counterparty: string;
  channel: string;
  link: string;
  notes: string;
  startedAt: string;
  expectedReplyBy: string;
  timesOutAt: string;
  payoff: number;
  effort: number;
  weight: number;
  /** the user's estimate of the energy still needed; null: the kind's default */
  energyStillNeeded: number | null;
};

export type AreaOption = { id: string; name: string; isArchived: boolean };

type Props = { callback: EditableCallback; areas: AreaOption[]; kinds: { key: string; name: string }[]; onDone: (message: string) => void; onDismiss: () => void };

const DATE_FIELDS = ["startedAt", "expectedReplyBy", "timesOutAt"] as const;

/**
 * Edits the callback's details (the probability moves through evidence, not here). Dates are sent
 * only when changed: a datetime-local field holds minutes, and re-sending a rounded start would
 * record an edit nobody made.
 */
export function EditForm({ callback, areas, kinds, onDone, onDismiss }: Props) {
  const { isPending, error, fieldErrors, run } = useActionRunner(onDone);
  const { timeZone } = useProfile();
  const [initialDates] = useState(() =>
    Object.fromEntries(DATE_FIELDS.map((field) => [field, toDateTimeLocal(new Date(callback[field]), timeZone)])) as Record<(typeof DATE_FIELDS)[number], string>,
  );
  const areaOptions = areas.filter((area) => !area.isArchived || area.id === callback.areaId);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (key: string) => String(form.get(`edit-${key}`) ?? "");
    const input: Record<string, unknown> = {
      title: text("title"),
      kind: text("kind"),
      areaId: text("areaId"),
      counterparty: text("counterparty"),
      channel: text("channel"),
      link: text("link"),
      notes: text("notes"),
      payoff: text("payoff"),
      effort: text("effort"),
      weight: text("weight"),
      energyStillNeeded: text("energyStillNeeded"),
    };
    for (const field of DATE_FIELDS) {
      const value = text(field);
      if (value !== initialDates[field]) input[field] = fromDateTimeLocal(value, timeZone);
    }
    run(() => editCallbackAction(callback.id, input), "Changes saved.");
  }

  const errors = (field: string) => fieldErrors[field];

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Edit callback">
      <ActionError error={error} fieldErrors={fieldErrors} />
      <TextField id="edit-title" label="Title" required maxLength={200} defaultValue={callback.title} errors={errors("title")} autoFocus />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField id="edit-kind" label="Kind" defaultValue={callback.kind} errors={errors("kind")}>
          {kinds.map((kind) => (
            <option key={kind.key} value={kind.key}>
              {kind.name}
            </option>
          ))}
        </SelectField>
        <SelectField id="edit-areaId" label="Area" defaultValue={callback.areaId ?? ""} errors={errors("areaId")}>
          <option value="">No area</option>
          {areaOptions.map((area) => (
            <option key={area.id} value={area.id}>
              {area.isArchived ? `${area.name} (archived)` : area.name}
            </option>
          ))}
        </SelectField>
        <TextField id="edit-counterparty" label="Counterparty" maxLength={200} defaultValue={callback.counterparty} errors={errors("counterparty")} hint="Who owes the reply." />
        <TextField id="edit-channel" label="Channel" maxLength={100} defaultValue={callback.channel} errors={errors("channel")} hint="Email, LinkedIn, a portal…" />
      </div>
      <TextField id="edit-link" label="Link" type="url" inputMode="url" maxLength={2000} defaultValue={callback.link} errors={errors("link")} placeholder="https://" />
      <TextAreaField id="edit-notes" label="Notes" maxLength={5000} defaultValue={callback.notes} errors={errors("notes")} />
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">Dates</legend>
        <div className="grid gap-4 sm:grid-cols-3">
          <DateTimeField id="edit-startedAt" label="Started" defaultValue={initialDates.startedAt} errors={errors("startedAt")} />
          <DateTimeField id="edit-expectedReplyBy" label="Expected reply by" shortcuts defaultValue={initialDates.expectedReplyBy} errors={errors("expectedReplyBy")} />
          <DateTimeField id="edit-timesOutAt" label="Times out at" shortcuts defaultValue={initialDates.timesOutAt} errors={errors("timesOutAt")} />
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="edit-payoff" label="Payoff" type="number" inputMode="decimal" min={PAYOFF_MIN} max={PAYOFF_MAX} step="any" defaultValue={callback.payoff} errors={errors("payoff")} hint={`If it succeeds, ${PAYOFF_MIN}–${PAYOFF_MAX}.`} />
        <TextField id="edit-effort" label="Effort" type="number" inputMode="decimal" min={0} max={1000} step="any" defaultValue={callback.effort} errors={errors("effort")} hint="Energy points put in." />
        <TextField id="edit-weight" label="Weight" type="number" inputMode="decimal" min={0.1} max={10} step="any" defaultValue={callback.weight} errors={errors("weight")} hint="Mental load, 0.1–10." />
        <TextField
          id="edit-energyStillNeeded"
          label="Energy still needed"
          type="number"
          inputMode="decimal"
          min={0}
          max={1000}
          step="any"
          defaultValue={callback.energyStillNeeded ?? ""}
          errors={errors("energyStillNeeded")}
          hint="Points it will still take; blank for the kind's default. The ranking divides by this."
        />
      </div>
      <DialogActions onDismiss={onDismiss} submitLabel="Save changes" isPending={isPending} />
    </form>
  );
}
