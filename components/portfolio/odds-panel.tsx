import Link from "next/link";
import { LazyOddsChart } from "@/components/charts/lazy-odds-chart";
import { buttonClasses } from "@/components/ui/button";
import { describeOdds } from "@/lib/domain/portfolio-odds";
import type { PortfolioOddsResult } from "@/lib/server/learning/get-portfolio-odds";

const DAY_LABEL = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", month: "short", day: "numeric" });

/** "Jan 15" for a day key ("2027-01-15"). */
export function formatOddsDay(dayKey: string): string {
  return DAY_LABEL.format(new Date(`${dayKey}T12:00:00Z`));
}

const INDEPENDENCE =
  "This treats your bets as independent: one answer says nothing about another. That is rarely quite true (a hot job market lifts every application at once), so read it as a guide, not a promise.";

/**
 * The runway question: the chance that at least one open bet pays off by a day you pick, overall,
 * per kind and per area, with expected yeses. `compact` (Today): the sentences only, no picker or chart.
 */
export function OddsPanel({ odds, compact = false, action = "/portfolio" }: { odds: PortfolioOddsResult; compact?: boolean; action?: string }) {
  const byLabel = formatOddsDay(odds.by);
  if (odds.overall.open === 0) {
    return <p className="text-sm text-slate-600 dark:text-slate-400">No open bets, so nothing can come back yet. Capture a callback and its odds show here.</p>;
  }
  return (
    <div className="space-y-4">
      {compact ? null : (
        <form method="get" action={action} className="flex flex-wrap items-end gap-2" aria-label="Pick the date">
          <label className="text-sm font-medium" htmlFor="odds-by">
            By
            <input id="odds-by" name="by" type="date" defaultValue={odds.by} required className="ml-2 rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900" />
          </label>
          <button type="submit" className={buttonClasses("secondary", "sm")}>
            Show
          </button>
        </form>
      )}
      <p className="text-lg font-semibold" data-testid="odds-overall">
        {describeOdds(odds.overall, { one: "bet", other: "bets" }, byLabel)}
      </p>
      <ul className="space-y-1 text-sm">
        {odds.byKind.map((kind) => (
          <li key={kind.kind}>
            {describeOdds(kind, { one: kind.one, other: kind.other }, byLabel)}{" "}
            <span className="text-slate-500 dark:text-slate-400">
              (reply curve {kind.curve.source === "history" ? `from ${kind.curve.events} of your replies` : "default"})
            </span>
          </li>
        ))}
      </ul>
      {compact ? (
        <Link href="/portfolio#odds" className="text-sm font-medium text-brand-700 hover:underline dark:text-brand-100">
          Pick another date and see the next 90 days →
        </Link>
      ) : (
        <>
          {odds.byArea.length > 1 ? (
            <div>
              <h3 className="mb-1 text-sm font-semibold">By area</h3>
              <ul className="space-y-1 text-sm">
                {odds.byArea.map((area) => (
                  <li key={area.areaId ?? "none"}>{describeOdds(area, { one: `bet in ${area.name}`, other: `bets in ${area.name}` }, byLabel)}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {odds.series ? (
            <div>
              <h3 className="mb-1 text-sm font-semibold">The next 90 days</h3>
              <LazyOddsChart
                points={odds.series.map((point, index) => ({ day: index, label: formatOddsDay(point.dayKey), chance: Math.round(point.pAtLeastOne * 10_000) / 100, expected: Math.round(point.expectedYes * 100) / 100 }))}
                label={`Chance of at least one yes by each of the next 90 days, rising to ${Math.round((odds.series.at(-1)?.pAtLeastOne ?? 0) * 100)} %.`}
              />
            </div>
          ) : null}
        </>
      )}
      <p className="text-xs text-slate-500 dark:text-slate-400">
        Each bet counts with its probability now times the chance its reply arrives by then (its kind&apos;s reply curve). {INDEPENDENCE}
      </p>
    </div>
  );
}
