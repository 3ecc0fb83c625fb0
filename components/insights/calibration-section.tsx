import { LazyCalibrationChart } from "@/components/charts/lazy-calibration-chart";
import { Card, CardHeader } from "@/components/ui/card";
import type { CalibrationBucket } from "@/lib/domain/calibration";

const pct = (value: number | null) => (value === null ? "—" : `${Math.round(value * 100)}%`);

/** The calibration chart and its numbers: per bucket, the count, mean forecast, what came true and its 95% interval. */
export function CalibrationSection({ buckets, scored }: { buckets: CalibrationBucket[]; scored: number }) {
  const cell = "px-3 py-2 text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400";
  const th = `${cell} text-right`;
  return (
    <Card>
      <CardHeader
        title="Calibration"
        id="calibration"
        description={`${scored} settled callbacks in 11 buckets (0%, 10%, … 100%; a forecast belongs to the nearest, halves rounding up). Dots on the dashed line mean the things you called 70% came true 70% of the time; bars show the Wilson 95% interval.`}
      />
      <LazyCalibrationChart buckets={buckets} />
      <div className="mt-4 overflow-x-auto" tabIndex={0} role="region" aria-label="Calibration table">
        <table className="w-full min-w-[28rem] text-sm">
          <caption className="sr-only">Calibration by bucket</caption>
          <thead className="border-b border-slate-200 dark:border-slate-800">
            <tr>
              <th scope="col" className={`${cell} text-left`}>
                Bucket
              </th>
              <th scope="col" className={th}>
                Bets
              </th>
              <th scope="col" className={th}>
                You said (mean)
              </th>
              <th scope="col" className={th}>
                Came true
              </th>
              <th scope="col" className={th}>
                95% interval
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 tabular-nums dark:divide-slate-800">
            {buckets
              .filter((b) => b.count > 0)
              .map((b) => (
                <tr key={b.index}>
                  <th scope="row" className="px-3 py-1.5 text-left font-medium">
                    {Math.round(b.centre * 100)}%
                  </th>
                  <td className="px-3 py-1.5 text-right">{b.count}</td>
                  <td className="px-3 py-1.5 text-right">{pct(b.meanP)}</td>
                  <td className="px-3 py-1.5 text-right">
                    {b.hits} ({pct(b.observed)})
                  </td>
                  <td className="px-3 py-1.5 text-right text-slate-600 dark:text-slate-400">
                    {b.interval ? `${pct(b.interval.low)}–${pct(b.interval.high)}` : "—"}
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
