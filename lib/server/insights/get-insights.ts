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
import type { PowerLawRow } from "@/lib/server/insights/calibration-sql";
import {
  type AreaRateRow,
  type BucketRow,
  type KindRateRow,
  type PayoffBinRow,
  allTimePowerLawSql,
  baseRatesByAreaSql,
  baseRatesByKindSql,
  calibrationSql,
  payoffHistogramSql,
} from "@/lib/server/insights/insights-sql";

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

/** The insights page: calibration, Brier (final and prior), base rates, payoffs — five grouped SQL queries. */
export async function getInsights(actor: Pick<Actor, "id">): Promise<Insights> {
  const db = getDb();
  const [bucketRows, kindRows, areaRows, binRows, lawRows] = await Promise.all([
    db.$queryRaw<BucketRow[]>(calibrationSql(actor.id)),
    db.$queryRaw<KindRateRow[]>(baseRatesByKindSql(actor.id)),
    db.$queryRaw<AreaRateRow[]>(baseRatesByAreaSql(actor.id)),
    db.$queryRaw<PayoffBinRow[]>(payoffHistogramSql(actor.id)),
    db.$queryRaw<PowerLawRow[]>(allTimePowerLawSql(actor.id)),
  ]);

  const scored = bucketRows.reduce((sum, row) => sum + row.count, 0);
  const sq = bucketRows.reduce((sum, row) => sum + row.sq, 0);
  const priorSq = bucketRows.reduce((sum, row) => sum + row.prior_sq, 0);
  const brier = brierFromSum(sq, scored);
  const priorBrier = brierFromSum(priorSq, scored);
  const kinds = new Map(kindRows.map((row) => [row.kind, row]));
  const bins = new Map(binRows.map((row) => [row.bin, row]));
  const head = lawRows[0];

  return {
    scored,
    stillNeeded: scoredStillNeeded(scored),
    buckets: calibrationBuckets(bucketRows.map((row) => ({ bucket: row.bucket, count: row.count, hits: row.hits, sumP: row.sum_p }))),
    brier,
    priorBrier,
    updates: brier !== null && priorBrier !== null ? priorVsFinal(priorBrier, brier) : null,
    byKind: CALLBACK_KINDS.map((kind) => {
      const row = kinds.get(kind);
      return { kind, pending: row?.pending ?? 0, ...baseRate(row?.fulfilled ?? 0, row?.settled ?? 0) };
    }),
    byArea: areaRows.map((row) => ({
      areaId: row.areaId,
      name: row.areaId === null ? "No area" : (row.name ?? "Unknown area"),
      color: row.color,
      pending: row.pending,
      ...baseRate(row.fulfilled, row.settled),
    })),
    payoffHistogram: Array.from({ length: PAYOFF_BINS }, (_, bin) => ({ bin, expected: bins.get(bin)?.expected ?? 0, realised: bins.get(bin)?.realised ?? 0 })),
    powerLaw: powerLaw({ count: head?.n ?? 0, total: head?.total ?? 0, topFifthSum: head?.top_fifth ?? 0, topThreeSum: head?.top_three ?? 0 }),
    topPayoffs: lawRows.filter((row) => row.id !== null).map((row) => ({ id: row.id!, title: row.title ?? "", value: Number(row.value) })),
  };
}
