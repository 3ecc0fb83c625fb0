"use client";

import dynamic from "next/dynamic";
import { ProbabilityChartSkeleton } from "./probability-chart-skeleton";
import type { ChartPoint } from "./probability-chart-data";

// Keep in step with PROBABILITY_CHART_HEIGHT; importing it would pull Recharts into this chunk.
const HEIGHT = 240;

/** Recharts is loaded only where this wrapper is used (the callback page), after hydration. */
const ProbabilityChart = dynamic(() => import("./probability-chart").then((module) => module.ProbabilityChart), {
  ssr: false,
  loading: () => <ProbabilityChartSkeleton height={HEIGHT} />,
});

export function LazyProbabilityChart({ points, timeZone }: { points: ChartPoint[]; timeZone: string }) {
  return <ProbabilityChart points={points} timeZone={timeZone} />;
}
