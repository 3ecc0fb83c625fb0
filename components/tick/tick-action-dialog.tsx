"use client";

import dynamic from "next/dynamic";
import { ActionDialog } from "@/components/callbacks/action-dialog";
import type { TickKeyAction } from "@/lib/domain/tick";
import type { TickView } from "./tick-view";

// The forms load when a dialog first opens (or when the browser is idle after the queue mounts,
// preloadTickForms), not with the page: Today's first load carries the queue, not six forms.
const loaders = {
  settle: () => import("@/components/callbacks/settle-form").then((m) => m.SettleForm),
  followUp: () => import("@/components/callbacks/follow-up-form").then((m) => m.FollowUpForm),
  evidence: () => import("@/components/callbacks/evidence-form").then((m) => m.EvidenceForm),
  cancel: () => import("@/components/callbacks/cancel-form").then((m) => m.CancelForm),
  extend: () => import("./tick-extend-form").then((m) => m.TickExtendForm),
  checkIn: () => import("./check-in-form").then((m) => m.CheckInForm),
};
const SettleForm = dynamic(loaders.settle);
const FollowUpForm = dynamic(loaders.followUp);
const EvidenceForm = dynamic(loaders.evidence);
const CancelForm = dynamic(loaders.cancel);
const TickExtendForm = dynamic(loaders.extend);
const CheckInForm = dynamic(loaders.checkIn);

/** Fetches the forms' code ahead of the first dialog (call once the page is idle). */
export function preloadTickForms(): void {
  for (const load of Object.values(loaders)) void load().catch(() => undefined);
}

export type DialogAction = Extract<TickKeyAction, "fulfil" | "reject" | "follow-up" | "extend" | "evidence" | "cancel" | "check-in">;
/** The open dialog of the tick: an action's form for an item, or the keys' help. */
export type TickDialog = { action: DialogAction; item: TickView } | { action: "help" } | null;

const DIALOG_TITLES: Record<DialogAction, { title: string; description?: string }> = {
  fulfil: { title: "Mark fulfilled", description: "The answer came, and it's a yes." },
  reject: { title: "Mark rejected", description: "The answer came, and it's a no." },
  "follow-up": { title: "Log follow-up", description: "You nudged them. The reply clock restarts from now." },
  extend: { title: "Extend deadline", description: "How long will you keep waiting?" },
  evidence: { title: "Add evidence", description: "News moves the odds: posterior odds = prior odds × likelihood ratio." },
  cancel: { title: "Cancel callback", description: "You stop waiting for it. It leaves your load; you can reopen it later." },
  "check-in": { title: "Check in" },
};

type Props = {
  dialog: TickDialog;
  /** The form saved; `message` says what it did. */
  onDone: (message: string) => void;
  onClose: () => void;
};

/** The dialog of an item's action (settle, follow up, extend, evidence, cancel, check in). */
export function TickActionDialog({ dialog, onDone, onClose }: Props) {
  const open = dialog !== null && dialog.action !== "help" ? dialog : null;
  const item = open?.item ?? null;
  const extra =
    item?.kind === "commitment" && item.commitment.type === "check-in"
      ? ` — did you keep it ${item.commitment.periodLabel}?`
      : open && DIALOG_TITLES[open.action].description
        ? ` — ${DIALOG_TITLES[open.action].description}`
        : "";
  return (
    <ActionDialog
      open={open !== null}
      title={open ? DIALOG_TITLES[open.action].title : ""}
      description={
        item ? (
          <>
            <span className="font-medium text-slate-800 dark:text-slate-200">{item.title}</span>
            {extra}
          </>
        ) : undefined
      }
      onClose={onClose}
    >
      {open ? <TickForm action={open.action} item={open.item} onDone={onDone} onDismiss={onClose} /> : null}
    </ActionDialog>
  );
}

function TickForm({ action, item, onDone, onDismiss }: { action: DialogAction; item: TickView; onDone: (message: string) => void; onDismiss: () => void }) {
  if (item.kind === "commitment") {
    if (item.commitment.type !== "check-in") return null;
    return <CheckInForm commitmentId={item.commitment.commitmentId} period={item.commitment.period} onDone={onDone} onDismiss={onDismiss} />;
  }
  const callback = item.callback;
  const common = { callbackId: callback.id, onDone, onDismiss };
  const isTimedOut = callback.state === "TIMED_OUT";
  switch (action) {
    case "fulfil":
      return <SettleForm {...common} outcome="FULFILLED" payoff={callback.payoff} isTimedOut={isTimedOut} />;
    case "reject":
      return <SettleForm {...common} outcome="REJECTED" payoff={callback.payoff} isTimedOut={isTimedOut} />;
    case "follow-up":
      return <FollowUpForm {...common} kind="FOLLOW_UP" />;
    case "extend":
      return <TickExtendForm {...common} timesOutAt={callback.timesOutAt} expectedReplyBy={callback.expectedReplyBy} isTimedOut={isTimedOut} />;
    case "evidence":
      return <EvidenceForm {...common} probability={callback.probability} />;
    case "cancel":
      return <CancelForm {...common} />;
    default:
      return null;
  }
}
