import { LazyEffortTrendChart } from "@/components/charts/lazy-portfolio-charts";
import type { AreaTarget, TrendWeek } from "@/lib/domain/portfolio";
import { formatPoints, formatShare } from "./format";

type Props = { areas: AreaTarget[]; weeks: (TrendWeek & { label: string })[] };

/** Points per Monday-start week, stacked by area, with the same figures as a table (shares per week). */
export function TrendPanel({ areas, weeks }: Props) {
  const hasPoints = weeks.some((week) => week.total > 0);
  if (!hasPoints) {
    return <p className="text-sm text-slate-600 dark:text-slate-400">Once you log effort, each week&apos;s points per area stack up here, so you can see the mix shift over time.</p>;
  }
  return (
    <div className="space-y-3">
      <LazyEffortTrendChart series={areas.map(({ id, name, color }) => ({ id, name, color }))} weeks={weeks.map(({ label, total, points }) => ({ label, total, points }))} />
      <details className="group text-sm">
        <summary className="cursor-pointer rounded text-brand-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 dark:text-brand-100">Show the weeks as a table</summary>
        <div className="mt-3 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Energy points per area per week, with each area&apos;s share of the week</caption>
            <thead className="text-xs uppercase tracking-wide text-slate-500 dark:text-slate-400">
              <tr>
                <th scope="col" className="py-2 pr-3 font-medium">Week of</th>
                {areas.map((area) => (
                  <th key={area.id} scope="col" className="py-2 pr-3 text-right font-medium">
                    {area.name}
                  </th>
                ))}
                <th scope="col" className="py-2 text-right font-medium">Total</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
              {weeks.map((week) => (
                <tr key={week.weekKey}>
                  <th scope="row" className="whitespace-nowrap py-2 pr-3 font-medium">{week.label}</th>
                  {areas.map((area) => (
                    <td key={area.id} className="cell num">
                      {week.total > 0 ? `${formatPoints(week.points[area.id] ?? 0)} (${formatShare(week.sharePct[area.id] ?? 0)})` : "—"}
                    </td>
                  ))}
                  <td className="py-2 num">{formatPoints(week.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
