/** A chart's placeholder while Recharts loads: the chart's height, so nothing jumps. */
export function ChartSkeleton({ height }: { height: number }) {
  return <div aria-hidden="true" style={{ height }} className="w-full animate-pulse rounded-xl bg-slate-100 dark:bg-slate-800/60" />;
}
