import { LazyReplyCurveChart } from "@/components/charts/lazy-reply-curve-chart";
import { Card, CardHeader } from "@/components/ui/card";
import type { ReplyCurveView } from "@/lib/server/learning/list-reply-curves";

function days(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return `${rounded} day${rounded === 1 ? "" : "s"}`;
}

/** Each kind's reply-time curve: how long the other side took to answer, from your own history. */
export function ReplyCurvesSection({ curves }: { curves: ReplyCurveView[] }) {
  return (
    <Card>
      <CardHeader
        title="How long replies take"
        description="For each kind, the share of your bets still without a reply after each number of days of silence (Kaplan–Meier; bets still waiting, timed out or cancelled count as silent as long as they were watched), with its 95 % band. From 8 replies on, this curve, not the kind's default, sets how fast silence lowers the odds."
      />
      {curves.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No bets yet. Once some get a reply, their curves show here.</p>
      ) : (
        <div className="grid gap-6 md:grid-cols-2">
          {curves.map((curve) => (
            <section key={curve.key} aria-labelledby={`curve-${curve.key}`} className="space-y-2">
              <h3 id={`curve-${curve.key}`} className="font-medium">
                {curve.name}
              </h3>
              <p className="text-sm text-slate-600 dark:text-slate-400">
                Median reply {days(curve.medianDays)}, {curve.sourceText}. {curve.events} {curve.events === 1 ? "reply" : "replies"}, {curve.censored} without one.
              </p>
              {curve.points.length > 0 ? (
                <LazyReplyCurveChart points={curve.points} label={`${curve.name}: share still silent by days of silence, median ${days(curve.medianDays)}.`} />
              ) : (
                <p className="text-sm text-slate-600 dark:text-slate-400">No replies yet, so no curve: the default median applies.</p>
              )}
              <p className="text-sm font-medium">{curve.silentYesText}</p>
            </section>
          ))}
        </div>
      )}
    </Card>
  );
}
