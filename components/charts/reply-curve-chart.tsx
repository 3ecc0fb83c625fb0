"use client";

import { Area, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { dayTicks } from "./day-ticks";

export const REPLY_CURVE_CHART_HEIGHT = 220;

/** One step of a Kaplan–Meier curve in percent: still silent after `days`, with its 95 % band. */
export type ReplyCurvePoint = { days: number; silent: number; band: [number, number] };

/**
 * A kind's reply-time curve as a step chart: the share of bets still without a reply after each
 * number of days of silence (Kaplan–Meier), with its 95 % band shaded. The numbers are in the
 * text beside it (median, replies), so the chart itself is one image for screen readers.
 */
export function ReplyCurveChart({ points, label }: { points: ReplyCurvePoint[]; label: string }) {
  const { ticks, domainMax } = dayTicks(Math.max(0, ...points.map((point) => point.days)));
  return (
    <div className="text-slate-500 dark:text-slate-400" role="img" aria-label={label} style={{ height: REPLY_CURVE_CHART_HEIGHT }}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={points} margin={{ top: 8, right: 16, bottom: 16, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="currentColor" strokeOpacity={0.15} />
          <XAxis
            type="number"
            dataKey="days"
            domain={[0, domainMax]}
            ticks={ticks}
            tickFormatter={(v: number) => `${v}d`}
            tick={{ fill: "currentColor", fontSize: 12 }}
            stroke="currentColor"
            strokeOpacity={0.3}
            label={{ value: "Days of silence", position: "insideBottom", offset: -10, fill: "currentColor", fontSize: 12 }}
          />
          <YAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={(v: number) => `${v}%`} tick={{ fill: "currentColor", fontSize: 12 }} stroke="currentColor" strokeOpacity={0.3} width={44} />
          <Area type="stepAfter" dataKey="band" stroke="none" fill="#6366f1" fillOpacity={0.18} isAnimationActive={false} />
          <Line type="stepAfter" dataKey="silent" stroke="#6366f1" strokeWidth={2} dot={false} isAnimationActive={false} />
          <Tooltip
            cursor={false}
            content={({ active, payload }) => {
              const point = active ? (payload?.[0]?.payload as ReplyCurvePoint | undefined) : undefined;
              if (!point) return null;
              return (
                <div className="rounded-lg border border-slate-200 bg-white px-3 py-2 text-xs shadow-md dark:border-slate-700 dark:bg-slate-900">
                  <p className="text-slate-500 dark:text-slate-400">After {Math.round(point.days * 10) / 10} days</p>
                  <p className="font-semibold tabular-nums text-slate-900 dark:text-slate-100">
                    {Math.round(point.silent)}% still silent (95%: {Math.round(point.band[0])}–{Math.round(point.band[1])}%)
                  </p>
                </div>
              );
            }}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
