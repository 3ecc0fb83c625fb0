import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { brierScore, bucketForecasts, bucketIndex } from "@/lib/domain/calibration";
import { powerLawFromValues } from "@/lib/domain/review";
import { Prisma } from "@/lib/generated/prisma/client";
import { bucketSql } from "@/lib/server/insights/calibration-sql";
import { getInsights } from "@/lib/server/insights/get-insights";
import { BEFORE_SETTLE, insertScored } from "./helpers";
import { insertCallback } from "../callbacks/helpers";
import { createTestUser } from "../factories";

describe("the SQL grouping agrees with the domain", () => {
  const EDGES = [0, 0.0499, 0.05, 0.1, 0.149, 0.15, 0.25, 0.35, 0.45, 0.5, 0.55, 0.65, 0.7 - 0.05, 0.75, 0.85, 0.9499, 0.95, 1, 0.15 * 3, 0.1 + 0.2, 0.3 * 0.5];

  test("bucket of every edge probability (5% → 10%, 15% → 20%, 95% → 100%)", async () => {
    const rows = await getDb().$queryRaw<{ i: number; bucket: number }[]>(Prisma.sql`
      SELECT v.i, ${bucketSql(Prisma.sql`v.p`)} AS bucket
      FROM (VALUES ${Prisma.join(EDGES.map((p, i) => Prisma.sql`(${i}::int, ${p}::float8)`))}) AS v(i, p) ORDER BY v.i`);
    expect(rows.map((r) => r.bucket)).toEqual(EDGES.map(bucketIndex));
    expect(rows[2]!.bucket).toBe(1);
    expect(rows[5]!.bucket).toBe(2);
    expect(rows[16]!.bucket).toBe(10);
  });

  test("the same callbacks through SQL and the domain give the same buckets, Brier and power law", async () => {
    const user = await createTestUser();
    const forecasts = EDGES.map((p, i) => ({ p, outcome: (i % 3 === 0 ? 1 : 0) as 0 | 1, value: i % 3 === 0 ? (i % 7) + 1 : 0 }));
    for (const [i, f] of forecasts.entries()) {
      await insertScored(user, { p: f.p, state: f.outcome === 1 ? "FULFILLED" : i % 2 ? "REJECTED" : "TIMED_OUT", realisedPayoff: f.value, prior: 0.5 });
    }
    const insights = await getInsights(user);
    const expected = bucketForecasts(forecasts);
    expect(insights.buckets.map((b) => [b.index, b.count, b.hits])).toEqual(expected.map((b) => [b.index, b.count, b.hits]));
    for (const [i, bucket] of insights.buckets.entries()) {
      if (bucket.meanP === null) expect(expected[i]!.meanP).toBeNull();
      else expect(Math.abs(bucket.meanP - expected[i]!.meanP!)).toBeLessThan(1e-9);
    }
    expect(Math.abs(insights.brier! - brierScore(forecasts)!)).toBeLessThan(1e-9);
    expect(Math.abs(insights.priorBrier! - brierScore(forecasts.map((f) => ({ ...f, p: 0.5 })))!)).toBeLessThan(1e-9);
    const law = powerLawFromValues(forecasts.map((f) => f.value));
    expect(insights.powerLaw.count).toBe(law.count);
    expect(insights.powerLaw.total).toBeCloseTo(law.total, 9);
    expect(insights.powerLaw.topFifthShare).toBeCloseTo(law.topFifthShare!, 9);
    expect(insights.powerLaw.topThreeShare).toBeCloseTo(law.topThreeShare!, 9);
  });
});

describe("insights", () => {
  test("fewer than 5 scored: says how many more are needed; cancelled and pending don't count", async () => {
    const user = await createTestUser();
    await insertScored(user, { p: 0.7, state: "FULFILLED" });
    await insertScored(user, { p: 0.2, state: "REJECTED" });
    await insertCallback(user, { state: "CANCELLED", settledAt: BEFORE_SETTLE, probabilityAtSettlement: 0.4 });
    await insertCallback(user, {});
    const insights = await getInsights(user);
    expect(insights.scored).toBe(2);
    expect(insights.stillNeeded).toBe(3);
  });

  test("calibration, prior vs final, base rates per kind and area, payoff histogram", async () => {
    const user = await createTestUser();
    const area = await getDb().area.create({ data: { userId: user.id, name: "Networking", color: "#db2777", targetPct: 100, position: 0 } });
    // Priors 0.5 everywhere; the final forecasts moved toward the outcome, so updates helped.
    await insertScored(user, { p: 0.9, prior: 0.5, state: "FULFILLED", kind: "JOB_APPLICATION", areaId: area.id, payoff: 8, realisedPayoff: 10 });
    await insertScored(user, { p: 0.8, prior: 0.5, state: "FULFILLED", kind: "JOB_APPLICATION", payoff: 3 });
    await insertScored(user, { p: 0.1, prior: 0.5, state: "REJECTED", kind: "JOB_APPLICATION", payoff: 5 });
    await insertScored(user, { p: 0.2, prior: 0.5, state: "TIMED_OUT", kind: "NETWORKING_MESSAGE", areaId: area.id, payoff: 2 });
    await insertScored(user, { p: 0.15, prior: 0.5, state: "REJECTED", kind: "NETWORKING_MESSAGE", areaId: area.id, payoff: 2 });
    await insertCallback(user, { kind: "NETWORKING_MESSAGE", areaId: area.id });

    const insights = await getInsights(user);
    expect(insights.scored).toBe(5);
    expect(insights.stillNeeded).toBe(0);
    expect(insights.brier).toBeCloseTo((0.01 + 0.04 + 0.01 + 0.04 + 0.0225) / 5, 12);
    expect(insights.priorBrier).toBeCloseTo(0.25, 12);
    expect(insights.updates?.verdict).toBe("helped");
    expect(insights.buckets.map((b) => b.count)).toEqual([0, 1, 2, 0, 0, 0, 0, 0, 1, 1, 0]);
    expect(insights.buckets[2]).toMatchObject({ hits: 0, observed: 0 });
    expect(insights.buckets[2]!.interval!.high).toBeGreaterThan(0.5);

    const job = insights.byKind.find((k) => k.kind === "JOB_APPLICATION")!;
    expect(job).toMatchObject({ settled: 3, fulfilled: 2, pending: 0 });
    expect(job.smoothed).toBeCloseTo(3 / 5, 12);
    expect(insights.byKind.find((k) => k.kind === "NETWORKING_MESSAGE")).toMatchObject({ settled: 2, fulfilled: 0, pending: 1 });
    expect(insights.byKind.find((k) => k.kind === "HEALTH")).toMatchObject({ settled: 0, raw: null, smoothed: 0.5 });

    expect(insights.byArea.map((a) => [a.name, a.settled, a.fulfilled, a.pending])).toEqual([
      ["Networking", 3, 1, 1],
      ["No area", 2, 1, 0],
    ]);

    // Payoffs hoped for: 8, 3, 5, 2, 2; values produced: 10, 3 (fulfilled, no realised), 0, 0, 0.
    const hist = Object.fromEntries(insights.payoffHistogram.filter((h) => h.expected || h.realised).map((h) => [h.bin, [h.expected, h.realised]]));
    expect(hist).toEqual({ 0: [0, 3], 2: [2, 0], 3: [1, 1], 5: [1, 0], 8: [1, 0], 10: [0, 1] });
    expect(insights.topPayoffs.map((p) => p.value)).toEqual([10, 3]);
    expect(insights.powerLaw.topFifthShare).toBeCloseTo(10 / 13, 12);
  });

  test("a reopened and re-settled callback counts once, as its current row", async () => {
    const user = await createTestUser();
    await insertScored(user, { p: 0.6, state: "FULFILLED" });
    // Reopened: pending again, settlement cleared (as reopenCallback leaves it).
    await insertCallback(user, { state: "PENDING", settledAt: null, probabilityAtSettlement: null });
    expect((await getInsights(user)).scored).toBe(1);
  });

  test("A's callbacks never appear in B's insights", async () => {
    const a = await createTestUser();
    const b = await createTestUser();
    const areaA = await getDb().area.create({ data: { userId: a.id, name: "A's secret area", color: "#000000", targetPct: 100, position: 0 } });
    for (let i = 0; i < 6; i += 1) await insertScored(a, { p: 0.9, state: "FULFILLED", areaId: areaA.id, title: `A's win ${i}`, realisedPayoff: 9 });
    await insertScored(b, { p: 0.3, state: "REJECTED" });
    const insights = await getInsights(b);
    expect(insights.scored).toBe(1);
    expect(insights.byArea.map((x) => x.name)).toEqual(["No area"]);
    expect(insights.topPayoffs).toEqual([]);
    expect(JSON.stringify(insights)).not.toContain("A's");
  });
});
