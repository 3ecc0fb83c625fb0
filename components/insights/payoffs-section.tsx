import { formatAmount } from "@/components/callbacks/format";
import { LazyPayoffHistogramChart } from "@/components/charts/lazy-payoff-histogram-chart";
import { formatShare } from "@/components/review/format";
import { topBetsLabel } from "@/lib/domain/review";
import { TopPayoffsList } from "@/components/review/top-payoffs-list";
import { Card, CardHeader } from "@/components/ui/card";
import { describePowerLaw } from "@/lib/domain/review";
import type { Insights } from "@/lib/server/insights/get-insights";

/** The payoff distribution (hoped for vs came back) and the all-time power law. */
export function PayoffsSection({ payoffHistogram, powerLaw, topPayoffs }: Pick<Insights, "payoffHistogram" | "powerLaw" | "topPayoffs">) {
  return (
    <Card>
      <CardHeader title="Payoffs and the power law" id="payoffs" description={describePowerLaw(powerLaw)} />
      <LazyPayoffHistogramChart bins={payoffHistogram} />
      <table className="sr-only">
        <caption>Settled callbacks per payoff</caption>
        <thead>
          <tr>
            <th scope="col">Payoff</th>
            <th scope="col">Hoped for</th>
            <th scope="col">Came back</th>
          </tr>
        </thead>
        <tbody>
          {payoffHistogram.map((bin) => (
            <tr key={bin.bin}>
              <th scope="row">{bin.bin}</th>
              <td>{bin.expected}</td>
              <td>{bin.realised}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {topPayoffs.length > 0 ? (
        <div className="mt-4">
          <h3 className="text-sm font-semibold">Top payoffs of all time</h3>
          <TopPayoffsList items={topPayoffs} className="mt-2" />
          <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
            {topBetsLabel(topPayoffs.length)} produced {formatShare(powerLaw.topThreeShare)} of {formatAmount(powerLaw.total)} points of value across {powerLaw.count} settled bets.
          </p>
        </div>
      ) : null}
    </Card>
  );
}
