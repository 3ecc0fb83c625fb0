"use client";

import Link from "next/link";
import { useRef, useState } from "react";
import { deleteEffortAction } from "@/app/(app)/portfolio/actions";
import { ActionDialog } from "@/components/callbacks/action-dialog";
import { AreaChip } from "@/components/callbacks/area-chip";
import { ActionError, DialogFooter } from "@/components/callbacks/form-bits";
import { formatAmount } from "@/components/callbacks/format";
import { useActionRunner } from "@/components/callbacks/use-action-runner";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { type EditableEffortEntry, type EffortAreaOption, EffortForm } from "./effort-form";
import { useFocusOnOpen } from "./use-focus-on-open";
import { useProfile } from "@/components/profile-context";

/** One entry as the list shows it (dates already in the user's zone). */
export type EffortEntryRow = EditableEffortEntry & {
  area: { name: string; color: string };
  callbackId: string | null;
  /** "Mon, Mar 3" */
  dayLabel: string;
};

type Props = {
  entries: readonly EffortEntryRow[];
  areas: readonly EffortAreaOption[];
  timeZone: string;
  /** hide the callback column (on a callback's own page) */
  hideCallback?: boolean;
};

type Open = { kind: "edit" | "delete"; entry: EffortEntryRow } | null;

/** Logged effort, newest first, each with Edit and Delete (confirmed); pending states and announced results. */
export function EffortEntryList({ entries, areas, timeZone, hideCallback = false }: Props) {
  const { locale } = useProfile();
  const [open, setOpen] = useState<Open>(null);
  const [message, setMessage] = useState<string | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const lastTrigger = useRef<string | null>(null);
  const deleting = useActionRunner((text) => finish(text));

  function show(kind: "edit" | "delete", entry: EffortEntryRow) {
    lastTrigger.current = `${kind}-${entry.id}`;
    setMessage(null);
    setOpen({ kind, entry });
  }

  function close() {
    setOpen(null);
    requestAnimationFrame(() => {
      const button = lastTrigger.current ? list.current?.querySelector<HTMLButtonElement>(`[data-trigger="${lastTrigger.current}"]`) : null;
      (button ?? list.current?.querySelector<HTMLButtonElement>("button"))?.focus();
    });
  }

  function finish(text: string) {
    setMessage(text);
    close();
  }

  return (
    <div className="space-y-3">
      <div aria-live="polite">{message ? <FormMessage tone="success">{message}</FormMessage> : null}</div>
      <ul ref={list} className="divide-y divide-slate-200 dark:divide-slate-800" aria-label="Effort entries">
        {entries.map((entry) => (
          <li key={entry.id} className="effort-row">
            <div className="effort-main">
              <div className="effort-line">
                <span className="effort-points">
                  {formatAmount(entry.points, locale)} pt{entry.points === 1 ? "" : "s"}
                </span>
                {entry.minutes ? <span className="text-slate-500 tabular-nums dark:text-slate-400">{entry.minutes} min</span> : null}
                <AreaChip area={entry.area} />
                <span className="text-slate-500 dark:text-slate-400">{entry.dayLabel}</span>
              </div>
              {(!hideCallback && entry.callbackId) || entry.note ? (
                <p className="truncate text-sm text-slate-600 dark:text-slate-400">
                  {!hideCallback && entry.callbackId ? (
                    <Link href={`/callbacks/${entry.callbackId}`} className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-100">
                      {entry.callbackTitle ?? "A callback"}
                    </Link>
                  ) : null}
                  {!hideCallback && entry.callbackId && entry.note ? " — " : null}
                  {entry.note}
                </p>
              ) : null}
            </div>
            <div className="flex gap-1" inert={open !== null}>
              <Button type="button" variant="ghost" size="sm" data-trigger={`edit-${entry.id}`} onClick={() => show("edit", entry)} aria-label={`Edit ${formatAmount(entry.points, locale)} points on ${entry.area.name}, ${entry.dayLabel}`}>
                Edit
              </Button>
              <Button
                type="button"
                variant="danger-ghost"
                size="sm"
                data-trigger={`delete-${entry.id}`}
                onClick={() => show("delete", entry)}
                aria-label={`Delete ${formatAmount(entry.points, locale)} points on ${entry.area.name}, ${entry.dayLabel}`}
              >
                Delete
              </Button>
            </div>
          </li>
        ))}
      </ul>
      <ActionDialog open={open?.kind === "edit"} title="Edit effort entry" onClose={close}>
        {open?.kind === "edit" ? <EffortForm areas={areas} timeZone={timeZone} entry={open.entry} onDone={finish} onDismiss={close} /> : null}
      </ActionDialog>
      <ActionDialog open={open?.kind === "delete"} title="Delete this effort entry?" onClose={close}>
        {open?.kind === "delete" ? (
          <DeleteConfirm>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {formatAmount(open.entry.points, locale)} points on {open.entry.area.name}, {open.entry.dayLabel}, will be removed from your shares
              {open.entry.callbackId ? ` and from the effort of “${open.entry.callbackTitle ?? "its callback"}”` : ""}. This can&apos;t be undone.
            </p>
            <ActionError error={deleting.error} />
            <DialogFooter>
              <Button type="button" variant="secondary" onClick={close} data-autofocus>
                Cancel
              </Button>
              <Button
                type="button"
                variant="danger"
                isPending={deleting.isPending}
                pendingLabel="Deleting…"
                onClick={() => deleting.run(() => deleteEffortAction(open.entry.id), "Effort entry deleted.")}
              >
                Delete entry
              </Button>
            </DialogFooter>
          </DeleteConfirm>
        ) : null}
      </ActionDialog>
    </div>
  );
}

/** The delete confirmation's body: focus starts on Cancel, the safe choice. */
function DeleteConfirm({ children }: { children: React.ReactNode }) {
  const ref = useFocusOnOpen<HTMLDivElement>();
  return (
    <div ref={ref} className="space-y-4">
      {children}
    </div>
  );
}
