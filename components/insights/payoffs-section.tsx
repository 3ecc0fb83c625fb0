import Link from "next/link";
import { formatAmount } from "@/components/callbacks/format";
import { LazyPayoffHistogramChart } from "@/components/charts/lazy-payoff-histogram-chart";
import { formatShare } from "@/components/review/format";
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
          <ol className="mt-2 space-y-1.5 text-sm">
            {topPayoffs.map((top, index) => (
              <li key={top.id} className="flex items-baseline justify-between gap-3">
                <span className="min-w-0 truncate">
                  <span className="mr-2 tabular-nums text-slate-500">{index + 1}.</span>
                  <Link href={`/callbacks/${top.id}`} className="font-medium hover:underline">
                    {top.title}
                  </Link>
                </span>
                <span className="shrink-0 font-semibold tabular-nums">{formatAmount(top.value)}</span>
              </li>
            ))}
          </ol>
          <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
            The top 3 produced {formatShare(powerLaw.topThreeShare)} of {formatAmount(powerLaw.total)} points of value across {powerLaw.count} settled bets.
          </p>
        </div>
      ) : null}
    </Card>
  );
}
