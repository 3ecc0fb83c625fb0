"use client";

import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from "react";
import { acknowledgeTimeoutAction, completeTickAction, snoozeCallbackAction, snoozeCommitmentCheckInAction } from "@/app/(app)/today/actions";
import { useShortcutsEnabled } from "@/components/shell/shortcuts";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";
import { type TickKeyAction, tickItemActions } from "@/lib/domain/tick-actions";
import type { CompletedTick } from "@/lib/server/tick/complete-tick";
import type { TickSummary } from "@/lib/server/tick/get-tick-summary";
import { plural } from "./labels";
import type { TickDialog } from "./tick-action-dialog";
import { TickItem } from "./tick-item";
import type { TickView } from "./tick-view";
import { useTickKeys } from "./use-tick-keys";

// What Today shows only at times — an action's dialog, the keys' help, "loop clear" once the queue
// is empty — comes with the page only when shown; else it is fetched while the user reads the queue.
const loadActionDialog = () => import("./tick-action-dialog");
const loadLoopClear = () => import("./loop-clear").then((m) => m.LoopClear);
const TickActionDialog = dynamic(() => loadActionDialog().then((m) => m.TickActionDialog));
const KeyboardHelp = dynamic(() => import("./keyboard-help").then((m) => m.KeyboardHelp));
const LoopClear = dynamic(loadLoopClear);

type Props = {
  /** The first items of the queue, as the client needs them (components/tick/tick-view.ts). */
  items: TickView[];
  total: number;
  summary: TickSummary;
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
export function TickQueue({ items, total, summary, timeZone, overCapacity = false }: Props) {
  const router = useRouter();
  // Items acted on in this visit: hidden at once, before the server's refresh drops them.
  const shortcutsEnabled = useShortcutsEnabled();
  const [done, setDone] = useState<ReadonlySet<string>>(() => new Set());
  const [activeKey, setActiveKey] = useState<string | null>(items[0]?.key ?? null);
  const [dialog, setDialog] = useState<TickDialog>(null);
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
  // fields, and its form's code may still be loading; so put the focus on the form's first field
  // (or its main button) as soon as it is there.
  useEffect(() => {
    if (!dialog || dialog.action === "help") return;
    let frame = 0;
    let tries = 0;
    const focusField = () => {
      const open = rootRef.current?.querySelector<HTMLDialogElement>("dialog[open]");
      const field =
        open?.querySelector<HTMLElement>("textarea, input:not([type=hidden]), select") ?? open?.querySelector<HTMLElement>("form [type=submit]");
      if (field) field.focus();
      else if ((tries += 1) < 300) frame = requestAnimationFrame(focusField);
    };
    frame = requestAnimationFrame(focusField);
    return () => cancelAnimationFrame(frame);
  }, [dialog]);

  // The forms' code, fetched while the user reads the queue.
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 200));
    idle(() => {
      void loadActionDialog().then((m) => m.preloadTickForms(), () => undefined);
      void loadLoopClear().catch(() => undefined);
    });
  }, []);

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

  // The queue was emptied by the user's actions (the server agrees): the tick is recorded. An
  // action's own answer can bring the server's empty queue before its dialog or quick action has
  // counted it, so wait until nothing is in flight: otherwise the tick records one item short.
  const inFlight = pending !== null || (dialog !== null && dialog.action !== "help");
  useEffect(() => {
    if (items.length === 0 && processed > 0 && !inFlight && !completed && !completeError) record(processed);
  }, [items.length, processed, inFlight, completed, completeError, record]);

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

  async function runQuick(item: TickView, action: "acknowledge" | "later") {
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
      setError(`${item.title}: ${result.error}`);
      return;
    }
    finish(
      item.key,
      action === "acknowledge"
        ? `Accepted the silence on “${item.title}”.`
        : item.kind === "commitment"
          ? `The check-in for “${item.title}” is put off until tomorrow; nothing was marked.`
          : `“${item.title}” is put off until tomorrow.`,
    );
    router.refresh();
  }

  function act(item: TickView, action: TickKeyAction) {
    if (pending?.key === item.key) return;
    const allowed = tickItemActions(item);
    if (action === "check-in" && item.reason === "commitment_close") action = "open";
    if (!allowed.includes(action)) {
      setStatus(null);
      setError(`That key doesn't apply to “${item.title}”. Press ? for the keys.`);
      return;
    }
    setError(null);
    if (action === "open") router.push(item.href);
    else if (action === "acknowledge" || action === "later") void runQuick(item, action);
    else setDialog({ action, item });
  }

  useTickKeys({
    rootRef,
    listRef,
    shortcutsEnabled,
    count: visible.length,
    hasActive: active !== null,
    move,
    act: (action) => active && act(active, action),
    help: () => setDialog({ action: "help" }),
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
    finish(dialogItem.key, `${message.replace(/\.$/, "")}: “${dialogItem.title}”.`);
  };

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
            {visible.map((item, index) => (
              <TickItem
                key={item.key}
                item={item}
                index={index}
                isActive={item === active}
                pendingAction={pending?.key === item.key ? pending.action : null}
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

      {/* Mounted while open (a closed one is removed, which closes it). */}
      {dialog !== null && dialog.action !== "help" ? <TickActionDialog dialog={dialog} onDone={onDone} onClose={closeDialog} /> : null}
      {dialog?.action === "help" ? <KeyboardHelp open onClose={closeHelp} /> : null}
    </div>
  );
}
