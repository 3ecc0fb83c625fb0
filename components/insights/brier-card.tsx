import { formatBrier } from "@/components/review/format";
import { Card, CardHeader } from "@/components/ui/card";
import { MIN_FORECASTS_FOR_UPDATE_VERDICT, type UpdateVerdict, describeBrier } from "@/lib/domain/calibration";

const VERDICT: Record<UpdateVerdict, string> = {
  helped: "Yes: your updates moved forecasts toward what happened.",
  hurt: "No: your priors scored better than your final forecasts. Evidence may be moving you too far.",
  "no-change": "About the same: your updates neither helped nor hurt.",
};

/** The Brier score (PredictionBook's form) and "did your updates help?" (prior vs final on the same callbacks). */
export function BrierCard({ brier, count, priorBrier, verdict }: { brier: number; count: number; priorBrier: number; verdict: UpdateVerdict }) {
  return (
    <Card>
      <CardHeader title="Brier score" id="brier" />
      <p className="text-4xl font-semibold tabular-nums">{formatBrier(brier)}</p>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{describeBrier(brier, count)}</p>
      <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
        PredictionBook&apos;s form: the mean of (p − o)², where p is the probability you showed when the callback settled and o is 1 for a
        yes, 0 for a no. It runs from 0 to 1: 0 is perfect, 0.25 is always saying 50%.
      </p>
      <h3 className="mt-5 text-sm font-semibold">Did your updates help?</h3>
      <dl className="mt-2 grid grid-cols-2 gap-3 text-sm">
        <div className="rounded-xl bg-slate-50 px-3 py-2 dark:bg-slate-800/60">
          <dt className="text-xs text-slate-500 dark:text-slate-400">Priors (at capture)</dt>
          <dd className="text-lg font-semibold tabular-nums">{formatBrier(priorBrier)}</dd>
        </div>
        <div className="rounded-xl bg-slate-50 px-3 py-2 dark:bg-slate-800/60">
          <dt className="text-xs text-slate-500 dark:text-slate-400">Final (at settlement)</dt>
          <dd className="text-lg font-semibold tabular-nums">{formatBrier(brier)}</dd>
        </div>
      </dl>
      <p className="mt-2 text-sm">
        {count < MIN_FORECASTS_FOR_UPDATE_VERDICT ? (
          <>
            <span className="font-medium">Small sample ({count} forecasts):</span> so far, {VERDICT[verdict].charAt(0).toLowerCase()}
            {VERDICT[verdict].slice(1)} It can take {MIN_FORECASTS_FOR_UPDATE_VERDICT} or more settled callbacks before this means much.
          </>
        ) : (
          VERDICT[verdict]
        )}
      </p>
    </Card>
  );
}
