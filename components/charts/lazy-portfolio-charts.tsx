"use client";

import dynamic from "next/dynamic";
import type { AllocationBar } from "./allocation-chart";
import type { TrendBarWeek, TrendSeries } from "./effort-trend-chart";
import { PortfolioChartSkeleton } from "./portfolio-chart-skeleton";

// Keep in step with allocation-chart.tsx (44 px a row + 32) and EFFORT_TREND_CHART_HEIGHT; importing
// them would pull Recharts into this chunk.
const TREND_HEIGHT = 260;
const allocationHeight = (areas: number) => Math.max(1, areas) * 44 + 32;

/** Recharts loads only where these wrappers are drawn (the Portfolio page), after hydration. */
const AllocationChart = dynamic(() => import("./allocation-chart").then((module) => module.AllocationChart), {
  ssr: false,
  loading: () => <PortfolioChartSkeleton height={allocationHeight(5)} />,
});

const EffortTrendChart = dynamic(() => import("./effort-trend-chart").then((module) => module.EffortTrendChart), {
  ssr: false,
  loading: () => <PortfolioChartSkeleton height={TREND_HEIGHT} />,
});

export function LazyAllocationChart({ bars }: { bars: AllocationBar[] }) {
  return <AllocationChart bars={bars} />;
}

export function LazyEffortTrendChart({ series, weeks }: { series: TrendSeries[]; weeks: TrendBarWeek[] }) {
  return <EffortTrendChart series={series} weeks={weeks} />;
}
