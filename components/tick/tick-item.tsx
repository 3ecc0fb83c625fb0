"use client";

import Link from "next/link";
import { AreaChip } from "@/components/callbacks/area-chip";
import { formatPercent } from "@/components/callbacks/format";
import { Button } from "@/components/ui/button";
import { type TickKeyAction, tickItemActions } from "@/lib/domain/tick";
import type { TickQueueItem } from "@/lib/server/tick/list-tick-queue";
import { REASON_LABELS, REASON_STYLES, TICK_ACTIONS, describeReason } from "./format";
import { useProfile } from "@/components/profile-context";

/** The badge shape: a short class in app/globals.css (repeated on every item). */
const BADGE = "badge";

/** Where Enter (or the title) leads: the callback, or the commitment. */
export function itemHref(item: TickQueueItem): string {
  return item.kind === "callback" ? `/callbacks/${item.callback.id}` : `/commitments/${item.commitment.commitmentId}`;
}

export function itemTitle(item: TickQueueItem): string {
  return item.kind === "callback" ? item.callback.title : item.commitment.title;
}

/** The line under the title: why it is here, and since when. */
export function itemDescription(item: TickQueueItem, now: Date, timeZone: string): string {
  if (item.kind === "commitment" && item.commitment.type === "check-in") {
    return `Did you keep it ${item.commitment.periodLabel}?`;
  }
  return describeReason(item.reason, item.since, now, timeZone);
}

/** The keys an item answers to, for aria-keyshortcuts. */
function shortcuts(actions: readonly TickKeyAction[], isClose: boolean): string {
  const keys = actions.map((action) => TICK_ACTIONS[action].key);
  if (isClose) keys.push("c");
  return keys.join(" ");
}

type Props = {
  item: TickQueueItem;
  isActive: boolean;
  pendingAction: TickKeyAction | null;
  now: Date;
  timeZone: string;
  onSelect: () => void;
  onAction: (action: TickKeyAction) => void;
};

/**
 * One item of the tick: why it is here, and — while it is the active item — its actions as buttons
 * (each names its key). Only the active item is in the tab order (a roving tabindex); its buttons
 * follow it. Clicking an item makes it active.
 */
export function TickItem({ item, isActive, pendingAction, now, timeZone, onSelect, onAction }: Props) {
  const { locale } = useProfile();
  const actions = tickItemActions(item);
  const title = itemTitle(item);
  const description = itemDescription(item, now, timeZone);
  const tabIndex = isActive ? 0 : -1;
  const isBusy = pendingAction !== null;
  const others = item.reasons.slice(1);

  return (
    <li
      data-tick-key={item.key}
      tabIndex={tabIndex}
      aria-current={isActive ? "true" : undefined}
      aria-busy={isBusy || undefined}
      aria-label={`${title}. ${REASON_LABELS[item.reason]}. ${description}`}
      aria-keyshortcuts={shortcuts(actions, item.reason === "commitment_close")}
      onFocus={onSelect}
      onClick={onSelect}
      className={`group cursor-pointer rounded-xl border p-4 transition-colors outline-none focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:ring-offset-2 focus-visible:ring-offset-white dark:focus-visible:ring-offset-slate-950 ${
        isActive
          ? "border-brand-500 bg-brand-50/60 shadow-sm dark:border-brand-500/70 dark:bg-brand-500/10"
          : "border-slate-200 bg-white hover:border-slate-300 dark:border-slate-800 dark:bg-slate-900 dark:hover:border-slate-700"
      } ${isBusy ? "opacity-70" : ""}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <div className="min-w-0 flex-1 space-y-1">
          <div className="flex flex-wrap items-center gap-1.5">
            <span className={`${BADGE} ${REASON_STYLES[item.reason]}`}>{REASON_LABELS[item.reason]}</span>
            {others.map((reason) => (
              <span key={reason} className="text-xs text-slate-600 dark:text-slate-400">
                · {REASON_LABELS[reason].toLowerCase()}
              </span>
            ))}
          </div>
          <p className="font-medium">
            <Link href={itemHref(item)} tabIndex={tabIndex} className="rounded hover:underline focus-visible:outline-2 focus-visible:outline-brand-500">
              {title}
            </Link>
          </p>
          <p className="text-sm text-slate-600 dark:text-slate-400">{description}</p>
          {item.kind === "callback" ? (
            <p className="flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
              {item.callback.counterparty ? <span>{item.callback.counterparty}</span> : null}
              {item.callback.area ? <AreaChip area={item.callback.area} /> : null}
              <span className="tabular-nums">{formatPercent(item.callback.probability, locale)} chance</span>
            </p>
          ) : null}
        </div>
        {/* Buttons for the active item only (a click or focus on an item makes it active); the keys
            work on whichever item is active, so a long queue doesn't render hundreds of buttons. */}
        {isActive ? (
          <div role="group" aria-label={`Actions for ${title}`} className="flex flex-wrap gap-1.5 sm:max-w-[60%] sm:justify-end">
            {actions
              .filter((action) => action !== "open")
              .map((action) => (
                <Button
                  key={action}
                  type="button"
                  size="sm"
                  variant={isActive && (action === "fulfil" || action === "check-in") ? "primary" : "secondary"}
                  tabIndex={tabIndex}
                  disabled={isBusy}
                  isPending={pendingAction === action}
                  aria-keyshortcuts={TICK_ACTIONS[action].key}
                  onClick={(event) => {
                    event.stopPropagation();
                    onSelect();
                    onAction(action);
                  }}
                >
                  {TICK_ACTIONS[action].button}
                  <kbd aria-hidden="true" className="keyboard-hint hidden rounded border sm:inline border-current/30 px-1 font-mono text-[10px] font-normal opacity-70">
                    {TICK_ACTIONS[action].key}
                  </kbd>
                </Button>
              ))}
          </div>
        ) : null}
      </div>
    </li>
  );
}
