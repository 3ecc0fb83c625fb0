"use client";

import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { dateFormat } from "@/components/callbacks/format";
import { useProfile } from "@/components/profile-context";
import { dayKeyToDate } from "@/lib/domain/day-keys";
import type { LoadPoint } from "@/lib/domain/review";

export const LOAD_TREND_CHART_HEIGHT = 180;

const LEVEL_COLORS = { ok: "var(--color-brand-500)", strained: "#d97706", overflow: "#dc2626" } as const;

function weekday(day: string, locale: string): string {
  return dateFormat(locale, { timeZone: "UTC", weekday: "short" }).format(dayKeyToDate(day));
}

/** The load at the end of each day of the week, coloured by level, with the capacity line. */
export function LoadTrendChart({ points, capacity }: { points: LoadPoint[]; capacity: number }) {
  const { locale } = useProfile();
  const max = Math.max(capacity, ...points.map((p) => p.load));
  return (
    <div className="text-slate-500 dark:text-slate-400" aria-hidden="true" style={{ height: LOAD_TREND_CHART_HEIGHT }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={points} margin={{ top: 12, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="currentColor" strokeOpacity={0.15} vertical={false} />
          <XAxis dataKey="day" tickFormatter={(day: string) => weekday(day, locale)} tick={{ fill: "currentColor", fontSize: 12 }} stroke="currentColor" strokeOpacity={0.3} />
          <YAxis domain={[0, Math.ceil(max * 1.1)]} allowDecimals={false} tick={{ fill: "currentColor", fontSize: 12 }} stroke="currentColor" strokeOpacity={0.3} width={32} />
          <Tooltip
            cursor={{ fill: "currentColor", fillOpacity: 0.08 }}
            content={({ active, payload }) => {
              const point = active ? (payload?.[0]?.payload as LoadPoint | undefined) : undefined;
              if (!point) return null;
              return (
                <div className="rounded-lg border border-slate-200 bg-white px-3 py-2 text-xs shadow-md dark:border-slate-700 dark:bg-slate-900">
                  <p className="text-slate-500 dark:text-slate-400">{weekday(point.day, locale)} {point.day}</p>
                  <p className="font-semibold text-slate-900 tabular-nums dark:text-slate-100">
                    Load {point.load} of {capacity}
                  </p>
                </div>
              );
            }}
          />
          <ReferenceLine y={capacity} stroke="#dc2626" strokeDasharray="4 4" strokeOpacity={0.7} label={{ value: "capacity", position: "insideTopRight", fill: "currentColor", fontSize: 11 }} />
          <Bar dataKey="load" isAnimationActive={false} radius={[4, 4, 0, 0]}>
            {points.map((point) => (
              <Cell key={point.day} fill={LEVEL_COLORS[point.level]} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
