"use client";

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export const ODDS_CHART_HEIGHT = 220;

/** One day of the odds chart: the chance (percent) of at least one yes by the end of `label`'s day. */
export type OddsChartPoint = { day: number; label: string; chance: number; expected: number };

/** The chance of at least one yes by each of the next 90 days, a rising line. The sentence beside it carries the numbers. */
export function OddsChart({ points, label }: { points: OddsChartPoint[]; label: string }) {
  return (
    <div className="text-slate-500 dark:text-slate-400" role="img" aria-label={label} style={{ height: ODDS_CHART_HEIGHT }}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 8, right: 16, bottom: 16, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="currentColor" strokeOpacity={0.15} />
          <XAxis
            type="number"
            dataKey="day"
            domain={[0, "dataMax"]}
            ticks={[0, 15, 30, 45, 60, 75, 90]}
            tickFormatter={(v: number) => `+${v}d`}
            tick={{ fill: "currentColor", fontSize: 12 }}
            stroke="currentColor"
            strokeOpacity={0.3}
          />
          <YAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={(v: number) => `${v}%`} tick={{ fill: "currentColor", fontSize: 12 }} stroke="currentColor" strokeOpacity={0.3} width={44} />
          <Line type="monotone" dataKey="chance" stroke="#10b981" strokeWidth={2} dot={false} isAnimationActive={false} />
          <Tooltip
            cursor={false}
            content={({ active, payload }) => {
              const point = active ? (payload?.[0]?.payload as OddsChartPoint | undefined) : undefined;
              if (!point) return null;
              return (
                <div className="rounded-lg border border-slate-200 bg-white px-3 py-2 text-xs shadow-md dark:border-slate-700 dark:bg-slate-900">
                  <p className="text-slate-500 dark:text-slate-400">By {point.label}</p>
                  <p className="font-semibold tabular-nums text-slate-900 dark:text-slate-100">
                    {Math.round(point.chance)}% chance of at least one yes; {point.expected.toFixed(1)} expected
                  </p>
                </div>
              );
            }}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
