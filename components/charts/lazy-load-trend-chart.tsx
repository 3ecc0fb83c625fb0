"use client";

import dynamic from "next/dynamic";
import type { LoadPoint } from "@/lib/domain/review";
import { ChartSkeleton } from "./chart-skeleton";

// Keep in step with LOAD_TREND_CHART_HEIGHT; importing it would pull Recharts into this chunk.
const HEIGHT = 180;

/** Recharts is loaded only where this wrapper is drawn (a week's review), after hydration. */
const LoadTrendChart = dynamic(() => import("./load-trend-chart").then((module) => module.LoadTrendChart), {
  ssr: false,
  loading: () => <ChartSkeleton height={HEIGHT} />,
});

export function LazyLoadTrendChart({ points, capacity }: { points: LoadPoint[]; capacity: number }) {
  return <LoadTrendChart points={points} capacity={capacity} />;
}
