import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { getLoad } from "@/lib/server/load/get-load";
import { createTestUser } from "./factories";
import { FAR_NOW, addDays, callbackData, insertCallback } from "./callbacks/helpers";

const NOW = FAR_NOW;
const settled = (days: number) => ({ settledAt: addDays(NOW, days), probabilityAtSettlement: 0.3 });

describe("[load] the overload meter", () => {
  test("sums the weights of pending callbacks only", async () => {
    const user = await createTestUser({ capacity: 7 });
    for (const weight of [1, 2.5, 0.5]) await insertCallback(user, { weight });
    await insertCallback(user, { weight: 5, state: "FULFILLED", ...settled(-1) });
    await insertCallback(user, { weight: 3, state: "TIMED_OUT", ...settled(-1) });
    await insertCallback(user, { weight: 2, state: "CANCELLED", ...settled(-1) });
    // Another user's pending weight is theirs.
    await insertCallback(await createTestUser(), { weight: 4 });

    const load = await getLoad(user, NOW);
    expect(load).toMatchObject({ load: 4, capacity: 7, level: "ok" });
  });

  test("is zero with nothing pending", async () => {
    const user = await createTestUser();
    expect(await getLoad(user, NOW)).toEqual({ load: 0, capacity: 7, level: "ok", projection: null, projectionText: null });
  });

  // Capacity 5: ok below 80 % (4), strained from 80 % to 100 % inclusive, overflow above.
  test.each([
    [[3, 0.9], 3.9, "ok"],
    [[4], 4, "strained"],
    [[2, 3], 5, "strained"],
    [[5, 0.1], 5.1, "overflow"],
    [[1, 1, 1, 1, 1, 1], 6, "overflow"],
  ] as const)("weights %j → load %s is %s against capacity 5", async (weights, expectedLoad, level) => {
    const user = await createTestUser({ capacity: 5 });
    for (const weight of weights) await insertCallback(user, { weight });
    const load = await getLoad(user, NOW);
    expect(load.load).toBeCloseTo(expectedLoad, 12);
    expect(load.level).toBe(level);
    expect(load.capacity).toBe(5);
  });
});

describe("[load] the Little's-law projection", () => {
  test("λ from callbacks created in 28 days × mean days to settle over 90 days", async () => {
    const user = await createTestUser({ capacity: 7 });
    const old = addDays(NOW, -200);
    const data = [
      // 14 created inside (NOW − 28 d, NOW]: λ = 0.5 a day. The window's edges are excluded/included.
      ...Array.from({ length: 13 }, (_, i) => callbackData(user, addDays(NOW, -i - 0.5), { createdAt: addDays(NOW, -i - 0.5) })),
      callbackData(user, NOW, { createdAt: NOW }),
      callbackData(user, addDays(NOW, -28), { createdAt: addDays(NOW, -28) }),
      callbackData(user, NOW, { createdAt: addDays(NOW, 1) }),
      // Left PENDING in the last 90 days, any way: 10, 20 and 30 days → W = 20.
      callbackData(user, addDays(NOW, -15), { createdAt: old, state: "FULFILLED", ...settled(-5) }),
      callbackData(user, addDays(NOW, -60), { createdAt: old, state: "TIMED_OUT", ...settled(-40) }),
      callbackData(user, addDays(NOW, -119), { createdAt: old, state: "CANCELLED", ...settled(-89) }),
      // Outside the 90 days, and not settled at all: neither counts.
      callbackData(user, addDays(NOW, -190), { createdAt: old, state: "REJECTED", ...settled(-90) }),
      callbackData(user, addDays(NOW, -150), { createdAt: old }),
    ];
    await getDb().callback.createMany({ data });

    const load = await getLoad(user, NOW);
    expect(load.projection?.lambdaPerDay).toBeCloseTo(14 / 28, 12);
    expect(load.projection?.meanDaysToSettle).toBeCloseTo(20, 9);
    expect(load.projection?.projectedOpen).toBeCloseTo(10, 9);
    expect(load.projectionText).toBe("At this pace you will carry ~10 open threads; your capacity is 7.");
    // 16 + 1 pending, weight 1 each (the one created "tomorrow" is pending too).
    expect(load.load).toBe(17);
    expect(load.level).toBe("overflow");
  });

  test("a settlement before its start counts as zero days", async () => {
    const user = await createTestUser();
    await insertCallback(user, { startedAt: addDays(NOW, -3), state: "REJECTED", ...settled(-4), createdAt: addDays(NOW, -100) });
    await insertCallback(user, { startedAt: addDays(NOW, -10), state: "REJECTED", ...settled(-2), createdAt: addDays(NOW, -7) });
    const load = await getLoad(user, NOW);
    expect(load.projection).toEqual({ lambdaPerDay: 1 / 28, meanDaysToSettle: 4, projectedOpen: 4 / 28 });
  });

  test("is null without settled history in the last 90 days", async () => {
    const user = await createTestUser();
    await insertCallback(user, { createdAt: addDays(NOW, -1) });
    await insertCallback(user, { state: "FULFILLED", startedAt: addDays(NOW, -200), ...settled(-91), createdAt: addDays(NOW, -200) });
    const load = await getLoad(user, NOW);
    expect(load).toMatchObject({ load: 1, projection: null, projectionText: null });
  });
});

describe("[load] active commitments count 3 each", () => {
  test("ACTIVE ones (upcoming and ended-without-verdict included) add 3; closed ones nothing", async () => {
    const user = await createTestUser({ capacity: 7 });
    await insertCallback(user, { weight: 1 });
    const day = (key: string) => new Date(`${key}T00:00:00Z`);
    const commitment = (state: "ACTIVE" | "KEPT" | "BROKEN" | "CANCELLED", startsOn: string, endsOn: string) =>
      getDb().commitment.create({ data: { userId: user.id, title: "Block", cadence: "DAILY", state, startsOn: day(startsOn), endsOn: day(endsOn) } });
    await commitment("ACTIVE", "2035-06-10", "2035-07-10");
    expect(await getLoad(user, NOW)).toMatchObject({ load: 4, level: "ok" });
    await commitment("ACTIVE", "2035-07-01", "2035-07-10"); // upcoming
    await commitment("ACTIVE", "2035-05-01", "2035-06-01"); // ended, awaiting its verdict
    await commitment("KEPT", "2035-05-01", "2035-06-01");
    await commitment("BROKEN", "2035-05-01", "2035-06-01");
    await commitment("CANCELLED", "2035-05-01", "2035-06-01");
    expect(await getLoad(user, NOW)).toMatchObject({ load: 10, level: "overflow" });
    // Another user's commitments are theirs.
    expect((await getLoad(await createTestUser(), NOW)).load).toBe(0);
  });
});
