"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export const EFFORT_TREND_CHART_HEIGHT = 260;

export type TrendSeries = { id: string; name: string; color: string };
/** One week: its label ("Mar 3") and points per area id. */
export type TrendBarWeek = { label: string; total: number; points: Record<string, number> };

/**
 * Points per week, stacked by area in the area's colour. Decorative for screen readers
 * (aria-hidden); the page shows the same figures in a table.
 */
export function EffortTrendChart({ series, weeks }: { series: TrendSeries[]; weeks: TrendBarWeek[] }) {
  const data = weeks.map((week) => ({ label: week.label, total: week.total, ...week.points }));
  return (
    <div aria-hidden="true" className="text-slate-500 dark:text-slate-400" style={{ height: EFFORT_TREND_CHART_HEIGHT }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="currentColor" strokeOpacity={0.15} vertical={false} />
          <XAxis dataKey="label" tick={{ fill: "currentColor", fontSize: 12 }} stroke="currentColor" strokeOpacity={0.3} minTickGap={8} />
          <YAxis allowDecimals={false} tick={{ fill: "currentColor", fontSize: 12 }} stroke="currentColor" strokeOpacity={0.3} width={40} />
          <Tooltip
            cursor={{ fill: "currentColor", fillOpacity: 0.06 }}
            content={({ active, payload, label }) => {
              if (!active || !payload?.length) return null;
              const total = (payload[0]?.payload as { total?: number } | undefined)?.total ?? 0;
              return (
                <div className="rounded-lg border border-slate-200 bg-white px-3 py-2 text-xs shadow-md dark:border-slate-700 dark:bg-slate-900">
                  <p className="font-semibold text-slate-900 dark:text-slate-100">Week of {String(label)}</p>
                  {payload
                    .filter((item) => Number(item.value) > 0)
                    .map((item) => (
                      <p key={String(item.dataKey)} className="tabular-nums text-slate-600 dark:text-slate-300">
                        <span aria-hidden="true" className="mr-1 inline-block size-2 rounded-full" style={{ backgroundColor: String(item.color) }} />
                        {item.name}: {Math.round(Number(item.value) * 10) / 10} pts ({total > 0 ? Math.round((Number(item.value) / total) * 100) : 0} %)
                      </p>
                    ))}
                </div>
              );
            }}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {series.map((area) => (
            <Bar key={area.id} dataKey={area.id} name={area.name} stackId="points" fill={area.color} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
