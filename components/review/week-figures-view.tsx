import Link from "next/link";
import { formatAmount, formatDateTime } from "@/components/callbacks/format";
import { LazyLoadTrendChart } from "@/components/charts/lazy-load-trend-chart";
import { Card, CardHeader } from "@/components/ui/card";
import { describeBrier } from "@/lib/domain/calibration";
import { type WeekFigures, describePowerLaw, loadChange, topBetsLabel } from "@/lib/domain/review";
import { formatBrier, formatDelta, formatShare } from "./format";
import { TopPayoffsList } from "./top-payoffs-list";

function Stat({ label, value, detail }: { label: string; value: React.ReactNode; detail?: React.ReactNode }) {
  return (
    <div className="rounded-xl bg-slate-50 px-4 py-3 dark:bg-slate-800/60">
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tabular-nums">{value}</dd>
      {detail ? <dd className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">{detail}</dd> : null}
    </div>
  );
}

const muted = "text-sm text-slate-600 dark:text-slate-400";

/** Every figure of one week's review, from live data or a snapshot (the same JSON shape). */
export function WeekFiguresView({ figures }: { figures: WeekFigures }) {
  const { settled, hitRate, brier, allocation, load, commitments, payoffs } = figures;
  const settledTotal = settled.fulfilled + settled.rejected + settled.timedOut + settled.cancelled;
  const change = loadChange(load.points);
  const zone = figures.timeZone;

  return (
    <div className="space-y-6">
      <Card>
        <CardHeader title="Bets and outcomes" id="outcomes" />
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <Stat label="Bets started" value={figures.started} />
          <Stat
            label="Settled"
            value={settledTotal}
            detail={`${settled.fulfilled} fulfilled · ${settled.rejected} rejected · ${settled.timedOut} timed out · ${settled.cancelled} cancelled`}
          />
          <Stat
            label="Hit rate"
            value={formatShare(hitRate.rate)}
            detail={
              hitRate.scored > 0
                ? `${hitRate.hits} of ${hitRate.scored} came true; your forecasts expected ${formatAmount(hitRate.expected)} (${formatShare(hitRate.expectedRate)})`
                : "Nothing settled with an outcome this week"
            }
          />
          <Stat
            label="Brier score"
            value={formatBrier(brier.week)}
            detail={
              brier.runningCount === 0
                ? "No forecasts scored yet"
                : `This week over ${brier.weekCount}; running ${formatBrier(brier.running)} over ${brier.runningCount}`
            }
          />
        </dl>
        <p className={`mt-4 ${muted}`}>
          Brier score in PredictionBook&apos;s form: the mean of (p − o)² from 0 to 1, where 0 is perfect and 0.25 is always saying 50%.
          {brier.week !== null ? ` This week reads as ${describeBrier(brier.week, brier.weekCount)}.` : ""}{" "}
          <Link href="/insights" className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-100">
            See your calibration
          </Link>
        </p>
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader title="Energy: actual vs target" id="allocation" description={`${formatAmount(figures.effortPoints)} effort points logged this week.`} />
          {allocation.length === 0 ? (
            <p className={muted}>No areas yet. Add areas and targets in Settings, then log effort on the Portfolio page.</p>
          ) : figures.effortPoints === 0 ? (
            <p className={muted}>
              No effort was logged this week, so there is no share to compare with your targets. Log effort from{" "}
              <Link href="/portfolio" className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-100">
                the portfolio
              </Link>
              , a callback&apos;s page or Today.
            </p>
          ) : (
            <ul className="space-y-3">
              {allocation.map((area) => (
                <li key={area.id}>
                  <div className="flex items-baseline justify-between gap-2 text-sm">
                    <span className="flex items-center gap-2 font-medium">
                      <span aria-hidden="true" className="inline-block size-2.5 rounded-full" style={{ backgroundColor: area.color }} />
                      {area.name}
                    </span>
                    <span className="tabular-nums text-slate-600 dark:text-slate-400">
                      {Math.round(area.actualPct)}% of {area.targetPct}% target{" "}
                      <span className={Math.abs(area.driftPp) >= 10 ? "font-semibold text-amber-700 dark:text-amber-300" : ""}>
                        ({formatDelta(Math.round(area.driftPp))} pp)
                      </span>
                    </span>
                  </div>
                  <div className="relative mt-1 h-2 rounded-full bg-slate-100 dark:bg-slate-800" aria-hidden="true">
                    <div className="h-2 rounded-full" style={{ width: `${Math.min(100, area.actualPct)}%`, backgroundColor: area.color }} />
                    <div className="absolute -top-0.5 h-3 w-0.5 bg-slate-900 dark:bg-slate-100" style={{ left: `${Math.min(100, area.targetPct)}%` }} />
                  </div>
                </li>
              ))}
            </ul>
          )}
        </Card>

        <Card>
          <CardHeader
            title="Load trend"
            id="load"
            description={
              load.points.length === 0
                ? "The week hasn't started yet."
                : `Load at the end of each day against your capacity of ${load.capacity}${change === null ? "." : `; ${formatDelta(change, 1)} over the week.`}`
            }
          />
          {load.points.length > 0 ? (
            <>
              <LazyLoadTrendChart points={load.points} capacity={load.capacity} />
              <ol className="sr-only">
                {load.points.map((point) => (
                  <li key={point.day}>
                    {point.day}: load {formatAmount(point.load)} ({point.level})
                  </li>
                ))}
              </ol>
            </>
          ) : null}
        </Card>
      </div>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader title="The power law" id="payoffs" description={describePowerLaw(payoffs.law)} />
          {payoffs.top.length === 0 ? (
            <p className={muted}>Value is the realised payoff you record when settling (a fulfilled bet without one counts its payoff).</p>
          ) : (
            <>
              <TopPayoffsList items={payoffs.top} />
              <p className={`mt-3 ${muted}`}>
                {topBetsLabel(payoffs.top.length)} produced {formatShare(payoffs.law.topThreeShare)} of {formatAmount(payoffs.law.total)} points of value.
              </p>
            </>
          )}
        </Card>

        <Card>
          <CardHeader title="Commitments" id="commitments" />
          {commitments.kept.length + commitments.broken.length + commitments.overrides.count === 0 ? (
            <p className={muted}>
              No commitment ended this week and the focus guard wasn&apos;t overridden.{" "}
              <Link href="/commitments" className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-100">
                Block on something
              </Link>
            </p>
          ) : (
            <div className="space-y-3 text-sm">
              {commitments.kept.length > 0 ? (
                <p>
                  <span className="font-semibold text-emerald-700 dark:text-emerald-300">Kept:</span> {commitments.kept.map((c) => c.title).join(", ")}
                </p>
              ) : null}
              {commitments.broken.length > 0 ? (
                <p>
                  <span className="font-semibold text-red-700 dark:text-red-300">Broken:</span> {commitments.broken.map((c) => c.title).join(", ")}
                </p>
              ) : null}
              <div>
                <p className="font-semibold">Focus-guard overrides: {commitments.overrides.count}</p>
                {commitments.overrides.items.length > 0 ? (
                  <ul className="mt-1 space-y-1 text-slate-600 dark:text-slate-400">
                    {commitments.overrides.items.map((o) => (
                      <li key={`${o.at}-${o.callbackTitle}`}>
                        {formatDateTime(new Date(o.at), zone)}: started “{o.callbackTitle}” while blocking on {quotedList(o.commitmentTitles ?? [o.commitmentTitle])}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </div>
            </div>
          )}
        </Card>
      </div>
    </div>
  );
}

/** “A”, “A” and “B”, “A”, “B” and “C”. */
function quotedList(titles: readonly string[]): string {
  const quoted = titles.map((title) => `“${title}”`);
  return quoted.length <= 1 ? (quoted[0] ?? "") : `${quoted.slice(0, -1).join(", ")} and ${quoted.at(-1)}`;
}
