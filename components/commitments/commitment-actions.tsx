"use client";

import { useRef, useState } from "react";
import { breakCommitmentAction, cancelCommitmentAction, closeCommitmentAction } from "@/app/(app)/commitments/actions";
import { ActionDialog } from "@/components/callbacks/action-dialog";
import { ActionError, DialogActions, DialogFooter, TextAreaField } from "@/components/callbacks/form-bits";
import { useActionRunner } from "@/components/callbacks/use-action-runner";
import { Button } from "@/components/ui/button";
import { FieldErrors } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { CommitmentForm, type CommitmentFormValues } from "./commitment-form";

type Action = "edit" | "break" | "close" | "cancel";

type Props = {
  commitmentId: string;
  values: CommitmentFormValues;
  areas: { id: string; name: string }[];
  started: boolean;
  locked: boolean;
  lockedUntil: string;
  canClose: boolean;
  /** False during the lock: the button isn't offered, the page says when it unlocks. */
  canCancel: boolean;
  canReword: boolean;
  /** "Nov 30, 2026, 10:42 AM" while the first hour's typo fixes are open in the lock; null otherwise. */
  rewordUntil: string | null;
  today: string;
};

const TITLES: Record<Action, { title: string; description?: string }> = {
  edit: { title: "Edit commitment", description: "During the first 7 days you can extend it or make it harder, not ease it." },
  break: { title: "Mark broken", description: "Honest beats tidy: say what happened. This ends the commitment now." },
  close: { title: "Close it", description: "It has reached its last day. Was it kept? What did blocking on it teach you?" },
  cancel: { title: "Cancel commitment", description: "It ends without a verdict, as if it hadn't been made." },
};

/** The commitment's actions, each in its own dialog; focus returns to the button that opened it. */
export function CommitmentActions({ commitmentId, values, areas, started, locked, lockedUntil, canClose, canCancel, canReword, rewordUntil, today }: Props) {
  const [open, setOpen] = useState<Action | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const panel = useRef<HTMLDivElement>(null);
  const last = useRef<Action | null>(null);
  const status = useRef<HTMLDivElement>(null);

  function show(action: Action) {
    last.current = action;
    setMessage(null);
    setOpen(action);
  }
  function close() {
    setOpen(null);
    // After React drops `inert`; if a refresh removed the button, the confirmation takes focus.
    requestAnimationFrame(() => {
      const button = panel.current?.querySelector<HTMLButtonElement>(`[data-action="${last.current}"]`);
      if (button) button.focus();
      else status.current?.focus();
    });
  }
  function done(text: string) {
    setMessage(text);
    close();
  }

  return (
    <div ref={panel} className="space-y-3">
      <div ref={status} tabIndex={-1} className="outline-none">
        {message ? <FormMessage tone="success">{message}</FormMessage> : null}
      </div>
      {locked ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Locked until <strong className="font-medium text-slate-800 dark:text-slate-200">{lockedUntil}</strong>: it can be extended or made
          harder, not shortened, eased, reworded or cancelled
          {canReword && rewordUntil ? <> (typo fixes to the title and why are open until {rewordUntil})</> : null}. Cancelling unlocks on{" "}
          {lockedUntil}; breaking it with a note is always possible.
        </p>
      ) : null}
      <div className="flex flex-col gap-2">
        {canClose ? (
          <Button data-action="close" onClick={() => show("close")}>
            Close it: kept or broken
          </Button>
        ) : null}
        <Button data-action="edit" variant="secondary" onClick={() => show("edit")}>
          Edit
        </Button>
        <Button data-action="break" variant="secondary" onClick={() => show("break")}>
          Mark broken
        </Button>
        {canCancel ? (
          <Button data-action="cancel" variant="ghost" onClick={() => show("cancel")}>
            Cancel commitment
          </Button>
        ) : null}
      </div>
      <ActionDialog open={open !== null} title={open ? TITLES[open].title : ""} description={open ? TITLES[open].description : undefined} onClose={close}>
        {open === "edit" ? (
          <CommitmentForm
            areas={areas}
            initial={values}
            minStart={today}
            mode={{ kind: "edit", commitmentId, started, lock: locked ? { until: lockedUntil, canReword, rewordUntil } : undefined, onDone: done, onDismiss: close }}
          />
        ) : null}
        {open === "break" ? <BreakForm commitmentId={commitmentId} onDone={done} onDismiss={close} /> : null}
        {open === "close" ? <CloseForm commitmentId={commitmentId} onDone={done} onDismiss={close} /> : null}
        {open === "cancel" ? <CancelForm commitmentId={commitmentId} onDone={done} onDismiss={close} /> : null}
      </ActionDialog>
    </div>
  );
}

type FormProps = { commitmentId: string; onDone: (message: string) => void; onDismiss: () => void };

function BreakForm({ commitmentId, onDone, onDismiss }: FormProps) {
  const { isPending, error, fieldErrors, run } = useActionRunner(onDone);
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const note = String(new FormData(event.currentTarget).get("break-note") ?? "");
    run(() => breakCommitmentAction(commitmentId, { note }), "Marked broken. It's under past commitments now.");
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Mark broken">
      <ActionError error={error} fieldErrors={fieldErrors} />
      <TextAreaField id="break-note" label="What happened" required maxLength={2000} autoFocus errors={fieldErrors.note} />
      <DialogActions onDismiss={onDismiss} dismissLabel="Keep going" submitLabel="Mark broken" isPending={isPending} variant="danger" />
    </form>
  );
}

function CloseForm({ commitmentId, onDone, onDismiss }: FormProps) {
  const { isPending, error, fieldErrors, run } = useActionRunner(onDone);
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const verdict = String(data.get("close-verdict") ?? "");
    run(
      () => closeCommitmentAction(commitmentId, { verdict, reflection: String(data.get("close-reflection") ?? "") }),
      verdict === "KEPT" ? "Kept. Well blocked." : "Closed as broken.",
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Close commitment">
      <ActionError error={error} fieldErrors={fieldErrors} />
      <fieldset className="space-y-1.5">
        <legend className="mb-1.5 text-sm font-medium text-slate-800 dark:text-slate-200">Verdict</legend>
        <div className="flex flex-wrap gap-2">
          {(
            [
              ["KEPT", "Kept"],
              ["BROKEN", "Broken"],
            ] as const
          ).map(([value, label]) => (
            <label
              key={value}
              className="flex cursor-pointer items-center gap-2 rounded-lg border border-slate-300 px-3 py-2 text-sm has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-500/40 dark:border-slate-700 dark:has-[:checked]:bg-brand-500/15"
            >
              <input type="radio" name="close-verdict" value={value} defaultChecked={value === "KEPT"} className="accent-brand-600" />
              {label}
            </label>
          ))}
        </div>
        <FieldErrors id="close-verdict" errors={fieldErrors.verdict} />
      </fieldset>
      <TextAreaField id="close-reflection" label="Reflection" required maxLength={2000} rows={4} errors={fieldErrors.reflection} />
      <DialogActions onDismiss={onDismiss} dismissLabel="Not yet" submitLabel="Close commitment" isPending={isPending} />
    </form>
  );
}

function CancelForm({ commitmentId, onDone, onDismiss }: FormProps) {
  const { isPending, error, run } = useActionRunner(onDone);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        run(() => cancelCommitmentAction(commitmentId), "Commitment cancelled.");
      }}
      noValidate
      className="space-y-4"
      aria-label="Cancel commitment"
    >
      <ActionError error={error} />
      <DialogFooter>
        <Button type="button" variant="secondary" onClick={onDismiss} autoFocus>
          Keep it
        </Button>
        <Button type="submit" variant="danger" isPending={isPending} pendingLabel="Cancelling…">
          Cancel commitment
        </Button>
      </DialogFooter>
    </form>
  );
}
