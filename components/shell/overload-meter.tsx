"use client";

import { useId, useState } from "react";
import type { LoadLevel } from "@/lib/domain/load";

const LEVEL_STYLE: Record<LoadLevel, { bar: string; text: string; label: string }> = {
  ok: { bar: "bg-emerald-500", text: "text-emerald-700 dark:text-emerald-400", label: "OK" },
  strained: { bar: "bg-amber-500", text: "text-amber-700 dark:text-amber-400", label: "Strained" },
  overflow: { bar: "bg-red-600", text: "text-red-700 dark:text-red-400", label: "Overflow" },
};

type Props = { load: number; capacity: number; level: LoadLevel; projectionText: string | null };

function formatLoad(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/**
 * The overload meter: open threads against capacity, coloured by level, with the Little's-law
 * projection in a tooltip shown on hover and on keyboard focus.
 */
export function OverloadMeter({ load, capacity, level, projectionText }: Props) {
  const tooltipId = useId();
  const [isOpen, setIsOpen] = useState(false);
  const style = LEVEL_STYLE[level];
  const percent = Math.min(100, Math.round((load / capacity) * 100));
  const projection = projectionText ?? "The projection appears once some of your callbacks have settled.";
  return (
    <div className="relative" onMouseEnter={() => setIsOpen(true)} onMouseLeave={() => setIsOpen(false)}>
      <button
        type="button"
        aria-describedby={tooltipId}
        aria-label={`Load ${formatLoad(load)} of ${capacity}: ${style.label}`}
        onFocus={() => setIsOpen(true)}
        onBlur={() => setIsOpen(false)}
        onKeyDown={(event) => {
          if (event.key === "Escape") setIsOpen(false);
        }}
        className="flex items-center gap-2 rounded-lg px-2 py-1 text-xs font-medium hover:bg-slate-100 dark:hover:bg-slate-800"
      >
        <span className="hidden text-slate-500 2xl:inline dark:text-slate-400">Load</span>
        <span className="h-2 w-10 overflow-hidden rounded-full bg-slate-200 sm:w-16 dark:bg-slate-700" aria-hidden="true">
          <span className={`block h-full rounded-full ${style.bar}`} style={{ width: `${Math.max(percent, load > 0 ? 6 : 0)}%` }} />
        </span>
        {/* Visible text inside the accessible name ("Load 3 of 7: OK"), as WCAG 2.5.3 asks. */}
        <span className={`whitespace-nowrap tabular-nums ${style.text}`}>
          {formatLoad(load)} of {capacity}
        </span>
      </button>
      <div
        id={tooltipId}
        role="tooltip"
        className={`absolute right-0 top-full z-40 mt-2 w-72 rounded-xl border border-slate-200 bg-white p-3 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900 ${
          isOpen ? "block" : "hidden"
        }`}
      >
        <p className={`font-semibold ${style.text}`}>
          {style.label}: {formatLoad(load)} open of {capacity}
        </p>
        <p className="mt-1 text-slate-600 dark:text-slate-300">{projection}</p>
        <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">
          Load is the weight of your pending callbacks. Under 80 % of capacity is OK; up to 100 % is strained; above is overflow.
        </p>
      </div>
    </div>
  );
}
