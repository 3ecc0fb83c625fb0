"use client";

import Link from "next/link";
import { AreaChip } from "@/components/callbacks/area-chip";
import { formatPercent } from "@/components/callbacks/intl-format";
import { Button } from "@/components/ui/button";
import { type TickKeyAction, tickItemActions } from "@/lib/domain/tick-actions";
import { REASON_LABELS, REASON_STYLES, TICK_ACTIONS } from "./labels";
import type { TickView } from "./tick-view";
import { useProfile } from "@/components/profile-context";

/** The keys an item answers to, for aria-keyshortcuts. */
function shortcuts(actions: readonly TickKeyAction[], isClose: boolean): string {
  const keys = actions.map((action) => TICK_ACTIONS[action].key);
  if (isClose) keys.push("c");
  return keys.join(" ");
}

type Props = {
  item: TickView;
  /** The item's place in the queue, for the ids its name is made of. */
  index: number;
  isActive: boolean;
  pendingAction: TickKeyAction | null;
  onSelect: () => void;
  onAction: (action: TickKeyAction) => void;
};

/**
 * One item of the tick: why it is here, and — while it is the active item — its actions as buttons
 * (each names its key). Only the active item is in the tab order (a roving tabindex); its buttons
 * follow it. Clicking an item makes it active. Its accessible name (title, reason, description) is
 * made of its visible texts by id, not repeated in an aria-label.
 */
export function TickItem({ item, index, isActive, pendingAction, onSelect, onAction }: Props) {
  const { locale } = useProfile();
  const actions = tickItemActions(item);
  const tabIndex = isActive ? 0 : -1;
  const isBusy = pendingAction !== null;
  const id = `ti${index}`;

  return (
    <li
      data-tick-key={item.key}
      tabIndex={tabIndex}
      aria-current={isActive ? "true" : undefined}
      aria-busy={isBusy || undefined}
      aria-labelledby={`${id}t ${id}r ${id}d`}
      aria-keyshortcuts={shortcuts(actions, item.reason === "commitment_close")}
      onFocus={onSelect}
      onClick={onSelect}
      className="tick-item"
    >
      <div className="tick-row">
        <div className="tick-main">
          <div className="tick-tags">
            <span id={`${id}r`} className={`badge ${REASON_STYLES[item.reason]}`}>
              {REASON_LABELS[item.reason]}
            </span>
            {item.others.map((reason) => (
              <span key={reason} className="text-xs text-slate-600 dark:text-slate-400">
                · {REASON_LABELS[reason].toLowerCase()}
              </span>
            ))}
          </div>
          <p className="font-medium">
            <Link id={`${id}t`} href={item.href} tabIndex={tabIndex} className="rounded hover:underline">
              {item.title}
            </Link>
          </p>
          <p id={`${id}d`} className="tick-desc">
            {item.description}
          </p>
          {item.kind === "callback" ? (
            <p className="tick-meta">
              {item.callback.counterparty ? <span>{item.callback.counterparty}</span> : null}
              {item.callback.area ? <AreaChip area={item.callback.area} /> : null}
              <span className="tabular-nums">{formatPercent(item.callback.probability, locale)} chance</span>
            </p>
          ) : null}
        </div>
        {/* Buttons for the active item only (a click or focus on an item makes it active); the keys
            work on whichever item is active, so a long queue doesn't render hundreds of buttons. */}
        {isActive ? <TickItemActions item={item} actions={actions} pendingAction={pendingAction} onSelect={onSelect} onAction={onAction} /> : null}
      </div>
    </li>
  );
}

function TickItemActions({ item, actions, pendingAction, onSelect, onAction }: Omit<Props, "index" | "isActive"> & { actions: TickKeyAction[] }) {
  return (
    <div role="group" aria-label={`Actions for ${item.title}`} className="flex flex-wrap gap-1.5 sm:max-w-[60%] sm:justify-end">
      {actions
        .filter((action) => action !== "open")
        .map((action) => (
          <Button
            key={action}
            type="button"
            size="sm"
            variant={action === "fulfil" || action === "check-in" ? "primary" : "secondary"}
            disabled={pendingAction !== null}
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
  );
}
