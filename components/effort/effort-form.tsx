"use client";

import { useState } from "react";
import { editEffortAction, logEffortAction } from "@/app/(app)/portfolio/actions";
import { ActionError, DialogActions, TextAreaField } from "@/components/callbacks/form-bits";
import { useActionRunner } from "@/components/callbacks/use-action-runner";
import { SelectField, TextField } from "@/components/ui/field";
import { dayKeyInZone } from "@/lib/domain/time";
import { useFocusOnOpen } from "./use-focus-on-open";
import { EFFORT_MINUTES_MAX, EFFORT_NOTE_MAX, EFFORT_POINTS_MAX } from "@/lib/validation/limits";

export type EffortAreaOption = { id: string; name: string; isArchived?: boolean };
export type EffortCallbackOption = { id: string; title: string; areaId: string | null };

/** An entry as the edit form starts from. */
export type EditableEffortEntry = {
  id: string;
  areaId: string;
  points: number;
  minutes: number | null;
  note: string;
  /** the day it was spent in the user's zone, "YYYY-MM-DD" */
  day: string;
  callbackTitle: string | null;
};

type Props = {
  areas: readonly EffortAreaOption[];
  /** the user's zone: "today" and the day picker's limit are days there */
  timeZone: string;
  /** log: tie the entry to this callback (fixed) */
  callback?: EffortCallbackOption;
  /** log: offer these open callbacks to tie the entry to */
  callbacks?: readonly EffortCallbackOption[];
  /** edit this entry instead of logging a new one */
  entry?: EditableEffortEntry;
  onDone: (message: string) => void;
  onDismiss: () => void;
};

/**
 * Logs (or edits) effort: an area, energy points, optional minutes, the day, optionally a callback
 * and a note. Area choices are the active areas (plus, when editing, the entry's own area even if
 * archived since). Field errors come back from the shared zod schema and the server.
 */
export function EffortForm({ areas, timeZone, callback, callbacks, entry, onDone, onDismiss }: Props) {
  const { isPending, error, fieldErrors, run } = useActionRunner(onDone);
  const [today] = useState(() => dayKeyInZone(new Date(), timeZone));
  const choices = areas.filter((area) => !area.isArchived || area.id === entry?.areaId);
  const startArea = entry?.areaId ?? (callback?.areaId && choices.some((a) => a.id === callback.areaId) ? callback.areaId : "");
  const [areaId, setAreaId] = useState(startArea);
  const [callbackId, setCallbackId] = useState(callback?.id ?? "");
  const isEdit = Boolean(entry);
  const formRef = useFocusOnOpen<HTMLFormElement>();

  function onCallbackChange(id: string) {
    setCallbackId(id);
    const chosen = callbacks?.find((option) => option.id === id);
    if (chosen?.areaId && !areaId && choices.some((a) => a.id === chosen.areaId)) setAreaId(chosen.areaId);
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const fields = {
      areaId,
      points: String(form.get("ef-points") ?? ""),
      minutes: String(form.get("ef-minutes") ?? ""),
      day: String(form.get("ef-day") ?? ""),
      note: String(form.get("ef-note") ?? ""),
    };
    if (entry) run(() => editEffortAction({ ...fields, id: entry.id }), "Effort entry saved.");
    else run(() => logEffortAction({ ...fields, callbackId }), "Effort logged.");
  }

  const tiedTitle = entry ? entry.callbackTitle : callback?.title;

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4" aria-label={isEdit ? "Edit effort" : "Log effort"}>
      <ActionError error={error} fieldErrors={fieldErrors} />
      {tiedTitle ? (
        <p className="rounded-lg bg-slate-50 px-3 py-2 text-sm text-slate-700 dark:bg-slate-800/60 dark:text-slate-300">
          For <span className="font-medium">“{tiedTitle}”</span> — its effort {isEdit ? "follows this entry's points" : "grows by these points"}, which
          lowers its EV per energy point in the portfolio ranking.
        </p>
      ) : null}
      <SelectField
        id="ef-area"
        label="Area"
        value={areaId}
        onChange={(event) => setAreaId(event.target.value)}
        errors={fieldErrors.areaId}
        required
        data-autofocus={startArea ? undefined : true}
      >
        <option value="" disabled>
          Choose an area…
        </option>
        {choices.map((area) => (
          <option key={area.id} value={area.id}>
            {area.name}
            {area.isArchived ? " (archived)" : ""}
          </option>
        ))}
      </SelectField>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="ef-points"
          label="Energy points"
          type="number"
          inputMode="decimal"
          min={0.1}
          max={EFFORT_POINTS_MAX}
          step="any"
          required
          defaultValue={entry?.points}
          placeholder="2"
          data-autofocus={startArea ? true : undefined}
          errors={fieldErrors.points}
          hint="Your own unit of energy, e.g. 1 per focused half hour."
        />
        <TextField
          id="ef-minutes"
          label="Minutes (optional)"
          type="number"
          inputMode="numeric"
          min={1}
          max={EFFORT_MINUTES_MAX}
          step={1}
          defaultValue={entry?.minutes ?? undefined}
          placeholder="45"
          errors={fieldErrors.minutes}
        />
      </div>
      <TextField id="ef-day" label="Day" type="date" max={today} defaultValue={entry?.day ?? today} errors={fieldErrors.day} hint="The day you spent it (your time zone)." />
      {!isEdit && !callback && callbacks && callbacks.length > 0 ? (
        <SelectField
          id="ef-callback"
          label="For a callback (optional)"
          value={callbackId}
          onChange={(event) => onCallbackChange(event.target.value)}
          errors={fieldErrors.callbackId}
          hint="Tying effort to an open bet adds these points to its effort."
        >
          <option value="">None</option>
          {callbacks.map((option) => (
            <option key={option.id} value={option.id}>
              {option.title}
            </option>
          ))}
        </SelectField>
      ) : null}
      <TextAreaField id="ef-note" label="Note (optional)" rows={2} maxLength={EFFORT_NOTE_MAX} defaultValue={entry?.note} placeholder="Mock interview with Sam" errors={fieldErrors.note} />
      <DialogActions onDismiss={onDismiss} submitLabel={isEdit ? "Save entry" : "Log effort"} isPending={isPending} />
    </form>
  );
}
