import { getDb } from "@/lib/db";
import { addDaysToKey } from "@/lib/domain/day-keys";
import { kindPlural, kindSingular } from "@/lib/domain/kinds";
import {
  DEFAULT_ODDS_HORIZON_DAYS,
  oddsDeadlineForDay,
  portfolioOdds,
  portfolioOddsSeries,
  type OddsBet,
  type OddsSeriesPoint,
  type OddsSummary,
} from "@/lib/domain/portfolio-odds";
import { applySilenceWithModel, replyModelSource, type ReplyModelSource } from "@/lib/domain/reply-curve";
import { dayKeyInZone } from "@/lib/domain/time";
import type { Actor } from "@/lib/server/actor";
import { getReplyModels } from "@/lib/server/learning/get-reply-models";
import { callbackKindKey, listKinds } from "@/lib/server/kinds/list-kinds";

const MS_PER_DAY = 86_400_000;

export type PortfolioOddsResult = {
  /** the day the odds are "by" (its end, in the user's zone), YYYY-MM-DD */
  by: string;
  overall: OddsSummary;
  byArea: (OddsSummary & { areaId: string | null; name: string; color: string | null })[];
  byKind: (OddsSummary & { kind: string; name: string; one: string; other: string; curve: ReplyModelSource })[];
  /** the overall chance by the end of each of the next 90 days (only with `withSeries`) */
  series: OddsSeriesPoint[] | null;
};

/** "by" when none is picked: today + 30 days in the user's zone. */
export function defaultOddsDay(now: Date, zone: string): string {
  return addDaysToKey(dayKeyInZone(now, zone), DEFAULT_ODDS_HORIZON_DAYS);
}

/**
 * The chance that at least one open (pending) bet pays off by the end of day `by` (YYYY-MM-DD in
 * the user's zone; default today + 30), overall, per area and per kind, with expected yeses
 * (lib/domain/portfolio-odds.ts; bets assumed independent). Each bet's chance uses its shown
 * probability and its kind's reply model: the user's own curve once it has ≥ 8 replies, else the
 * kind's default median. Three queries (kinds, the reply history, the open bets).
 */
export async function getPortfolioOdds(actor: Actor, now: Date, options: { by?: string; withSeries?: boolean } = {}): Promise<PortfolioOddsResult> {
  const by = options.by ?? defaultOddsDay(now, actor.timeZone);
  const kinds = await listKinds(actor.id, { includeArchived: true });
  const [models, open] = await Promise.all([
    getReplyModels(actor.id, kinds, now),
    getDb().callback.findMany({
      where: { userId: actor.id, state: "PENDING" },
      select: { id: true, kind: true, customKindId: true, areaId: true, probability: true, lastContactAt: true, area: { select: { name: true, color: true } } },
      orderBy: [{ startedAt: "asc" }, { id: "asc" }],
    }),
  ]);
  const areaInfo = new Map<string | null, { name: string; color: string | null }>([[null, { name: "No area", color: null }]]);
  const bets: OddsBet[] = open.map((row) => {
    const key = callbackKindKey(row, kinds);
    const model = models.get(key)?.model ?? models.get("OTHER")!.model;
    if (row.area) areaInfo.set(row.areaId, row.area);
    const silence = Math.max(0, (now.getTime() - row.lastContactAt.getTime()) / MS_PER_DAY);
    return { areaId: row.areaId, kind: key, probability: applySilenceWithModel(row.probability, silence, model), lastContactAt: row.lastContactAt, model };
  });
  const odds = portfolioOdds(bets, { now, by: oddsDeadlineForDay(by, actor.timeZone) });
  const kindByKey = new Map(kinds.map((kind) => [kind.key, kind]));
  return {
    by,
    overall: odds.overall,
    byArea: odds.byArea.map((area) => ({ ...area, ...(areaInfo.get(area.areaId) ?? { name: "Area", color: null }) })),
    byKind: odds.byKind.map((entry) => {
      const kind = kindByKey.get(entry.kind);
      const name = kind?.name ?? entry.kind;
      const model = models.get(entry.kind)?.model;
      return {
        ...entry,
        name,
        one: kindSingular(entry.kind, name),
        other: kindPlural(entry.kind, name),
        curve: model ? replyModelSource(model) : { source: "default" as const },
      };
    }),
    series: options.withSeries ? portfolioOddsSeries(bets, { now, zone: actor.timeZone }) : null,
  };
}
