import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { type AggregateSource, aggregateDelta, aggregatesOf, kthLargestValue, powerLawSums } from "@/lib/domain/aggregates";
import { powerLaw, powerLawFromValues } from "@/lib/domain/review";

const source: fc.Arbitrary<AggregateSource> = fc.record({
  state: fc.constantFrom("PENDING", "FULFILLED", "REJECTED", "TIMED_OUT", "CANCELLED"),
  kind: fc.constantFrom("OTHER", "HEALTH"),
  areaId: fc.option(fc.constantFrom("a", "b")),
  probabilityAtSettlement: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
  priorProbability: fc.double({ min: 0.01, max: 0.99, noNaN: true }),
  payoff: fc.integer({ min: 1, max: 10 }),
  realisedPayoff: fc.option(fc.integer({ min: 0, max: 10 })),
});

describe("[domain] all-time aggregates", () => {
  test("the power law from the value histogram equals the one from every value", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 60 }), (values) => {
        const law = aggregatesOf(values.map((v) => ({ state: "REJECTED", kind: "OTHER", areaId: null, probabilityAtSettlement: 0.5, priorProbability: 0.5, payoff: 3, realisedPayoff: v })));
        expect(powerLaw(powerLawSums(law.filter((row) => row.dim === "law")))).toEqual(powerLawFromValues(values));
      }),
    );
  });

  test("adding deltas over any sequence of changes lands on the totals of the final rows", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(4), fc.option(source)), { maxLength: 30 }), (changes) => {
        const rows: (AggregateSource | null)[] = [null, null, null, null, null];
        const totals = new Map<string, number>();
        for (const [i, next] of changes) {
          for (const d of aggregateDelta(rows[i]!, next)) totals.set(`${d.dim}:${d.key}`, (totals.get(`${d.dim}:${d.key}`) ?? 0) + d.count);
          rows[i] = next;
        }
        const expected = aggregatesOf(rows.filter((r): r is AggregateSource => r !== null));
        for (const row of expected) expect(totals.get(`${row.dim}:${row.key}`)).toBe(row.count);
        expect([...totals.values()].reduce((s, n) => s + n, 0)).toBe(expected.reduce((s, r) => s + r.count, 0));
      }),
    );
  });

  test("the fifth-largest value bounds the top-five query", () => {
    expect(kthLargestValue([{ key: "10", count: 2 }, { key: "4", count: 9 }, { key: "0", count: 3 }], 5)).toBe(4);
    expect(kthLargestValue([{ key: "0", count: 3 }], 5)).toBeNull();
  });
});
