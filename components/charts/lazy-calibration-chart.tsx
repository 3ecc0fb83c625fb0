"use client";

import dynamic from "next/dynamic";
import type { CalibrationBucket } from "@/lib/domain/calibration";
import { ChartSkeleton } from "./chart-skeleton";

// Keep in step with CALIBRATION_CHART_HEIGHT; importing it would pull Recharts into this chunk.
const HEIGHT = 300;

/** Recharts is loaded only where this wrapper is drawn (the insights page), after hydration. */
const CalibrationChart = dynamic(() => import("./calibration-chart").then((module) => module.CalibrationChart), {
  ssr: false,
  loading: () => <ChartSkeleton height={HEIGHT} />,
});

export function LazyCalibrationChart({ buckets }: { buckets: CalibrationBucket[] }) {
  return <CalibrationChart buckets={buckets} />;
}
