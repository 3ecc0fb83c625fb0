"use client";

import dynamic from "next/dynamic";
import { ChartSkeleton } from "./chart-skeleton";
import type { PayoffBin } from "./payoff-histogram-chart";

// Keep in step with PAYOFF_HISTOGRAM_HEIGHT; importing it would pull Recharts into this chunk.
const HEIGHT = 220;

/** Recharts is loaded only where this wrapper is drawn (the insights page), after hydration. */
const PayoffHistogramChart = dynamic(() => import("./payoff-histogram-chart").then((module) => module.PayoffHistogramChart), {
  ssr: false,
  loading: () => <ChartSkeleton height={HEIGHT} />,
});

export function LazyPayoffHistogramChart({ bins }: { bins: PayoffBin[] }) {
  return <PayoffHistogramChart bins={bins} />;
}
