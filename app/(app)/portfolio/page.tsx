import type { Metadata } from "next";
import Link from "next/link";
import { NEW_CALLBACK_PATH } from "@/components/callbacks/list-query";
import { EffortEntryList } from "@/components/effort/effort-entry-list";
import { LogEffortDialog } from "@/components/effort/log-effort-dialog";
import { toEffortRows } from "@/components/effort/to-effort-rows";
import { AllocationPanel } from "@/components/portfolio/allocation-panel";
import { OddsPanel } from "@/components/portfolio/odds-panel";
import { RankedBets, ValueByArea } from "@/components/portfolio/open-bets";
import { TrendPanel } from "@/components/portfolio/trend-panel";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth";
import { listEffortCallbackOptions } from "@/lib/server/effort/list-effort-callback-options";
import { EFFORT_LIST_MAX, EFFORT_PAGE_SIZE, listEffortEntries } from "@/lib/server/effort/list-effort-entries";
import { getPortfolio } from "@/lib/server/portfolio/get-portfolio";
import { isDayKey } from "@/lib/domain/day-keys";
import { explainCostsTheOthers } from "@/lib/domain/forward-ranking";
import { getPortfolioOdds } from "@/lib/server/learning/get-portfolio-odds";
import { PageHeader } from "@/components/ui/page-header";
import { currentLocale } from "@/lib/request-locale";
import { resolveWeekStart, weekSpanText } from "@/lib/domain/week-start";

export const metadata: Metadata = { title: "Portfolio" };

const PORTFOLIO_PATH = "/portfolio";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function entriesToShow(value: string | string[] | undefined): number {
  const parsed = Number(Array.isArray(value) ? value[0] : value);
  if (!Number.isInteger(parsed) || parsed < EFFORT_PAGE_SIZE) return EFFORT_PAGE_SIZE;
  return Math.min(parsed, EFFORT_LIST_MAX);
}

export default async function PortfolioPage({ searchParams }: Props) {
  const params = await searchParams;
  const user = await requireUser(PORTFOLIO_PATH);
  const now = new Date();
  const take = entriesToShow(params.entries);
  const byParam = Array.isArray(params.by) ? params.by[0] : params.by;
  // The person's first day of the week (Settings), else their formatting locale's.
  const weekStart = resolveWeekStart(user.weekStartsOn, currentLocale());
  const [portfolio, effort, callbackOptions, odds] = await Promise.all([
    getPortfolio(user, now, weekStart),
    listEffortEntries(user, { take }),
    listEffortCallbackOptions(user),
    getPortfolioOdds(user, now, { by: byParam && isDayKey(byParam) ? byParam : undefined, withSeries: true }),
  ]);
  const areaOptions = portfolio.areas.map(({ id, name, isArchived }) => ({ id, name, isArchived }));
  const hasActiveAreas = portfolio.areas.some((area) => !area.isArchived);
  const hasEffort = effort.entries.length > 0;
  // Week keys are calendar days ("2026-03-02"), so they are labelled as dates in UTC, whatever the zone.
  const weekLabel = new Intl.DateTimeFormat(currentLocale(), { timeZone: "UTC", month: "short", day: "numeric" });
  const logButton = (label?: string) =>
    hasActiveAreas ? <LogEffortDialog areas={areaOptions} timeZone={user.timeZone} callbacks={callbackOptions} buttonLabel={label} /> : null;

  return (
    <div className="space-y-6">
      <PageHeader
        title="Portfolio"
        description="Where your energy went against where you meant it to go, and which open bets are worth the next hour."
        actions={hasEffort ? logButton() : null}
        align="start"
      />

      {!hasActiveAreas ? (
        <Card>
          <CardHeader title="No active areas" description="Effort is logged against an area of your life, like Health or Networking." />
          <Link href="/settings" className={buttonClasses("primary")}>
            Set up areas in Settings
          </Link>
        </Card>
      ) : !hasEffort ? (
        <Card>
          <CardHeader title="Log your first effort" />
          <div className="max-w-2xl space-y-3 text-sm text-slate-600 dark:text-slate-400">
            <p>
              Each time you put energy into an area — a run, an evening of study, three networking messages — log a few <strong>energy points</strong> for it (your
              own unit; one point per focused half hour works well), optionally with the minutes, the day and the callback it was for.
            </p>
            <p>
              Your targets say where you mean your energy to go ({portfolio.areas
                .filter((area) => !area.isArchived)
                .map((area) => `${area.name} ${area.targetPct} %`)
                .join(", ")}
              ). Once you log, this page shows your actual shares over the last 7 and 28 days, the drift from each target, and what to rebalance.
            </p>
          </div>
          <div className="mt-4">{logButton("Log your first effort")}</div>
        </Card>
      ) : null}

      {hasEffort ? (
        <>
          <Card>
            <CardHeader title="Actual vs target" description="Share of the energy points you logged, per area." />
            <AllocationPanel windows={[portfolio.last7, portfolio.last28]} />
          </Card>
          <Card>
            <CardHeader title="Weekly trend" description={`Points per area in each of the last ${portfolio.trend.weeks.length} weeks (${weekSpanText(weekStart)}, your time zone).`} />
            <TrendPanel
              areas={portfolio.trend.areas}
              weeks={portfolio.trend.weeks.map((week) => ({ ...week, label: weekLabel.format(new Date(`${week.weekKey}T12:00:00Z`)) }))}
            />
          </Card>
        </>
      ) : null}

      <section id="odds" aria-labelledby="odds-title">
        <Card>
          <CardHeader id="odds-title" title="Odds of a yes" description="How long can you keep waiting? The chance that at least one open bet pays off by a date you pick (default: 30 days from today)." />
          <OddsPanel odds={odds} />
        </Card>
      </section>

      <Card>
        <CardHeader
          title="Open bets"
          description="Expected value (EV) is the shown probability × payoff. Ranked by EV per energy point it still needs (your estimate on the callback, else the kind's default): effort already spent is sunk, so logging it never pushes a bet down."
        />
        {portfolio.openBets === 0 ? (
          <div className="space-y-3 text-sm text-slate-600 dark:text-slate-400">
            <p>No open bets. Capture a callback — an application, a message, a launch — and its expected value shows here by area, ranked against the others.</p>
            <Link href={NEW_CALLBACK_PATH} className={buttonClasses("secondary", "sm")}>
              Capture a callback
            </Link>
          </div>
        ) : (
          <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,20rem)_minmax(0,1fr)]">
            <section aria-labelledby="ev-by-area" className="min-w-0">
              <h3 id="ev-by-area" className="mb-2 text-sm font-semibold">
                EV by area · {portfolio.openBets} open, total {portfolio.openExpectedValue.toFixed(1)}
              </h3>
              <ValueByArea values={portfolio.valueByArea} total={portfolio.openExpectedValue} />
            </section>
            <section aria-labelledby="ranked-bets" className="min-w-0">
              <h3 id="ranked-bets" className="mb-2 text-sm font-semibold">
                Best use of the next hour (top {portfolio.rankedBets.length})
              </h3>
              <RankedBets bets={portfolio.rankedBets} />
              <p className="mt-2 text-sm text-slate-600 dark:text-slate-400" data-testid="costs-the-others">
                {explainCostsTheOthers(portfolio.rankedBets) ?? "“Costs the others” is what the energy a bet still needs would earn on your best other bet instead."}
              </p>
            </section>
          </div>
        )}
      </Card>

      {hasEffort ? (
        <Card>
          <CardHeader title="Effort log" description="Newest first. Editing or deleting an entry tied to a callback changes that callback's effort too." />
          <EffortEntryList entries={toEffortRows(effort.entries, user.timeZone)} areas={areaOptions} timeZone={user.timeZone} />
          {effort.hasMore && take < EFFORT_LIST_MAX ? (
            <Link href={`${PORTFOLIO_PATH}?entries=${take + EFFORT_PAGE_SIZE * 2}`} scroll={false} className={`${buttonClasses("secondary", "sm")} mt-3`}>
              Show more entries
            </Link>
          ) : null}
        </Card>
      ) : null}
    </div>
  );
}
