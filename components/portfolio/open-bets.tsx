import Link from "next/link";
import { AreaChip } from "@/components/callbacks/area-chip";
import { formatAmount, formatEv, formatPercent } from "@/components/callbacks/format";
import type { AreaValue, RankedOpenBet } from "@/lib/server/portfolio/get-portfolio";

/** Expected value (p × payoff) of the open bets, per area. */
export function ValueByArea({ values, total }: { values: AreaValue[]; total: number }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Expected value of open bets per area</caption>
        <thead className="text-xs uppercase tracking-wide text-slate-500 dark:text-slate-400">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">Area</th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">Open bets</th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">EV</th>
            <th scope="col" className="py-2 text-right font-medium">Share of EV</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {values.map((value) => (
            <tr key={value.areaId ?? "none"}>
              <th scope="row" className="py-2 pr-3 font-medium">
                <span className="inline-flex items-center gap-2">
                  <span aria-hidden="true" className="size-2.5 shrink-0 rounded-full" style={{ backgroundColor: value.color }} />
                  {value.name}
                </span>
              </th>
              <td className="cell num">{value.openBets}</td>
              <td className="cell num">{formatEv(value.expectedValue)}</td>
              <td className="py-2 num">{total > 0 ? `${Math.round((value.expectedValue / total) * 100)} %` : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Open bets ranked by EV per energy point still needed, with what that energy would earn on the best other bet. */
export function RankedBets({ bets }: { bets: RankedOpenBet[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Open bets ranked by expected value per energy point still needed</caption>
        <thead className="text-xs uppercase tracking-wide text-slate-500 dark:text-slate-400">
          <tr>
            <th scope="col" className="hidden py-2 pr-3 font-medium sm:table-cell">#</th>
            <th scope="col" className="py-2 pr-3 font-medium">Bet</th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">p</th>
            <th scope="col" className="hidden py-2 pr-3 text-right font-medium sm:table-cell">Payoff</th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">EV</th>
            <th scope="col" className="hidden py-2 pr-3 text-right font-medium sm:table-cell">
              <abbr title="Energy points it still needs: your estimate, or the kind's default" className="no-underline">Still needs</abbr>
            </th>
            <th scope="col" className="hidden py-2 pr-3 text-right font-medium sm:table-cell">
              <abbr title="Energy points logged so far (sunk: it doesn't move the ranking)" className="no-underline">Spent</abbr>
            </th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">EV / pt</th>
            <th scope="col" className="hidden py-2 text-right font-medium sm:table-cell">
              <abbr title="What the energy this bet still needs would earn on the best other bet (EV points)" className="no-underline">Costs the others</abbr>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {bets.map((bet, index) => (
            <tr key={bet.id}>
              <td className="hidden py-2 pr-3 tabular-nums text-slate-600 sm:table-cell dark:text-slate-400">{index + 1}</td>
              <th scope="row" className="max-w-[9rem] py-2 pr-3 font-normal sm:max-w-[18rem]">
                <Link href={`/callbacks/${bet.id}`} className="block truncate font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-100">
                  {bet.title}
                </Link>
                <AreaChip area={bet.areaName && bet.areaColor ? { name: bet.areaName, color: bet.areaColor } : null} />
              </th>
              <td className="cell num">{formatPercent(bet.probability)}</td>
              <td className="cell num hidden sm:table-cell">{formatAmount(bet.payoff)}</td>
              <td className="cell num">{formatEv(bet.expectedValue)}</td>
              <td className="cell num hidden sm:table-cell">{formatAmount(bet.energyNeeded)}</td>
              <td className="cell num hidden text-slate-600 sm:table-cell dark:text-slate-400">{formatAmount(bet.effort)}</td>
              <td className="py-2 text-right font-medium tabular-nums sm:pr-3">{bet.evPerEnergy.toFixed(2)}</td>
              <td className="py-2 num hidden sm:table-cell">{formatEv(bet.opportunityCost)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
