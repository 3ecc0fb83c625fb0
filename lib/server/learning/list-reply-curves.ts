import { kindPlural } from "@/lib/domain/kinds";
import { describeReplySource, describeSilentYeses, silentYesShare } from "@/lib/domain/reply-curve";
import { survivalChartPoints, thinChartPoints } from "@/lib/domain/survival";
import type { Actor } from "@/lib/server/actor";
import { getReplyModels } from "@/lib/server/learning/get-reply-models";
import { listKinds } from "@/lib/server/kinds/list-kinds";

/** Chart numbers to a useful precision (less to send). */
const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** A kind's reply-time curve as Insights shows it. */
export type ReplyCurveView = {
  key: string;
  name: string;
  source: "history" | "default";
  /** "from 23 of your replies" / "default for job applications" */
  sourceText: string;
  /** median reply time of the curve in use, days */
  medianDays: number;
  events: number;
  censored: number;
  /** the Kaplan–Meier steps in percent, with the 95 % band (empty with no replies yet) */
  points: { days: number; silent: number; band: [number, number] }[];
  /** "After 14 days of silence, 12 % of your eventual yeses had still not replied (2 of 17)." */
  silentYesText: string;
};

/**
 * Every kind with any history (a reply, or a bet still waiting or ended without one): its
 * Kaplan–Meier curve, the model silence decay uses, and the share of eventual yeses still silent
 * after the kind's expected reply time. Kinds with no bets at all are left out.
 */
export async function listReplyCurves(actor: Actor, now: Date): Promise<ReplyCurveView[]> {
  const kinds = await listKinds(actor.id, { includeArchived: true });
  const curves = await getReplyModels(actor.id, kinds, now);
  const views: ReplyCurveView[] = [];
  for (const kind of kinds) {
    const entry = curves.get(kind.key)!;
    if (entry.curve.observations === 0) continue;
    const afterDays = Math.round(entry.model.source === "history" ? entry.model.medianDays : kind.expectedReplyDays);
    views.push({
      key: kind.key,
      name: kind.name,
      source: entry.model.source,
      sourceText: describeReplySource(entry.model, kindPlural(kind.key, kind.name)),
      medianDays: entry.model.medianDays,
      events: entry.curve.events,
      censored: entry.curve.censored,
      points: entry.curve.events > 0
        ? thinChartPoints(survivalChartPoints(entry.curve)).map((point) => ({
            days: round(point.timeDays, 3),
            silent: round(point.survival * 100, 2),
            band: [round(point.lower * 100, 2), round(point.upper * 100, 2)] as [number, number],
          }))
        : [],
      silentYesText: describeSilentYeses(silentYesShare(entry.yesReplyDays, afterDays)),
    });
  }
  return views;
}
