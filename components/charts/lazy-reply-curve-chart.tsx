"use client";

import dynamic from "next/dynamic";
import { ChartSkeleton } from "./chart-skeleton";
import type { ReplyCurvePoint } from "./reply-curve-chart";

// Keep in step with REPLY_CURVE_CHART_HEIGHT; importing it would pull Recharts into this chunk.
const HEIGHT = 220;

/** Recharts is loaded only where a reply curve is drawn (Insights), after hydration. */
const ReplyCurveChart = dynamic(() => import("./reply-curve-chart").then((module) => module.ReplyCurveChart), {
  ssr: false,
  loading: () => <ChartSkeleton height={HEIGHT} />,
});

export function LazyReplyCurveChart({ points, label }: { points: ReplyCurvePoint[]; label: string }) {
  return <ReplyCurveChart points={points} label={label} />;
}
