"use client";

import dynamic from "next/dynamic";
import { ChartSkeleton } from "./chart-skeleton";
import type { OddsChartPoint } from "./odds-chart";

// Keep in step with ODDS_CHART_HEIGHT; importing it would pull Recharts into this chunk.
const HEIGHT = 220;

/** Recharts is loaded only where the odds chart is drawn (Portfolio), after hydration. */
const OddsChart = dynamic(() => import("./odds-chart").then((module) => module.OddsChart), {
  ssr: false,
  loading: () => <ChartSkeleton height={HEIGHT} />,
});

export function LazyOddsChart({ points, label }: { points: OddsChartPoint[]; label: string }) {
  return <OddsChart points={points} label={label} />;
}
