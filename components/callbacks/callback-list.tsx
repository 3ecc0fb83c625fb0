import Link from "next/link";
import type { CallbackListItem } from "@/lib/server/callbacks/list-callbacks";
import { AreaChip } from "./area-chip";
import { formatEv, formatPercent, formatRelative, formatShortDateTime, kindLabel } from "./format";
import { LatenessBadge, StateBadge } from "./state-badge";

type Props = { items: CallbackListItem[]; now: Date; timeZone: string };

/** What the deadline column shows: the hard deadline while open, the settlement once settled. */
function deadlineOf(item: CallbackListItem): { label: string; at: Date } {
  if (item.state === "PENDING" || item.state === "TIMED_OUT") return { label: "Times out", at: item.timesOutAt };
  return { label: item.state === "CANCELLED" ? "Cancelled" : "Settled", at: item.settledAt ?? item.timesOutAt };
}

function Deadline({ item, now, timeZone }: { item: CallbackListItem; now: Date; timeZone: string }) {
  const { label, at } = deadlineOf(item);
  if (item.damaged || Number.isNaN(at.getTime())) {
    return (
      <span className="block text-xs font-medium text-red-700 dark:text-red-300">
        Damaged: its dates can&apos;t be read. Open it to fix or delete.
      </span>
    );
  }
  const isOpen = item.state === "PENDING" || item.state === "TIMED_OUT";
  return (
    <span className="block">
      <span className="sr-only">{label} </span>
      <time dateTime={at.toISOString()} className="block whitespace-nowrap">
        {formatShortDateTime(at, timeZone, now)}
      </time>
      <span className="muted block">{isOpen ? formatRelative(at, now, timeZone) : `${label.toLowerCase()} ${formatRelative(at, now, timeZone)}`}</span>
    </span>
  );
}

/**
 * The callbacks of one page: one responsive row per callback, each rendered once — a list item
 * laid out by CSS grid (app/globals.css `.cb-row`): stacked on phones, columns under a header
 * from md up. The cells carry screen-reader labels, so the visual header is hidden from them.
 */
export function CallbackList({ items, now, timeZone }: Props) {
  return (
    <div className="cb-list">
      <div className="cb-row cb-head" aria-hidden="true">
        <span className="cb-title">Callback</span>
        <span className="cb-area">Area</span>
        <span className="cb-cp">Counterparty</span>
        <span className="cb-state">State</span>
        <span className="cb-p text-right">Probability</span>
        <span className="cb-ev text-right">EV</span>
        <span className="cb-due">Deadline</span>
      </div>
      <ul aria-label="Callbacks" className="divide-y divide-slate-100 dark:divide-slate-800">
        {items.map((item) => (
          <li key={item.id} className="cb-row">
            <span className="cb-title min-w-0">
              <Link href={`/callbacks/${item.id}`} className="cb-link line-clamp-2 break-words">
                {item.title}
              </Link>
              <span className="muted block">{kindLabel(item.kind)}</span>
            </span>
            <span className="cb-p text-right font-semibold tabular-nums">
              <span className="sr-only">Probability </span>
              {formatPercent(item.probability)}
            </span>
            <span className="cb-cp truncate" title={item.counterparty || undefined}>
              <span className="sr-only">Counterparty </span>
              {item.counterparty || <span className="text-slate-600 dark:text-slate-400">—</span>}
            </span>
            <span className="cb-ev muted text-right tabular-nums">
              <abbr title="Expected value: probability × payoff" className="no-underline md:sr-only">
                EV{" "}
              </abbr>
              {formatEv(item.expectedValue)}
            </span>
            <span className="cb-state flex flex-wrap items-center gap-1">
              <StateBadge state={item.state} isLate={item.isLate} />
              <LatenessBadge lateness={item.lateness} state={item.state} />
            </span>
            <span className="cb-area min-w-0 justify-self-end md:justify-self-start">
              <AreaChip area={item.area} />
            </span>
            <span className="cb-due">
              <Deadline item={item} now={now} timeZone={timeZone} />
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
