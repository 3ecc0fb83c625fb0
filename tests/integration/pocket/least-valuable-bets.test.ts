import { describe, expect, test } from "vitest";
import { listLeastValuableBets } from "@/lib/server/load/list-least-valuable-bets";
import { createTestUser } from "../factories";
import { FAR_NOW, insertCallback } from "../callbacks/helpers";

describe("[today] the least valuable open bets, for an overflowing load", () => {
  test("orders pending bets by expected value per unit of weight, lowest first, and only the user's own", async () => {
    const user = await createTestUser({ capacity: 2 });
    const low = await insertCallback(user, { title: "Low", payoff: 1, weight: 2 });
    const mid = await insertCallback(user, { title: "Mid", payoff: 4, weight: 1 });
    const high = await insertCallback(user, { title: "High", payoff: 9, weight: 1 });
    await insertCallback(user, { title: "Settled", payoff: 1, weight: 5, state: "FULFILLED", settledAt: FAR_NOW, probabilityAtSettlement: 0.3 });
    await insertCallback(await createTestUser(), { title: "Someone else's", payoff: 1, weight: 9 });

    const bets = await listLeastValuableBets(user, FAR_NOW, 5);
    expect(bets.map((bet) => bet.id)).toEqual([low.id, mid.id, high.id]);
    const first = bets[0]!;
    expect(first.expectedValue).toBeCloseTo(first.probability * first.payoff, 12);
    expect(first.weight).toBe(2);
  });

  test("returns at most `limit` bets", async () => {
    const user = await createTestUser();
    for (let index = 0; index < 5; index++) await insertCallback(user, { payoff: index + 1 });
    expect(await listLeastValuableBets(user, FAR_NOW, 3)).toHaveLength(3);
  });
});
