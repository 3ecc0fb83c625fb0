import { bucketIndex, outcomeOf, payoffBin } from "@/lib/domain/calibration";
import type { CallbackState } from "@/lib/domain/callback-state";
import { topFifthCount } from "@/lib/domain/review";

/**
 * All-time aggregates of a user's settled callbacks, kept as running totals: every callback adds
 * its `contributions` (a handful of rows keyed by dimension and key), so a change to one callback
 * changes the totals by `aggregateDelta(before, after)` — no rescan of history. Dimensions:
 * - "kind" / "area" (key: the kind, the area id or "" for none): count = settled (fulfilled,
 *   rejected or timed out), hits = fulfilled — the base rates and the priors capture suggests.
 * - "bucket" (key "0"–"10"): the scored callbacks (settled with a forecast) per calibration
 *   bucket: count, hits, sum of p, Brier sums of the final forecasts and of the priors.
 * - "payoff" / "value" (key: bin "0"–"10"): the scored callbacks' payoff (hoped for) and value
 *   (produced) histograms.
 * - "law" (key: the value itself): count and sum per distinct value, enough for the exact power
 *   law (top fifth and top three sums) in O(distinct values).
 */
export type AggregateDim = "kind" | "area" | "bucket" | "payoff" | "value" | "law";

export type AggregateRow = { dim: AggregateDim; key: string; count: number; hits: number; sumP: number; sumSq: number; sumPriorSq: number; sumValue: number };

/** The columns of a callback the aggregates depend on. */
export type AggregateSource = {
  state: CallbackState;
  kind: string;
  areaId: string | null;
  probabilityAtSettlement: number | null;
  priorProbability: number;
  payoff: number;
  realisedPayoff: number | null;
};

const ZERO = { count: 0, hits: 0, sumP: 0, sumSq: 0, sumPriorSq: 0, sumValue: 0 };

/** What a settled callback produced: its realised payoff, else its payoff if fulfilled, else 0. */
export function valueOf(c: Pick<AggregateSource, "state" | "payoff" | "realisedPayoff">): number {
  return c.realisedPayoff ?? (c.state === "FULFILLED" ? c.payoff : 0);
}

/** The rows one callback adds to its user's aggregates (none while pending or cancelled). */
export function contributions(c: AggregateSource): AggregateRow[] {
  const outcome = outcomeOf(c.state);
  if (outcome === null) return [];
  const hits = outcome;
  const rows: AggregateRow[] = [
    { dim: "kind", key: c.kind, ...ZERO, count: 1, hits },
    { dim: "area", key: c.areaId ?? "", ...ZERO, count: 1, hits },
  ];
  const p = c.probabilityAtSettlement;
  if (p === null) return rows;
  const value = valueOf(c);
  rows.push(
    { dim: "bucket", key: String(bucketIndex(p)), count: 1, hits, sumP: p, sumSq: (p - outcome) ** 2, sumPriorSq: (c.priorProbability - outcome) ** 2, sumValue: 0 },
    { dim: "payoff", key: String(payoffBin(c.payoff)), ...ZERO, count: 1 },
    { dim: "value", key: String(payoffBin(value)), ...ZERO, count: 1 },
    { dim: "law", key: String(value), ...ZERO, count: 1, sumValue: value },
  );
  return rows;
}

const idOf = (row: Pick<AggregateRow, "dim" | "key">) => `${row.dim}\u0000${row.key}`;

/** Rows summed per (dim, key), in a stable order (dim, then key): the order rows are locked in. */
export function sumRows(rows: Iterable<AggregateRow>, sign = 1, into = new Map<string, AggregateRow>()): Map<string, AggregateRow> {
  for (const row of rows) {
    const id = idOf(row);
    const acc = into.get(id) ?? { dim: row.dim, key: row.key, ...ZERO };
    acc.count += sign * row.count;
    acc.hits += sign * row.hits;
    acc.sumP += sign * row.sumP;
    acc.sumSq += sign * row.sumSq;
    acc.sumPriorSq += sign * row.sumPriorSq;
    acc.sumValue += sign * row.sumValue;
    into.set(id, acc);
  }
  return into;
}

function sorted(map: Map<string, AggregateRow>): AggregateRow[] {
  return [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
}

/** The change to the aggregates when a callback goes from `before` to `after` (null: absent). */
export function aggregateDelta(before: AggregateSource | null, after: AggregateSource | null): AggregateRow[] {
  const map = sumRows(after ? contributions(after) : []);
  sumRows(before ? contributions(before) : [], -1, map);
  return sorted(map).filter((r) => r.count !== 0 || r.hits !== 0 || r.sumP !== 0 || r.sumSq !== 0 || r.sumPriorSq !== 0 || r.sumValue !== 0);
}

/** The aggregates of a whole history, from scratch (recompute, and the reference in tests). */
export function aggregatesOf(callbacks: Iterable<AggregateSource>): AggregateRow[] {
  const map = new Map<string, AggregateRow>();
  for (const c of callbacks) sumRows(contributions(c), 1, map);
  return sorted(map).filter((r) => r.count !== 0);
}

/** The power law's sums from the "law" rows (value → count): exact, in O(distinct values). */
export function powerLawSums(lawRows: readonly Pick<AggregateRow, "key" | "count" | "sumValue">[]): { count: number; total: number; topFifthSum: number; topThreeSum: number } {
  const rows = lawRows.filter((r) => r.count > 0).map((r) => ({ value: Number(r.key), count: r.count })).sort((a, b) => b.value - a.value);
  const count = rows.reduce((s, r) => s + r.count, 0);
  const topSum = (k: number) => {
    let left = k;
    let sum = 0;
    for (const r of rows) {
      if (left <= 0) break;
      const take = Math.min(left, r.count);
      sum += take * r.value;
      left -= take;
    }
    return sum;
  };
  // The total from value × count, not the running sumValue: exact however often rows changed.
  return { count, total: topSum(count), topFifthSum: topSum(topFifthCount(count)), topThreeSum: topSum(3) };
}

/** The smallest value among the top `k` (null when nothing produced value): a bound for the top-k query. */
export function kthLargestValue(lawRows: readonly Pick<AggregateRow, "key" | "count">[], k: number): number | null {
  const rows = lawRows.filter((r) => r.count > 0 && Number(r.key) > 0).map((r) => ({ value: Number(r.key), count: r.count })).sort((a, b) => b.value - a.value);
  let left = k;
  let last: number | null = null;
  for (const r of rows) {
    last = r.value;
    left -= r.count;
    if (left <= 0) break;
  }
  return last;
}
