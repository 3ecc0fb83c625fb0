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
      <time dateTime={at.toISOString()} className="block whitespace-nowrap text-slate-800 dark:text-slate-200">
        {formatShortDateTime(at, timeZone, now)}
      </time>
      <span className="block text-xs text-slate-500 dark:text-slate-400">
        {isOpen ? formatRelative(at, now, timeZone) : `${label.toLowerCase()} ${formatRelative(at, now, timeZone)}`}
      </span>
    </span>
  );
}

function States({ item }: { item: CallbackListItem }) {
  return (
    <span className="flex flex-wrap items-center gap-1">
      <StateBadge state={item.state} isLate={item.isLate} />
      <LatenessBadge lateness={item.lateness} state={item.state} />
    </span>
  );
}

const titleLink =
  "font-medium text-slate-900 hover:text-brand-700 hover:underline focus-visible:underline dark:text-slate-100 dark:hover:text-brand-100";

/** The callbacks of one page: a table on wide screens, stacked cards on phones. */
export function CallbackList({ items, now, timeZone }: Props) {
  return (
    <>
      <div className="hidden overflow-hidden rounded-2xl border border-slate-200 bg-white shadow-sm md:block dark:border-slate-800 dark:bg-slate-900">
        <table className="w-full table-fixed text-left text-sm">
          <caption className="sr-only">Callbacks</caption>
          <colgroup>
            <col />
            <col className="w-40" />
            <col className="w-36" />
            <col className="w-28" />
            <col className="w-28" />
            <col className="w-16" />
            <col className="w-48" />
          </colgroup>
          <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500 dark:border-slate-800 dark:bg-slate-900/60 dark:text-slate-400">
            <tr>
              <th scope="col" className="px-4 py-2.5 font-medium">
                Callback
              </th>
              <th scope="col" className="px-3 py-2.5 font-medium">
                Area
              </th>
              <th scope="col" className="px-3 py-2.5 font-medium">
                Counterparty
              </th>
              <th scope="col" className="px-3 py-2.5 font-medium">
                State
              </th>
              <th scope="col" className="px-3 py-2.5 text-right font-medium">
                Probability
              </th>
              <th scope="col" className="px-3 py-2.5 text-right font-medium">
                <abbr title="Expected value: probability × payoff" className="no-underline">
                  EV
                </abbr>
              </th>
              <th scope="col" className="px-4 py-2.5 font-medium">
                Deadline
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {items.map((item) => (
              <tr key={item.id} className="align-top hover:bg-slate-50 dark:hover:bg-slate-800/40">
                <td className="px-4 py-3">
                  <Link href={`/callbacks/${item.id}`} className={`${titleLink} line-clamp-2 break-words`}>
                    {item.title}
                  </Link>
                  <span className="mt-0.5 block text-xs text-slate-500 dark:text-slate-400">{kindLabel(item.kind)}</span>
                </td>
                <td className="px-3 py-3">
                  <AreaChip area={item.area} />
                </td>
                <td className="truncate px-3 py-3 text-slate-700 dark:text-slate-300" title={item.counterparty || undefined}>
                  {item.counterparty || <span className="text-slate-600 dark:text-slate-400">—</span>}
                </td>
                <td className="px-3 py-3">
                  <States item={item} />
                </td>
                <td className="px-3 py-3 text-right font-medium tabular-nums">{formatPercent(item.probability)}</td>
                <td className="px-3 py-3 text-right tabular-nums text-slate-700 dark:text-slate-300">{formatEv(item.expectedValue)}</td>
                <td className="px-4 py-3">
                  <Deadline item={item} now={now} timeZone={timeZone} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <ul className="space-y-3 md:hidden" aria-label="Callbacks">
        {items.map((item) => (
          <li
            key={item.id}
            className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900"
          >
            <div className="flex items-start justify-between gap-3">
              <div className="min-w-0">
                <Link href={`/callbacks/${item.id}`} className={`${titleLink} break-words`}>
                  {item.title}
                </Link>
                <p className="mt-0.5 truncate text-xs text-slate-500 dark:text-slate-400">
                  {kindLabel(item.kind)}
                  {item.counterparty ? ` · ${item.counterparty}` : ""}
                </p>
              </div>
              <p className="shrink-0 text-right">
                <span className="block text-lg font-semibold tabular-nums leading-6">
                  <span className="sr-only">Probability </span>
                  {formatPercent(item.probability)}
                </span>
                <span className="block text-xs text-slate-500 tabular-nums dark:text-slate-400">EV {formatEv(item.expectedValue)}</span>
              </p>
            </div>
            <div className="mt-3 flex flex-wrap items-center gap-1.5">
              <States item={item} />
              <AreaChip area={item.area} />
            </div>
            <div className="mt-3 flex items-baseline justify-between gap-2 border-t border-slate-100 pt-2 text-sm dark:border-slate-800">
              <span aria-hidden="true" className="text-xs text-slate-500 dark:text-slate-400">
                {deadlineOf(item).label}
              </span>
              <span className="text-right">
                <Deadline item={item} now={now} timeZone={timeZone} />
              </span>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
