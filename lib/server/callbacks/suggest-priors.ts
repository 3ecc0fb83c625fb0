import { type PriorSuggestion, suggestPriorFromCounts } from "@/lib/domain/base-rate";
import { CALLBACK_KINDS, type CallbackKind } from "@/lib/domain/kind-defaults";
import type { AggregateRow } from "@/lib/domain/aggregates";
import { readAggregates } from "@/lib/server/aggregates/read-aggregates";

/**
 * The prior to suggest for a new callback of each kind: the user's own base rate shrunk toward
 * the kind's default prior (k = 4, see shrunkBaseRate) once any of that kind settled, else the
 * default. The counts come from the user's running totals per kind (lib/server/aggregates), six
 * rows whatever the history's size.
 */
export async function suggestPriors(
  userId: string,
  defaultPriors: Record<CallbackKind, { defaultPrior: number }>,
): Promise<Record<CallbackKind, PriorSuggestion>> {
  return priorsFromTotals((await readAggregates(userId, ["kind"])).kind, defaultPriors);
}

/** The suggestions from the per-kind totals already read (capture reads them with its other reads). */
export function priorsFromTotals(
  rows: readonly Pick<AggregateRow, "key" | "count" | "hits">[],
  defaultPriors: Record<CallbackKind, { defaultPrior: number }>,
): Record<CallbackKind, PriorSuggestion> {
  const counts = new Map(rows.map((row) => [row.key, { fulfilled: row.hits, settled: row.count }]));
  const entries = CALLBACK_KINDS.map((kind) => {
    const count = counts.get(kind) ?? { fulfilled: 0, settled: 0 };
    return [kind, suggestPriorFromCounts({ ...count, defaultPrior: defaultPriors[kind].defaultPrior })] as const;
  });
  return Object.fromEntries(entries) as Record<CallbackKind, PriorSuggestion>;
}
