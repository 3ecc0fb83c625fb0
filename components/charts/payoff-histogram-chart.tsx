"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export const PAYOFF_HISTOGRAM_HEIGHT = 220;

export type PayoffBin = { bin: number; expected: number; realised: number };

/** How many settled bets had each payoff (hoped for) and each value (what came back), in whole units 0–10. */
export function PayoffHistogramChart({ bins }: { bins: PayoffBin[] }) {
  return (
    <div className="text-slate-500 dark:text-slate-400" aria-hidden="true" style={{ height: PAYOFF_HISTOGRAM_HEIGHT }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={bins} margin={{ top: 8, right: 8, bottom: 12, left: 0 }}>
          <CartesianGrid stroke="currentColor" strokeOpacity={0.15} vertical={false} />
          <XAxis
            dataKey="bin"
            tick={{ fill: "currentColor", fontSize: 12 }}
            stroke="currentColor"
            strokeOpacity={0.3}
            label={{ value: "Payoff (points)", position: "insideBottom", offset: -8, fill: "currentColor", fontSize: 12 }}
          />
          <YAxis allowDecimals={false} tick={{ fill: "currentColor", fontSize: 12 }} stroke="currentColor" strokeOpacity={0.3} width={36} />
          <Tooltip
            cursor={{ fill: "currentColor", fillOpacity: 0.08 }}
            contentStyle={{ borderRadius: 8, fontSize: 12 }}
            labelFormatter={(bin) => `Payoff ${String(bin)}`}
          />
          <Legend verticalAlign="top" wrapperStyle={{ fontSize: 12, paddingBottom: 8 }} />
          <Bar dataKey="expected" name="Payoff hoped for" fill="#94a3b8" isAnimationActive={false} radius={[3, 3, 0, 0]} />
          <Bar dataKey="realised" name="Value that came back" fill="var(--color-brand-600)" isAnimationActive={false} radius={[3, 3, 0, 0]} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
