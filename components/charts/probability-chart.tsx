"use client";

import { Area, AreaChart, CartesianGrid, ReferenceDot, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatDateTime, formatDay, formatShortDateTime } from "@/components/callbacks/format";
import { type ChartPoint, describeChart, summarizeChart, timeTicks, uniqueTicks } from "./probability-chart-data";
import { useProfile } from "@/components/profile-context";

export const PROBABILITY_CHART_HEIGHT = 240;

type Props = { points: ChartPoint[]; timeZone: string };

/**
 * Probability over time: the silence curve between events and a vertical step at each piece of
 * evidence (the series has two points at that instant). For screen readers, an accessible name
 * with the start and current value and a table of the jumps.
 */
export function ProbabilityChart({ points, timeZone }: Props) {
  const { locale } = useProfile();
  const summary = summarizeChart(points);
  const label = describeChart(summary);
  const data = points.length === 1 ? [points[0]!, { ...points[0]!, t: points[0]!.t + 60_000 }] : points;
  const range = timeTicks(data[0]?.t ?? 0, data.at(-1)?.t ?? 0);
  const tickLabel = (value: number) => {
    const date = new Date(value);
    return range.withTime ? formatShortDateTime(date, timeZone, date, locale) : formatDay(date, timeZone, locale);
  };
  const ticks = uniqueTicks(range.ticks, tickLabel);

  return (
    <figure className="text-slate-500 dark:text-slate-400">
      <div role="img" aria-label={label} style={{ height: PROBABILITY_CHART_HEIGHT }}>
        <ResponsiveContainer width="100%" height="100%">
          <AreaChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <defs>
              <linearGradient id="probability-fill" x1="0" y1="0" x2="0" y2="1">
                <stop offset="0%" stopColor="var(--color-brand-500)" stopOpacity={0.35} />
                <stop offset="100%" stopColor="var(--color-brand-500)" stopOpacity={0.02} />
              </linearGradient>
            </defs>
            <CartesianGrid stroke="currentColor" strokeOpacity={0.15} vertical={false} />
            <XAxis
              dataKey="t"
              type="number"
              scale="time"
              domain={["dataMin", "dataMax"]}
              ticks={ticks}
              tickFormatter={tickLabel}
              tick={{ fill: "currentColor", fontSize: 12 }}
              stroke="currentColor"
              strokeOpacity={0.3}
              minTickGap={24}
            />
            <YAxis
              domain={[0, 100]}
              ticks={[0, 25, 50, 75, 100]}
              tickFormatter={(value: number) => `${value}%`}
              tick={{ fill: "currentColor", fontSize: 12 }}
              stroke="currentColor"
              strokeOpacity={0.3}
              width={44}
            />
            <Tooltip
              cursor={{ stroke: "currentColor", strokeOpacity: 0.3 }}
              content={({ active, payload }) => {
                const point = active ? (payload?.[0]?.payload as ChartPoint | undefined) : undefined;
                if (!point) return null;
                return (
                  <div className="rounded-lg border border-slate-200 bg-white px-3 py-2 text-xs shadow-md dark:border-slate-700 dark:bg-slate-900">
                    <p className="text-slate-500 dark:text-slate-400">{formatDateTime(new Date(point.t), timeZone, locale)}</p>
                    <p className="font-semibold text-slate-900 tabular-nums dark:text-slate-100">{Math.round(point.pct)} %</p>
                  </div>
                );
              }}
            />
            <Area
              type="linear"
              dataKey="pct"
              stroke="var(--color-brand-600)"
              strokeWidth={2}
              fill="url(#probability-fill)"
              isAnimationActive={false}
              dot={false}
              activeDot={{ r: 4, fill: "var(--color-brand-600)", stroke: "white", strokeWidth: 1.5 }}
            />
            {summary?.steps.map((step) => (
              <ReferenceDot
                key={`${step.t}-${step.after}`}
                x={step.t}
                y={step.after}
                r={4}
                fill="var(--color-brand-600)"
                stroke="white"
                strokeWidth={1.5}
                ifOverflow="visible"
              />
            ))}
          </AreaChart>
        </ResponsiveContainer>
      </div>
      {summary ? (
        <div className="sr-only">
        <table>
          <caption>Probability at the start, at each update and now</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Probability</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>Start, {formatDateTime(new Date(summary.start.t), timeZone, locale)}</td>
              <td>{Math.round(summary.start.pct)} %</td>
            </tr>
            {summary.steps.map((step) => (
              <tr key={`${step.t}-${step.after}`}>
                <td>{formatDateTime(new Date(step.t), timeZone, locale)}</td>
                <td>
                  {Math.round(step.before)} % to {Math.round(step.after)} %
                </td>
              </tr>
            ))}
            <tr>
              <td>Latest, {formatDateTime(new Date(summary.end.t), timeZone, locale)}</td>
              <td>{Math.round(summary.end.pct)} %</td>
            </tr>
          </tbody>
        </table>
        </div>
      ) : null}
    </figure>
  );
}
