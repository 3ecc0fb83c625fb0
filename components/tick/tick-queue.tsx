"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from "react";
import { acknowledgeTimeoutAction, completeTickAction, snoozeCallbackAction, snoozeCommitmentCheckInAction } from "@/app/(app)/today/actions";
import { ActionDialog } from "@/components/callbacks/action-dialog";
import { CancelForm } from "@/components/callbacks/cancel-form";
import { EvidenceForm } from "@/components/callbacks/evidence-form";
import { FollowUpForm } from "@/components/callbacks/follow-up-form";
import { SettleForm } from "@/components/callbacks/settle-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";
import { type TickKeyAction, tickItemActions } from "@/lib/domain/tick";
import type { TickQueueItem } from "@/lib/server/tick/list-tick-queue";
import type { CompletedTick } from "@/lib/server/tick/complete-tick";
import type { TickSummary } from "@/lib/server/tick/get-tick-summary";
import { CheckInForm } from "./check-in-form";
import { plural } from "./format";
import { KeyboardHelp } from "./keyboard-help";
import { useShortcutsEnabled } from "@/components/shell/shortcuts";
import { LoopClear } from "./loop-clear";
import { TickExtendForm } from "./tick-extend-form";
import { TickItem, itemHref, itemTitle } from "./tick-item";

type DialogAction = Extract<TickKeyAction, "fulfil" | "reject" | "follow-up" | "extend" | "evidence" | "cancel" | "check-in">;
type Dialog = { action: DialogAction; item: TickQueueItem } | { action: "help" } | null;

const DIALOG_TITLES: Record<DialogAction, { title: string; description?: string }> = {
  fulfil: { title: "Mark fulfilled", description: "The answer came, and it's a yes." },
  reject: { title: "Mark rejected", description: "The answer came, and it's a no." },
  "follow-up": { title: "Log follow-up", description: "You nudged them. The reply clock restarts from now." },
  extend: { title: "Extend deadline", description: "How long will you keep waiting?" },
  evidence: { title: "Add evidence", description: "News moves the odds: posterior odds = prior odds × likelihood ratio." },
  cancel: { title: "Cancel callback", description: "You stop waiting for it. It leaves your load; you can reopen it later." },
  "check-in": { title: "Check in" },
};

const LETTERS: Record<string, TickKeyAction> = {
  f: "fulfil",
  r: "reject",
  u: "follow-up",
  e: "extend",
  b: "evidence",
  x: "cancel",
  a: "acknowledge",
  s: "later",
  c: "check-in",
};

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

type Props = {
  items: TickQueueItem[];
  total: number;
  summary: TickSummary;
  /** The server's clock when the page was rendered, for "3 days ago" texts (same on both sides). */
  now: Date;
  timeZone: string;
  /** Load above capacity: the empty queue then says "nothing due", not "loop clear". */
  overCapacity?: boolean;
};

/**
 * The tick, processed with the keyboard (or the mouse): j/k move, a letter acts on the active item,
 * ? lists the keys. After each action the item leaves (at once, and for good once the server
 * agrees) and focus moves to the next one; when the queue empties the tick is recorded and focus
 * lands on "Loop clear". Keys are ignored while typing, with a dialog open, or with a modifier.
 */
export function TickQueue({ items, total, summary, now, timeZone, overCapacity = false }: Props) {
  const router = useRouter();
  // Items acted on in this visit: hidden at once, before the server's refresh drops them.
  const shortcutsEnabled = useShortcutsEnabled();
  const [done, setDone] = useState<ReadonlySet<string>>(() => new Set());
  const [activeKey, setActiveKey] = useState<string | null>(items[0]?.key ?? null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [pending, setPending] = useState<{ key: string; action: TickKeyAction } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [processed, setProcessed] = useState(0);
  const [completed, setCompleted] = useState<CompletedTick | null>(null);
  const [completeError, setCompleteError] = useState<string | null>(null);
  const [isCompleting, startCompleting] = useTransition();
  const wantsFocus = useRef(false);
  const isRecording = useRef(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const clearRef = useRef<HTMLHeadingElement>(null);

  const visible = useMemo(() => items.filter((item) => !done.has(item.key)), [items, done]);
  const active = visible.find((item) => item.key === activeKey) ?? visible[0] ?? null;

  // Focus follows the active item after a move or an action (not on first load).
  useEffect(() => {
    if (!wantsFocus.current || dialog) return;
    requestAnimationFrame(() => {
      const target = active
        ? listRef.current?.querySelector<HTMLElement>(`[data-tick-key="${CSS.escape(active.key)}"]`)
        : clearRef.current;
      // "Loop clear" may only mount once the server's refresh arrives; keep asking until it does.
      if (!target) return;
      wantsFocus.current = false;
      target.focus();
    });
  }, [active, dialog, visible.length, items.length, completed]);

  // The dialog opens in an effect (showModal), after React's autoFocus has run on its still-hidden
  // fields; so put the focus on the form's first field (or its main button) once it is open.
  useEffect(() => {
    if (!dialog || dialog.action === "help") return;
    requestAnimationFrame(() => {
      const open = rootRef.current?.querySelector<HTMLDialogElement>("dialog[open]");
      const field =
        open?.querySelector<HTMLElement>("textarea, input:not([type=hidden]), select") ?? open?.querySelector<HTMLElement>("form [type=submit]");
      field?.focus();
    });
  }, [dialog]);

  const record = useCallback(
    (count: number) => {
      if (isRecording.current) return;
      isRecording.current = true;
      setCompleteError(null);
      startCompleting(async () => {
        let result: ActionResult<CompletedTick>;
        try {
          result = await completeTickAction({ processed: count });
        } catch {
          result = { ok: false, error: "Couldn't reach the server; the tick wasn't recorded. Try again." };
        }
        isRecording.current = false;
        if (result.ok) setCompleted(result.data);
        else setCompleteError(result.error);
      });
    },
    [startCompleting],
  );

  // The queue was emptied by the user's actions (the server agrees): the tick is recorded.
  useEffect(() => {
    if (items.length === 0 && processed > 0 && !completed && !completeError) record(processed);
  }, [items.length, processed, completed, completeError, record]);

  function focusNextAfter(key: string) {
    const index = visible.findIndex((item) => item.key === key);
    const rest = visible.filter((item) => item.key !== key);
    const next = rest[Math.min(Math.max(index, 0), rest.length - 1)] ?? null;
    setActiveKey(next?.key ?? null);
    wantsFocus.current = true;
  }

  function finish(key: string, message: string) {
    setDone((current) => new Set(current).add(key));
    setProcessed((count) => count + 1);
    setStatus(message);
    setError(null);
    focusNextAfter(key);
  }

  function move(step: number) {
    if (visible.length === 0) return;
    const index = active ? visible.indexOf(active) : -1;
    const next = visible[Math.min(visible.length - 1, Math.max(0, index + step))];
    if (!next) return;
    setActiveKey(next.key);
    wantsFocus.current = true;
    // Effects run after render; a move to the same item still needs the focus.
    if (next === active) listRef.current?.querySelector<HTMLElement>(`[data-tick-key="${CSS.escape(next.key)}"]`)?.focus();
  }

  async function runQuick(item: TickQueueItem, action: "acknowledge" | "later") {
    if (pending) {
      setStatus(`Still saving the last change; press ${action === "later" ? "s" : "a"} again in a moment.`);
      return;
    }
    setPending({ key: item.key, action });
    setError(null);
    let result: ActionResult;
    try {
      if (item.kind === "commitment") result = await snoozeCommitmentCheckInAction(item.commitment.commitmentId);
      else result = action === "acknowledge" ? await acknowledgeTimeoutAction(item.callback.id) : await snoozeCallbackAction(item.callback.id);
    } catch {
      result = { ok: false, error: "Couldn't reach the server; nothing was saved. Try again." };
    }
    setPending(null);
    if (!result.ok) {
      setStatus(null);
      setError(`${itemTitle(item)}: ${result.error}`);
      return;
    }
    finish(
      item.key,
      action === "acknowledge"
        ? `Accepted the silence on “${itemTitle(item)}”.`
        : item.kind === "commitment"
          ? `The check-in for “${itemTitle(item)}” is put off until tomorrow; nothing was marked.`
          : `“${itemTitle(item)}” is put off until tomorrow.`,
    );
    router.refresh();
  }

  function act(item: TickQueueItem, action: TickKeyAction) {
    if (pending?.key === item.key) return;
    const allowed = tickItemActions(item);
    if (action === "check-in" && item.reason === "commitment_close") action = "open";
    if (!allowed.includes(action)) {
      setStatus(null);
      setError(`That key doesn't apply to “${itemTitle(item)}”. Press ? for the keys.`);
      return;
    }
    setError(null);
    if (action === "open") router.push(itemHref(item));
    else if (action === "acknowledge" || action === "later") void runQuick(item, action);
    else setDialog({ action, item });
  }

  // The tick's keys, on the whole page: the queue is the page's purpose. With single-key
  // shortcuts off (Settings → Keyboard) only arrows, Home/End and Enter inside the list remain.
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      // Ctrl/⌘+Enter saves the open dialog's form from any field (Enter in a note adds a line).
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && !event.defaultPrevented) {
        const dialogForm = rootRef.current?.querySelector<HTMLFormElement>("dialog[open] form");
        if (dialogForm) {
          event.preventDefault();
          dialogForm.requestSubmit();
        }
        return;
      }
      if (event.defaultPrevented || event.metaKey || event.ctrlKey || event.altKey || isTyping(event.target)) return;
      if (document.querySelector("dialog[open]")) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      const inList = target !== null && listRef.current?.contains(target) === true;
      if (!shortcutsEnabled && (event.key.length === 1 || !inList)) return;
      if (event.key === "?") {
        event.preventDefault();
        setDialog({ action: "help" });
        return;
      }
      if (event.shiftKey) return;
      if (event.key === "j" || (inList && event.key === "ArrowDown")) {
        event.preventDefault();
        move(1);
      } else if (event.key === "k" || (inList && event.key === "ArrowUp")) {
        event.preventDefault();
        move(-1);
      } else if (inList && event.key === "Home") {
        event.preventDefault();
        move(-visible.length);
      } else if (inList && event.key === "End") {
        event.preventDefault();
        move(visible.length);
      } else if (event.key === "Enter" && target?.dataset.tickKey && active) {
        event.preventDefault();
        act(active, "open");
      } else if (LETTERS[event.key] && active) {
        event.preventDefault();
        act(active, LETTERS[event.key]!);
      }
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  });

  // A dialog's close event can arrive after the next key already opened another; close only its own.
  function closeDialog() {
    setDialog((current) => (current?.action === "help" ? current : null));
    wantsFocus.current = true;
  }

  function closeHelp() {
    setDialog((current) => (current?.action === "help" ? null : current));
    wantsFocus.current = true;
  }

  const dialogItem = dialog && dialog.action !== "help" ? dialog.item : null;
  const onDone = (message: string) => {
    if (!dialogItem) return;
    setDialog(null);
    finish(dialogItem.key, `${message.replace(/\.$/, "")}: “${itemTitle(dialogItem)}”.`);
  };

  function form() {
    if (!dialog || dialog.action === "help" || !dialogItem) return null;
    if (dialogItem.kind === "commitment") {
      if (dialogItem.commitment.type !== "check-in") return null;
      return <CheckInForm commitmentId={dialogItem.commitment.commitmentId} period={dialogItem.commitment.period} onDone={onDone} onDismiss={closeDialog} />;
    }
    const callback = dialogItem.callback;
    const common = { callbackId: callback.id, onDone, onDismiss: closeDialog };
    const isTimedOut = callback.state === "TIMED_OUT";
    switch (dialog.action) {
      case "fulfil":
        return <SettleForm {...common} outcome="FULFILLED" payoff={callback.payoff} isTimedOut={isTimedOut} />;
      case "reject":
        return <SettleForm {...common} outcome="REJECTED" payoff={callback.payoff} isTimedOut={isTimedOut} />;
      case "follow-up":
        return <FollowUpForm {...common} kind="FOLLOW_UP" />;
      case "extend":
        return (
          <TickExtendForm {...common} timesOutAt={callback.timesOutAt} expectedReplyBy={callback.expectedReplyBy} isTimedOut={isTimedOut} />
        );
      case "evidence":
        return <EvidenceForm {...common} probability={callback.probability} />;
      case "cancel":
        return <CancelForm {...common} />;
      default:
        return null;
    }
  }

  const remaining = Math.max(0, total - (items.length - visible.length));
  const isDialogOpen = dialog !== null;

  return (
    <div ref={rootRef} className="space-y-4">
      {/* What the last key or button did, on screen as well as announced ("put off until tomorrow"). */}
      <div
        aria-live="polite"
        role="status"
        className={status ? "rounded-lg border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800 dark:border-emerald-900 dark:bg-emerald-950/60 dark:text-emerald-200" : "sr-only"}
      >
        {status}
      </div>
      <div role="alert" className={error ? "rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-900 dark:bg-red-950/60 dark:text-red-200" : "sr-only"}>
        {error}
      </div>

      {visible.length > 0 ? (
        <section aria-labelledby="tick-queue-title" className="space-y-3" inert={isDialogOpen}>
          <div className="flex flex-wrap items-center justify-between gap-3">
            <div>
              <h2 id="tick-queue-title" className="text-lg font-semibold">
                {plural(remaining, "item")} need{remaining === 1 ? "s" : ""} you
              </h2>
              <p id="tick-keys-hint" className="text-sm text-slate-600 dark:text-slate-400">
                {shortcutsEnabled ? (
                  <span className="keyboard-hint">
                    <kbd className="font-mono">j</kbd>/<kbd className="font-mono">k</kbd> to move, a letter to act, <kbd className="font-mono">?</kbd> for all
                    keys.
                  </span>
                ) : null}
                {processed > 0 ? ` ${plural(processed, "item")} done this tick.` : ""}
              </p>
            </div>
            <div className="flex items-center gap-2">
              {shortcutsEnabled ? (
                <Button type="button" variant="ghost" size="sm" className="keyboard-hint" onClick={() => setDialog({ action: "help" })} aria-keyshortcuts="?">
                  Keys <kbd className="font-mono text-xs">?</kbd>
                </Button>
              ) : null}
              {completed ? (
                <span className="text-sm text-emerald-700 dark:text-emerald-400">Tick recorded</span>
              ) : (
                <Button type="button" variant="secondary" size="sm" isPending={isCompleting} pendingLabel="Recording…" onClick={() => record(processed)}>
                  Finish tick
                </Button>
              )}
            </div>
          </div>
          {completeError ? <p role="alert" className="text-sm text-red-700 dark:text-red-400">{completeError}</p> : null}
          {completed ? (
            <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
              Tick recorded with {plural(completed.tick.processed, "item")} processed; the rest can wait.
            </p>
          ) : null}
          <ul ref={listRef} aria-label="Tick queue" aria-describedby="tick-keys-hint" className="space-y-2">
            {visible.map((item) => (
              <TickItem
                key={item.key}
                item={item}
                isActive={item === active}
                pendingAction={pending?.key === item.key ? pending.action : null}
                now={now}
                timeZone={timeZone}
                onSelect={() => setActiveKey(item.key)}
                onAction={(action) => act(item, action)}
              />
            ))}
          </ul>
          {total > items.length ? (
            <p className="text-sm text-slate-500 dark:text-slate-400">
              {plural(total - items.length, "more item")} will follow as you work through these.
            </p>
          ) : null}
        </section>
      ) : total > items.length ? (
        <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
          Loading the rest of your queue…
        </p>
      ) : (
        <LoopClear
          headingRef={clearRef}
          summary={completed?.summary ?? summary}
          completed={completed ? { completedAt: completed.tick.completedAt, processed: completed.tick.processed } : null}
          isRecording={isCompleting}
          error={completeError}
          onFinish={() => record(processed)}
          timeZone={timeZone}
          overCapacity={overCapacity}
        />
      )}

      <ActionDialog
        open={dialog !== null && dialog.action !== "help"}
        title={dialog && dialog.action !== "help" ? DIALOG_TITLES[dialog.action].title : ""}
        description={
          dialogItem ? (
            <>
              <span className="font-medium text-slate-800 dark:text-slate-200">{itemTitle(dialogItem)}</span>
              {dialogItem.kind === "commitment" && dialogItem.commitment.type === "check-in"
                ? ` — did you keep it ${dialogItem.commitment.periodLabel}?`
                : dialog && dialog.action !== "help" && DIALOG_TITLES[dialog.action].description
                  ? ` — ${DIALOG_TITLES[dialog.action].description}`
                  : ""}
            </>
          ) : undefined
        }
        onClose={closeDialog}
      >
        {form()}
      </ActionDialog>
      <KeyboardHelp open={dialog?.action === "help"} onClose={closeHelp} />
    </div>
  );
}
