"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
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
  mode: { kind: "create" } | { kind: "edit"; commitmentId: string; started: boolean; lock?: EditLock; onDone: (message: string) => void; onDismiss: () => void };
};

/** What the 7-day lock holds while editing: the fields it freezes are shown read-only, with when they unlock. */
export type EditLock = {
  /** "Thu, Mar 12, 2026": the day the lock lifts. */
  until: string;
  /** Title and why may still change (a typo fix in the first hour). */
  canReword: boolean;
  /** "Nov 30, 2026, 10:42 AM": when the typo fixes close, while they are open. */
  rewordUntil: string | null;
};

const READ_ONLY = "read-only:bg-slate-100 read-only:text-slate-600 dark:read-only:bg-slate-800 dark:read-only:text-slate-400";
const DISABLED = "disabled:cursor-not-allowed disabled:bg-slate-100 disabled:text-slate-500 dark:disabled:bg-slate-800 dark:disabled:text-slate-400";

/**
 * "I block on X until <date>": title, why, area (the focus guard's), first and last day and the
 * check-in cadence. The same form edits one: during the 7-day lock it offers only what the lock
 * allows (the server refuses the rest anyway).
 */
export function CommitmentForm({ areas, initial, minStart, mode }: Props) {
  const router = useRouter();
  // Creating goes to the new commitment's page; editing closes the dialog with a confirmation.
  const { isPending, error, fieldErrors, run } = useActionRunner(mode.kind === "edit" ? mode.onDone : () => {});
  const prefix = mode.kind === "edit" ? "edit-" : "";
  const lock = mode.kind === "edit" ? mode.lock : undefined;
  const [question, setQuestion] = useState<{ message: string; input: Record<string, unknown> } | null>(null);
  const wordingFrozen = Boolean(lock && !lock.canReword);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const field = (name: string) => String(data.get(`${prefix}${name}`) ?? "");
    // Frozen fields send what they hold (a disabled select sends nothing at all).
    const input: Record<string, unknown> = {
      title: wordingFrozen ? initial.title : field("title"),
      why: wordingFrozen ? initial.why : field("why"),
      areaId: lock ? (initial.areaId ?? "") : field("areaId"),
      endsOn: field("endsOn"),
      cadence: field("cadence") || initial.cadence,
    };
    if (mode.kind === "create" || !mode.started) input.startsOn = field("startsOn");
    if (mode.kind === "create") {
      create(input);
    } else {
      run(() => editCommitmentAction(mode.commitmentId, input), "Commitment saved.");
    }
  }

  /** Creates, or shows the overload question first; "Make it anyway" sends the same input confirmed. */
  function create(input: Record<string, unknown>) {
    run(
      () => createCommitmentAction(input),
      "",
      (data) => {
        if (data.status === "created") {
          router.push(`/commitments/${data.id}`);
          return;
        }
        setQuestion({ message: data.message, input: { ...input, confirmOverflow: true } });
      },
    );
  }

  const startLocked = mode.kind === "edit" && mode.started;
  return (
    <form onSubmit={onSubmit} onChange={() => setQuestion(null)} noValidate className="space-y-5" aria-label={mode.kind === "create" ? "New commitment" : "Edit commitment"}>
      <ActionError error={error} fieldErrors={fieldErrors} />
      <TextField
        id={`${prefix}title`}
        label="I block on…"
        defaultValue={initial.title}
        placeholder="e.g. Ship the portfolio site"
        maxLength={200}
        required
        autoFocus={!wordingFrozen}
        readOnly={wordingFrozen}
        className={READ_ONLY}
        hint={
          lock
            ? wordingFrozen
              ? `Locked until ${lock.until}, like the rest of the promise.`
              : `Typo fixes only: the wording locks at ${lock.rewordUntil ?? "the end of the first hour"} until ${lock.until}.`
            : undefined
        }
        errors={fieldErrors.title}
      />
      <TextAreaField
        id={`${prefix}why`}
        label="Why (optional)"
        defaultValue={initial.why}
        placeholder="What saying no to everything else buys you"
        maxLength={2000}
        readOnly={wordingFrozen}
        className={READ_ONLY}
        errors={fieldErrors.why}
      />
      <SelectField
        id={`${prefix}areaId`}
        label="Area"
        defaultValue={initial.areaId ?? ""}
        disabled={Boolean(lock)}
        className={DISABLED}
        hint={
          lock
            ? `Locked until ${lock.until}: moving it would move the focus guard.`
            : areas.length === 0
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
          min={lock ? initial.endsOn : undefined}
          hint={lock ? `Later only until ${lock.until}.` : "At least 7 days after the first day."}
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
              <input
                type="radio"
                name={`${prefix}cadence`}
                value={value}
                defaultChecked={initial.cadence === value}
                // Easing daily → weekly waits for the lock to lift.
                disabled={Boolean(lock) && initial.cadence === "DAILY" && value === "WEEKLY"}
                className="accent-brand-600"
              />
              {value === "DAILY" ? "Daily" : lock && initial.cadence === "DAILY" ? `Weekly (from ${lock.until})` : "Weekly"}
            </label>
          ))}
        </div>
        <FieldErrors id={`${prefix}cadence`} errors={fieldErrors.cadence} />
      </fieldset>
      {mode.kind === "create" && question ? (
        <div
          role="alert"
          className="space-y-3 rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950/50 dark:text-amber-100"
        >
          <p>{question.message}</p>
          <div className="flex flex-wrap gap-2">
            <Button type="button" isPending={isPending} pendingLabel="Saving…" onClick={() => create(question.input)}>
              Make it anyway
            </Button>
            <Button type="button" variant="secondary" onClick={() => setQuestion(null)}>
              Not now
            </Button>
          </div>
        </div>
      ) : mode.kind === "create" ? (
        <Button type="submit" isPending={isPending} pendingLabel="Saving…">
          Make the commitment
        </Button>
      ) : (
        <DialogActions onDismiss={mode.onDismiss} submitLabel="Save changes" isPending={isPending} />
      )}
    </form>
  );
}
