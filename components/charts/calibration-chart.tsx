"use client";

import { CartesianGrid, ErrorBar, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from "recharts";
import type { CalibrationBucket } from "@/lib/domain/calibration";

export const CALIBRATION_CHART_HEIGHT = 300;

type Point = { x: number; y: number; count: number; error: [number, number]; low: number; high: number };

/** Non-empty buckets as chart points in percent: forecast centre, observed frequency, Wilson 95% interval. */
function toPoints(buckets: readonly CalibrationBucket[]): Point[] {
  return buckets
    .filter((b) => b.count > 0 && b.observed !== null && b.interval !== null)
    .map((b) => {
      const y = b.observed! * 100;
      const low = b.interval!.low * 100;
      const high = b.interval!.high * 100;
      return { x: b.centre * 100, y, count: b.count, error: [y - low, high - y], low, high };
    });
}

/**
 * The calibration chart: for each bucket with forecasts, how often those bets came true, with its
 * Wilson 95% interval, against the diagonal of perfect calibration. Dot size follows the count.
 * The table beside it (on the page) carries the same numbers for screen readers.
 */
export function CalibrationChart({ buckets }: { buckets: CalibrationBucket[] }) {
  const points = toPoints(buckets);
  return (
    <div className="text-slate-500 dark:text-slate-400" role="img" aria-label="Calibration chart: observed frequency against forecast, per bucket; see the table for the numbers." style={{ height: CALIBRATION_CHART_HEIGHT }}>
      <ResponsiveContainer width="100%" height="100%">
        <ScatterChart accessibilityLayer={false} margin={{ top: 16, right: 16, bottom: 16, left: 0 }}>
          <CartesianGrid stroke="currentColor" strokeOpacity={0.15} />
          <XAxis
            type="number"
            dataKey="x"
            domain={[0, 100]}
            ticks={[0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]}
            tickFormatter={(v: number) => `${v}%`}
            tick={{ fill: "currentColor", fontSize: 12 }}
            stroke="currentColor"
            strokeOpacity={0.3}
            label={{ value: "You said", position: "insideBottom", offset: -10, fill: "currentColor", fontSize: 12 }}
          />
          <YAxis
            type="number"
            dataKey="y"
            domain={[0, 100]}
            ticks={[0, 25, 50, 75, 100]}
            tickFormatter={(v: number) => `${v}%`}
            tick={{ fill: "currentColor", fontSize: 12 }}
            stroke="currentColor"
            strokeOpacity={0.3}
            width={44}
          />
          <ZAxis type="number" dataKey="count" range={[40, 260]} />
          <ReferenceLine
            segment={[
              { x: 0, y: 0 },
              { x: 100, y: 100 },
            ]}
            stroke="currentColor"
            strokeOpacity={0.45}
            strokeDasharray="4 4"
            ifOverflow="visible"
          />
          <Tooltip
            cursor={false}
            content={({ active, payload }) => {
              const point = active ? (payload?.[0]?.payload as Point | undefined) : undefined;
              if (!point) return null;
              return (
                <div className="rounded-lg border border-slate-200 bg-white px-3 py-2 text-xs shadow-md dark:border-slate-700 dark:bg-slate-900">
                  <p className="text-slate-500 dark:text-slate-400">Said ~{point.x}% · {point.count} bets</p>
                  <p className="font-semibold text-slate-900 tabular-nums dark:text-slate-100">
                    Came true {Math.round(point.y)}% (95%: {Math.round(point.low)}–{Math.round(point.high)}%)
                  </p>
                </div>
              );
            }}
          />
          <Scatter data={points} fill="var(--color-brand-600)" isAnimationActive={false}>
            <ErrorBar dataKey="error" direction="y" width={6} stroke="var(--color-brand-500)" strokeWidth={1.5} />
          </Scatter>
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}
