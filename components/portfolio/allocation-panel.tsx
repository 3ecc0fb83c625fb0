"use client";

import { useState } from "react";
import { LazyAllocationChart } from "@/components/charts/lazy-portfolio-charts";
import type { AreaAllocation, RebalancingAdvice } from "@/lib/domain/portfolio";
import { formatDrift, formatPoints, formatShare } from "./format";

export type AllocationWindow = { days: 7 | 28; totalPoints: number; allocation: AreaAllocation[]; advice: RebalancingAdvice };

function driftTone(driftPp: number): string {
  const size = Math.abs(Math.round(driftPp));
  if (size < 5) return "text-slate-600 dark:text-slate-300";
  return driftPp < 0 ? "text-amber-700 dark:text-amber-300" : "text-sky-700 dark:text-sky-300";
}

/**
 * Target vs actual share per area for the last 7 or 28 days (a toggle), as a chart and as a table
 * with the drift, and the plain-words advice for that window.
 */
export function AllocationPanel({ windows }: { windows: [AllocationWindow, AllocationWindow] }) {
  const [days, setDays] = useState<7 | 28>(28);
  const current = windows.find((window) => window.days === days) ?? windows[0];
  const hasPoints = current.totalPoints > 0;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div role="group" aria-label="Window" className="inline-flex rounded-lg border border-slate-300 p-0.5 dark:border-slate-700">
          {windows.map((window) => (
            <button
              key={window.days}
              type="button"
              aria-pressed={window.days === days}
              onClick={() => setDays(window.days)}
              className={`rounded-md px-3 py-1 text-sm font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 ${
                window.days === days
                  ? "bg-brand-600 text-white"
                  : "text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
              }`}
            >
              Last {window.days} days
            </button>
          ))}
        </div>
        <p className="text-sm text-slate-600 tabular-nums dark:text-slate-400" aria-live="polite">
          {formatPoints(current.totalPoints)} points logged in the last {days} days
        </p>
      </div>

      <Advice advice={current.advice} />

      {hasPoints ? (
        <div className="space-y-2">
          <LazyAllocationChart bars={current.allocation.map(({ id, name, color, targetPct, actualPct }) => ({ id, name, color, targetPct, actualPct }))} />
          <p className="flex flex-wrap items-center justify-center gap-4 text-xs text-slate-600 dark:text-slate-400">
            <span className="inline-flex items-center gap-1.5">
              <span aria-hidden="true" className="inline-block h-3 w-2 rounded-sm bg-slate-400/40" /> Pale bar: target
            </span>
            <span className="inline-flex items-center gap-1.5">
              <span aria-hidden="true" className="inline-block h-3 w-2 rounded-sm bg-slate-500" /> Solid bar: actual, in the area&apos;s colour
            </span>
          </p>
        </div>
      ) : null}

      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Target and actual share per area, last {days} days</caption>
          <thead className="text-xs uppercase tracking-wide text-slate-500 dark:text-slate-400">
            <tr>
              <th scope="col" className="py-2 pr-3 font-medium">Area</th>
              <th scope="col" className="hidden py-2 pr-3 text-right font-medium sm:table-cell">Points</th>
              <th scope="col" className="py-2 pr-3 text-right font-medium">Actual</th>
              <th scope="col" className="py-2 pr-3 text-right font-medium">Target</th>
              <th scope="col" className="py-2 text-right font-medium">Drift</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
            {current.allocation.map((area) => (
              <tr key={area.id}>
                <th scope="row" className="py-2 pr-3 font-medium">
                  <span className="inline-flex items-center gap-2">
                    <span aria-hidden="true" className="size-2.5 shrink-0 rounded-full" style={{ backgroundColor: area.color }} />
                    {area.name}
                  </span>
                </th>
                <td className="cell num hidden sm:table-cell">{formatPoints(area.points)}</td>
                <td className="cell num">{hasPoints ? formatShare(area.actualPct) : "—"}</td>
                <td className="cell num">{area.targetPct} %</td>
                <td className={`whitespace-nowrap py-2 text-right font-medium tabular-nums ${hasPoints ? driftTone(area.driftPp) : "text-slate-600 dark:text-slate-400"}`}>
                  {hasPoints ? formatDrift(area.driftPp) : "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="text-xs text-slate-500 dark:text-slate-400">
        Drift is actual share minus target, in percentage points (pp); it is worth acting on from 5 pp either way. Windows are calendar days in your time
        zone, today included. An archived area shows only while it still has effort in the window, with a target of 0 %.
      </p>
    </div>
  );
}

function Advice({ advice }: { advice: RebalancingAdvice }) {
  if (advice.kind === "rebalance") {
    return (
      <ul className="space-y-2" aria-label="Suggestions">
        {advice.suggestions.map((suggestion) => (
          <li
            key={suggestion.areaId}
            className={`rounded-lg border px-3 py-2 text-sm ${
              suggestion.direction === "under"
                ? "border-amber-200 bg-amber-50 text-amber-900 dark:border-amber-900/60 dark:bg-amber-950/40 dark:text-amber-100"
                : "border-sky-200 bg-sky-50 text-sky-900 dark:border-sky-900/60 dark:bg-sky-950/40 dark:text-sky-100"
            }`}
          >
            {suggestion.text}
          </li>
        ))}
      </ul>
    );
  }
  const tone =
    advice.kind === "on-target"
      ? "border-emerald-200 bg-emerald-50 text-emerald-900 dark:border-emerald-900/60 dark:bg-emerald-950/40 dark:text-emerald-100"
      : "border-slate-200 bg-slate-50 text-slate-700 dark:border-slate-700 dark:bg-slate-800/50 dark:text-slate-200";
  return <p className={`rounded-lg border px-3 py-2 text-sm ${tone}`}>{advice.text}</p>;
}
