"use client";

import { ActionDialog } from "@/components/callbacks/action-dialog";
import { Button } from "@/components/ui/button";
import { TICK_ACTIONS } from "./labels";

const MOVES: [string, string][] = [
  ["j / ↓", "Next item"],
  ["k / ↑", "Previous item"],
  ["Enter", "Open the item"],
];

const ACTION_ORDER = ["fulfil", "reject", "follow-up", "extend", "evidence", "cancel", "acknowledge", "later", "check-in"] as const;

function KeyRow({ keys, what }: { keys: string; what: string }) {
  return (
    <div className="flex items-baseline gap-3 border-b border-slate-100 py-1.5 last:border-0 dark:border-slate-800">
      <dt className="w-24 shrink-0">
        <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs dark:border-slate-600 dark:bg-slate-800">{keys}</kbd>
      </dt>
      <dd className="text-sm text-slate-700 dark:text-slate-300">{what}</dd>
    </div>
  );
}

/** The tick's keys (opened with ?; Escape closes). */
export function KeyboardHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <ActionDialog open={open} title="Keyboard shortcuts" description="They act on the highlighted item; not while you type in a field." onClose={onClose}>
      <div className="grid gap-x-8 sm:grid-cols-2">
        <dl aria-label="Moving">
          {MOVES.map(([keys, what]) => (
            <KeyRow key={keys} keys={keys} what={what} />
          ))}
          <KeyRow keys="?" what="This list" />
          <KeyRow keys="Ctrl+Enter" what="Save the open dialog" />
          <KeyRow keys="Esc" what="Close the dialog" />
          <KeyRow keys="N" what="Capture a new callback" />
        </dl>
        <dl aria-label="Acting">
          {ACTION_ORDER.map((action) => (
            <KeyRow key={action} keys={TICK_ACTIONS[action].key} what={TICK_ACTIONS[action].help} />
          ))}
        </dl>
      </div>
      <div className="flex justify-end">
        <Button type="button" variant="secondary" onClick={onClose} autoFocus>
          Close
        </Button>
      </div>
    </ActionDialog>
  );
}
