"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { UserCallbackAction } from "@/lib/domain/callback-state";
import { ActionDialog } from "./action-dialog";
import { CancelForm } from "./cancel-form";
import { DeleteButton } from "./delete-button";
import { type AreaOption, type EditableCallback, EditForm } from "./edit-form";
import { EvidenceForm } from "./evidence-form";
import { ExtendForm } from "./extend-form";
import { FollowUpForm } from "./follow-up-form";
import { ReopenForm } from "./reopen-form";
import { SettleForm } from "./settle-form";

/** The trigger of each user action: its button text (tests find them by it) and its dialog's title. */
export const ACTION_LABELS: Record<UserCallbackAction, { button: string; title: string; description?: string }> = {
  FULFILL: { button: "Mark fulfilled", title: "Mark fulfilled", description: "The answer came, and it's a yes." },
  REJECT: { button: "Mark rejected", title: "Mark rejected", description: "The answer came, and it's a no." },
  FOLLOW_UP: { button: "Log follow-up", title: "Log follow-up", description: "You nudged them. The reply clock restarts from now." },
  LOG_CONTACT: { button: "Log other contact", title: "Log other contact", description: "Any contact that isn't a nudge. The reply clock restarts." },
  ADD_EVIDENCE: { button: "Add evidence", title: "Add evidence", description: "News moves the odds: posterior odds = prior odds × likelihood ratio." },
  EXTEND: { button: "Extend deadline", title: "Extend deadline" },
  EDIT: { button: "Edit", title: "Edit callback" },
  CANCEL: { button: "Cancel callback", title: "Cancel callback", description: "You stop waiting for it. It leaves your load; you can reopen it later." },
  REOPEN: { button: "Reopen", title: "Reopen", description: "It is pending again, and the reply clock restarts." },
};

const PRIMARY: ReadonlySet<UserCallbackAction> = new Set(["FULFILL", "REJECT", "REOPEN"]);

type Props = {
  callback: EditableCallback & { state: string; probability: number };
  actions: readonly UserCallbackAction[];
  areas: AreaOption[];
  /** The kinds the edit form offers (the user's active ones, plus the callback's own if archived). */
  kinds: { key: string; name: string }[];
};

/**
 * The actions the callback's state allows, each in its own dialog. After a success the dialog
 * closes, the page's data refreshes, a confirmation is announced, and focus goes back to the button
 * that opened it (or to the confirmation when that button is gone, e.g. after settling).
 */
export function CallbackActions({ callback, actions, areas, kinds }: Props) {
  const [openAction, setOpenAction] = useState<UserCallbackAction | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [isDeleteOpen, setIsDeleteOpen] = useState(false);
  const lastTrigger = useRef<UserCallbackAction | null>(null);
  const panel = useRef<HTMLDivElement>(null);
  const status = useRef<HTMLDivElement>(null);

  // A settle or reopen removes the button that was used once the page refreshes; keep focus in the panel.
  useEffect(() => {
    if (message && document.activeElement === document.body) status.current?.focus();
  }, [actions, message]);

  function open(action: UserCallbackAction) {
    lastTrigger.current = action;
    setMessage(null);
    setOpenAction(action);
  }

  function restoreFocus() {
    const action = lastTrigger.current;
    // After React drops `inert` from the buttons (and after a refresh may have removed this one).
    requestAnimationFrame(() => {
      const button = action ? panel.current?.querySelector<HTMLButtonElement>(`[data-action="${action}"]`) : null;
      if (button) button.focus();
      else status.current?.focus();
    });
  }

  function close() {
    setOpenAction(null);
    restoreFocus();
  }

  function done(text: string) {
    setMessage(text);
    setOpenAction(null);
    restoreFocus();
  }

  const isTimedOut = callback.state === "TIMED_OUT";
  const form = (action: UserCallbackAction) => {
    const common = { callbackId: callback.id, onDone: done, onDismiss: close };
    switch (action) {
      case "FULFILL":
        return <SettleForm {...common} outcome="FULFILLED" payoff={callback.payoff} isTimedOut={isTimedOut} />;
      case "REJECT":
        return <SettleForm {...common} outcome="REJECTED" payoff={callback.payoff} isTimedOut={isTimedOut} />;
      case "FOLLOW_UP":
        return <FollowUpForm {...common} kind="FOLLOW_UP" />;
      case "LOG_CONTACT":
        return <FollowUpForm {...common} kind="CONTACT" />;
      case "ADD_EVIDENCE":
        return <EvidenceForm {...common} probability={callback.probability} />;
      case "EXTEND":
        return <ExtendForm {...common} timesOutAt={callback.timesOutAt} isTimedOut={isTimedOut} />;
      case "EDIT":
        return <EditForm callback={callback} areas={areas} kinds={kinds} onDone={done} onDismiss={close} />;
      case "CANCEL":
        return <CancelForm {...common} />;
      case "REOPEN":
        return <ReopenForm {...common} />;
    }
  };

  const primary = actions.filter((action) => PRIMARY.has(action));
  const secondary = actions.filter((action) => !PRIMARY.has(action));
  const isDialogOpen = openAction !== null || isDeleteOpen;

  return (
    <div ref={panel} className="space-y-4">
      {/* While a dialog is open the page behind it is inert; hiding the buttons too keeps their names unique. */}
      <div inert={isDialogOpen} aria-hidden={isDialogOpen || undefined} className="space-y-3">
        {primary.length > 0 ? (
          <div className="grid grid-cols-2 gap-2">
            {primary.map((action) => (
              <Button
                key={action}
                type="button"
                data-action={action}
                variant={action === "REJECT" ? "secondary" : "primary"}
                className={primary.length === 1 ? "col-span-2" : ""}
                onClick={() => open(action)}
              >
                {ACTION_LABELS[action].button}
              </Button>
            ))}
          </div>
        ) : null}
        {secondary.length > 0 ? (
          <div className="grid grid-cols-2 gap-2">
            {secondary.map((action) => (
              <Button key={action} type="button" data-action={action} variant="secondary" size="sm" onClick={() => open(action)}>
                {ACTION_LABELS[action].button}
              </Button>
            ))}
          </div>
        ) : null}
      </div>

      <div ref={status} tabIndex={-1} className="outline-none">
        {message ? <FormMessage tone="success">{message}</FormMessage> : null}
      </div>

      <div className="border-t border-slate-200 pt-3 dark:border-slate-800">
        <DeleteButton callbackId={callback.id} title={callback.title} hidden={openAction !== null} onOpenChange={setIsDeleteOpen} />
      </div>

      {actions.map((action) => (
        <ActionDialog
          key={action}
          open={openAction === action}
          title={ACTION_LABELS[action].title}
          description={ACTION_LABELS[action].description}
          onClose={close}
        >
          {form(action)}
        </ActionDialog>
      ))}
    </div>
  );
}
