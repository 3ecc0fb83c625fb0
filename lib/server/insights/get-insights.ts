import { getDb } from "@/lib/db";
import {
  type BaseRate,
  type CalibrationBucket,
  type UpdateVerdict,
  PAYOFF_BINS,
  baseRate,
  brierFromSum,
  calibrationBuckets,
  priorVsFinal,
  scoredStillNeeded,
} from "@/lib/domain/calibration";
import { type CallbackKind, CALLBACK_KINDS } from "@/lib/domain/kind-defaults";
import { type PowerLaw, powerLaw } from "@/lib/domain/review";
import type { Actor } from "@/lib/server/actor";
import { kthLargestValue, powerLawSums } from "@/lib/domain/aggregates";
import { Prisma } from "@/lib/generated/prisma/client";
import { readAggregates } from "@/lib/server/aggregates/read-aggregates";
import { type TopPayoffRow, topPayoffsSql } from "@/lib/server/insights/insights-sql";

export type Insights = {
  /** Scored callbacks: fulfilled, rejected or timed out (cancelled ones have no outcome). */
  scored: number;
  /** More needed before calibration is shown (0 when there are enough). */
  stillNeeded: number;
  buckets: CalibrationBucket[];
  /** Mean (p − o)² of the final forecasts, 0–1, null with nothing scored. */
  brier: number | null;
  /** The same score for the priors of the same callbacks. */
  priorBrier: number | null;
  updates: { improvement: number; verdict: UpdateVerdict } | null;
  byKind: ({ kind: CallbackKind; pending: number } & BaseRate)[];
  byArea: ({ areaId: string | null; name: string; color: string | null; pending: number } & BaseRate)[];
  payoffHistogram: { bin: number; expected: number; realised: number }[];
  powerLaw: PowerLaw;
  topPayoffs: { id: string; title: string; value: number }[];
};

type PendingRow = { kind: string; areaId: string | null; pending: number };
type AreaRow = { id: string; name: string; color: string; position: number };

/**
 * The insights page: calibration, Brier (final and prior), base rates, payoffs. Everything
 * all-time comes from the user's running totals (lib/server/aggregates: a few dozen rows); only
 * the open set (pending counts) and the top five payoffs (two LIMIT 5 index scans) touch
 * callbacks, so the page costs the same after twenty years as after one.
 */
export async function getInsights(actor: Pick<Actor, "id">): Promise<Insights> {
  const db = getDb();
  const aggregates = await readAggregates(actor.id);
  const lawSums = powerLawSums(aggregates.law);
  const fifth = kthLargestValue(aggregates.law, 5);
  const [pendingRows, areaRows, lawRows] = await Promise.all([
    db.$queryRaw<PendingRow[]>(Prisma.sql`
      SELECT kind::text AS kind, "areaId", COUNT(*)::int AS pending FROM "Callback"
      WHERE "userId" = ${actor.id} AND state = 'PENDING' GROUP BY kind, "areaId"`),
    db.$queryRaw<AreaRow[]>(Prisma.sql`SELECT id, name, color, position FROM "Area" WHERE "userId" = ${actor.id}`),
    fifth === null ? Promise.resolve([] as TopPayoffRow[]) : db.$queryRaw<TopPayoffRow[]>(topPayoffsSql(actor.id, fifth)),
  ]);

  const bucketRows = aggregates.bucket;
  const scored = bucketRows.reduce((sum, row) => sum + row.count, 0);
  const sq = bucketRows.reduce((sum, row) => sum + row.sumSq, 0);
  const priorSq = bucketRows.reduce((sum, row) => sum + row.sumPriorSq, 0);
  const brier = brierFromSum(sq, scored);
  const priorBrier = brierFromSum(priorSq, scored);
  const kinds = new Map(aggregates.kind.map((row) => [row.key, row]));
  const pendingByKind = new Map<string, number>();
  const pendingByArea = new Map<string, number>();
  const areas = new Map(areaRows.map((a) => [a.id, a]));
  // A key whose area no longer exists counts as "no area" (its callbacks' areaId was set null).
  const areaKey = (id: string | null) => (id && areas.has(id) ? id : "");
  for (const row of pendingRows) {
    pendingByKind.set(row.kind, (pendingByKind.get(row.kind) ?? 0) + row.pending);
    pendingByArea.set(areaKey(row.areaId), (pendingByArea.get(areaKey(row.areaId)) ?? 0) + row.pending);
  }
  const settledByArea = new Map<string, { settled: number; fulfilled: number }>();
  for (const row of aggregates.area) {
    const acc = settledByArea.get(areaKey(row.key || null)) ?? { settled: 0, fulfilled: 0 };
    settledByArea.set(areaKey(row.key || null), { settled: acc.settled + row.count, fulfilled: acc.fulfilled + row.hits });
  }
  const areaKeys = [...new Set([...settledByArea.keys(), ...pendingByArea.keys()])].sort((a, b) => {
    const x = areas.get(a);
    const y = areas.get(b);
    if (!x || !y) return x ? -1 : y ? 1 : 0;
    return x.position - y.position || x.name.localeCompare(y.name);
  });
  const expected = new Map(aggregates.payoff.map((row) => [Number(row.key), row.count]));
  const realised = new Map(aggregates.value.map((row) => [Number(row.key), row.count]));

  return {
    scored,
    stillNeeded: scoredStillNeeded(scored),
    buckets: calibrationBuckets(bucketRows.map((row) => ({ bucket: Number(row.key), count: row.count, hits: row.hits, sumP: row.sumP }))),
    brier,
    priorBrier,
    updates: brier !== null && priorBrier !== null ? priorVsFinal(priorBrier, brier) : null,
    byKind: CALLBACK_KINDS.map((kind) => {
      const row = kinds.get(kind);
      return { kind, pending: pendingByKind.get(kind) ?? 0, ...baseRate(row?.hits ?? 0, row?.count ?? 0) };
    }),
    byArea: areaKeys.map((key) => {
      const area = areas.get(key);
      const counts = settledByArea.get(key) ?? { settled: 0, fulfilled: 0 };
      return {
        areaId: area ? key : null,
        name: area ? area.name : "No area",
        color: area ? area.color : null,
        pending: pendingByArea.get(key) ?? 0,
        ...baseRate(counts.fulfilled, counts.settled),
      };
    }),
    payoffHistogram: Array.from({ length: PAYOFF_BINS }, (_, bin) => ({ bin, expected: expected.get(bin) ?? 0, realised: realised.get(bin) ?? 0 })),
    powerLaw: powerLaw(lawSums),
    topPayoffs: lawRows.map((row) => ({ id: row.id, title: row.title, value: Number(row.value) })),
  };
}
