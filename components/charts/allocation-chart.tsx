"use client";

import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** Pixels per area row, plus room for the axis. */
const ROW_HEIGHT = 44;
const AXIS_HEIGHT = 32;

/** The chart's height for `areas` rows (the lazy wrapper's skeleton uses it too). */
export function allocationChartHeight(areas: number): number {
  return Math.max(1, areas) * ROW_HEIGHT + AXIS_HEIGHT;
}

export type AllocationBar = { id: string; name: string; color: string; targetPct: number; actualPct: number };

/**
 * Target vs actual share per area, one row per area (names stay readable on a phone): a pale bar
 * for the target, the area's colour for the actual (the page draws the key in HTML, since a
 * legend swatch can't show "each area's colour"). Decorative for screen readers (aria-hidden);
 * the page shows the same figures in a table.
 */
export function AllocationChart({ bars }: { bars: AllocationBar[] }) {
  const top = Math.max(50, ...bars.map((bar) => Math.max(bar.targetPct, bar.actualPct)));
  const domainMax = Math.min(100, Math.ceil(top / 10) * 10);
  return (
    <div aria-hidden="true" className="text-slate-500 dark:text-slate-400" style={{ height: allocationChartHeight(bars.length) }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={bars} layout="vertical" margin={{ top: 0, right: 12, bottom: 0, left: 0 }} barGap={2} barCategoryGap="18%">
          <CartesianGrid stroke="currentColor" strokeOpacity={0.15} horizontal={false} />
          <XAxis type="number" domain={[0, domainMax]} tickFormatter={(value: number) => `${value}%`} tick={{ fill: "currentColor", fontSize: 12 }} stroke="currentColor" strokeOpacity={0.3} />
          <YAxis
            type="category"
            dataKey="name"
            width={116}
            interval={0}
            tick={{ fill: "currentColor", fontSize: 12 }}
            stroke="currentColor"
            strokeOpacity={0.3}
            tickFormatter={(name: string) => (name.length > 17 ? `${name.slice(0, 16)}…` : name)}
          />
          <Tooltip
            cursor={{ fill: "currentColor", fillOpacity: 0.06 }}
            content={({ active, payload }) => {
              const bar = active ? (payload?.[0]?.payload as AllocationBar | undefined) : undefined;
              if (!bar) return null;
              const drift = Math.round(bar.actualPct - bar.targetPct);
              return (
                <div className="rounded-lg border border-slate-200 bg-white px-3 py-2 text-xs shadow-md dark:border-slate-700 dark:bg-slate-900">
                  <p className="font-semibold text-slate-900 dark:text-slate-100">{bar.name}</p>
                  <p className="tabular-nums text-slate-600 dark:text-slate-300">
                    Actual {Math.round(bar.actualPct)} % · target {bar.targetPct} % · {drift > 0 ? "+" : ""}
                    {drift} pp
                  </p>
                </div>
              );
            }}
          />
          <Bar dataKey="targetPct" name="Target" radius={[0, 4, 4, 0]} isAnimationActive={false}>
            {bars.map((bar) => (
              <Cell key={bar.id} fill={bar.color} fillOpacity={0.3} />
            ))}
          </Bar>
          <Bar dataKey="actualPct" name="Actual" radius={[0, 4, 4, 0]} isAnimationActive={false}>
            {bars.map((bar) => (
              <Cell key={bar.id} fill={bar.color} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
