"use client";

import Link from "next/link";
import { AreaChip } from "./area-chip";
import type { CallbackRowView } from "./callback-row-view";
import { LatenessBadge, StateBadge } from "./state-badge";

function Deadline({ due }: { due: CallbackRowView["due"] }) {
  if (!due) {
    return (
      <span className="block text-xs font-medium text-red-700 dark:text-red-300">
        Damaged: its dates can&apos;t be read. Open it to fix or delete.
      </span>
    );
  }
  return (
    <span className="block">
      <span className="sr-only">{due.label} </span>
      <time dateTime={due.iso} className="block whitespace-nowrap">
        {due.at}
      </time>
      <span className="muted block">{due.relative}</span>
    </span>
  );
}

/**
 * The callbacks of one page: one responsive row per callback, each rendered once — a list item
 * laid out by CSS grid (app/globals.css `.cb-row`): stacked on phones, columns under a header
 * from md up. The cells carry screen-reader labels, so the visual header is hidden from them.
 * A client component fed worded rows (callback-row-view.ts): the page sends each row's data once,
 * not its whole element tree as well as its HTML.
 */
export function CallbackList({ rows }: { rows: CallbackRowView[] }) {
  return (
    <div className="cb-list">
      <div className="cb-row cb-head" aria-hidden="true">
        <span className="cb-title">Callback</span>
        <span className="cb-area">Area</span>
        <span className="cb-cp">Counterparty</span>
        <span className="cb-state">State</span>
        <span className="cb-p">Probability</span>
        <span className="cb-ev">EV</span>
        <span className="cb-due">Deadline</span>
      </div>
      <ul aria-label="Callbacks" className="divide-y divide-slate-100 dark:divide-slate-800">
        {rows.map((row) => (
          <li key={row.id} className="cb-row">
            <span className="cb-title">
              <Link href={`/callbacks/${row.id}`} className="cb-link">
                {row.title}
              </Link>
              <span className="muted block">{row.kind}</span>
            </span>
            <span className="cb-p font-semibold">
              <span className="sr-only">Probability </span>
              {row.probability}
            </span>
            <span className="cb-cp" title={row.counterparty || undefined}>
              <span className="sr-only">Counterparty </span>
              {row.counterparty || <span className="text-slate-600 dark:text-slate-400">—</span>}
            </span>
            <span className="cb-ev muted">
              <abbr title="Expected value: probability × payoff" className="no-underline md:sr-only">
                EV{" "}
              </abbr>
              {row.ev}
            </span>
            <span className="cb-state">
              <StateBadge state={row.state} isLate={row.isLate} />
              <LatenessBadge lateness={row.lateness} state={row.state} />
            </span>
            <span className="cb-area">
              <AreaChip area={row.area} />
            </span>
            <span className="cb-due">
              <Deadline due={row.due} />
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
