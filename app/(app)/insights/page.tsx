import type { Metadata } from "next";
import { BaseRates } from "@/components/insights/base-rates";
import { BrierCard } from "@/components/insights/brier-card";
import { CalibrationSection } from "@/components/insights/calibration-section";
import { NeedsMore } from "@/components/insights/needs-more";
import { PayoffsSection } from "@/components/insights/payoffs-section";
import { ReplyCurvesSection } from "@/components/insights/reply-curves-section";
import { requireUser } from "@/lib/auth";
import { getInsights } from "@/lib/server/insights/get-insights";
import { listReplyCurves } from "@/lib/server/learning/list-reply-curves";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Insights" };

/** Calibration, Brier (final and prior), base rates per kind and area, payoffs and the power law. */
export default async function InsightsPage() {
  const user = await requireUser("/insights");
  const [insights, replyCurves] = await Promise.all([getInsights(user), listReplyCurves(user, new Date())]);
  const hasEnough = insights.stillNeeded === 0 && insights.brier !== null && insights.priorBrier !== null && insights.updates !== null;

  return (
    <div className="space-y-6">
      <PageHeader
        title="Insights"
        description="How well your probabilities match what happened, how often each kind of bet pays off, and which few bets produced the value."
      />
      {hasEnough ? (
        <>
          <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
            <CalibrationSection buckets={insights.buckets} scored={insights.scored} />
            <BrierCard brier={insights.brier!} count={insights.scored} priorBrier={insights.priorBrier!} verdict={insights.updates!.verdict} />
          </div>
          <BaseRates byKind={insights.byKind} byArea={insights.byArea} />
          <PayoffsSection payoffHistogram={insights.payoffHistogram} powerLaw={insights.powerLaw} topPayoffs={insights.topPayoffs} />
          <ReplyCurvesSection curves={replyCurves} />
        </>
      ) : (
        <>
          <NeedsMore scored={insights.scored} stillNeeded={insights.stillNeeded} />
          {insights.scored > 0 ? <BaseRates byKind={insights.byKind} byArea={insights.byArea} /> : null}
          <ReplyCurvesSection curves={replyCurves} />
        </>
      )}
    </div>
  );
}
