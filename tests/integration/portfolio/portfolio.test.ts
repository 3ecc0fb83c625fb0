import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import type { User } from "@/lib/generated/prisma/client";
import { getPortfolio } from "@/lib/server/portfolio/get-portfolio";
import { FAR_NOW, callbackData, insertCallback } from "../callbacks/helpers";
import { createUserWithAreas } from "../effort/helpers";

const NOW = FAR_NOW; // 2035-06-15T12:00Z, a Friday

async function insertEffort(user: User, areaId: string, points: number, spentAt: string, callbackId?: string) {
  await getDb().effortEntry.create({ data: { userId: user.id, areaId, points, spentAt: new Date(spentAt), callbackId: callbackId ?? null } });
}

const pointsOf = (allocation: { id: string; points: number }[]) => Object.fromEntries(allocation.map((a) => [a.id, a.points]));

describe("[portfolio] effort windows", () => {
  test("last 7 and 28 calendar days in the user's zone: 23:30 local on the first day counts, the minute before midnight doesn't", async () => {
    // New York, EDT (−4): now is 08:00 on Fri 15 June. The 7-day window starts Sat 9 June 00:00
    // (04:00Z); the 28-day one Fri 19 May 00:00 (04:00Z).
    const { user, areas } = await createUserWithAreas("America/New_York");
    const [health, knowledge, networking] = areas;
    await insertEffort(user, health!.id, 1, "2035-06-10T03:30:00Z"); // 9 June 23:30 local: in both
    await insertEffort(user, health!.id, 2, "2035-06-09T03:59:00Z"); // 8 June 23:59 local: 28 only
    await insertEffort(user, knowledge!.id, 4, "2035-06-09T04:00:00Z"); // 9 June 00:00 local: in both
    await insertEffort(user, networking!.id, 8, "2035-05-19T04:00:00Z"); // 19 May 00:00 local: 28 only
    await insertEffort(user, networking!.id, 16, "2035-05-19T03:59:00Z"); // 18 May 23:59 local: neither
    await insertEffort(user, knowledge!.id, 32, "2035-06-16T03:00:00Z"); // 15 June 23:00 local (later today): in both
    await insertEffort(user, knowledge!.id, 64, "2035-06-16T04:00:00Z"); // tomorrow local: neither

    const portfolio = await getPortfolio(user, NOW);
    expect(pointsOf(portfolio.last7.allocation)).toMatchObject({ [health!.id]: 1, [knowledge!.id]: 36, [networking!.id]: 0 });
    expect(pointsOf(portfolio.last28.allocation)).toMatchObject({ [health!.id]: 3, [knowledge!.id]: 36, [networking!.id]: 8 });
    expect(portfolio.last7.totalPoints).toBe(37);
    expect(portfolio.last28.totalPoints).toBe(47);
    const health28 = portfolio.last28.allocation.find((a) => a.id === health!.id)!;
    expect(health28.actualPct).toBeCloseTo((3 / 47) * 100, 9);
    expect(health28.driftPp).toBeCloseTo((3 / 47) * 100 - 25, 9);
    expect(portfolio.last28.advice.kind).toBe("rebalance");
  });

  test("weekly trend groups by Monday-start weeks of the user's zone (Tokyo)", async () => {
    // Tokyo (+9): Sun 10 June 23:30 local is in the week of 4 June; Mon 11 June 00:30 in the week of 11 June.
    const { user, areas } = await createUserWithAreas("Asia/Tokyo");
    await insertEffort(user, areas[0]!.id, 2, "2035-06-10T14:30:00Z");
    await insertEffort(user, areas[0]!.id, 3, "2035-06-10T15:30:00Z");
    await insertEffort(user, areas[1]!.id, 1, "2035-06-10T15:45:00Z");
    const { weeks } = (await getPortfolio(user, NOW)).trend;
    expect(weeks).toHaveLength(10);
    expect(weeks.at(-1)).toMatchObject({ weekKey: "2035-06-11", total: 4, points: { [areas[0]!.id]: 3, [areas[1]!.id]: 1 } });
    expect(weeks.at(-2)).toMatchObject({ weekKey: "2035-06-04", total: 2 });
    expect(weeks.at(-1)!.sharePct[areas[0]!.id]).toBeCloseTo(75, 9);
  });

  test("weekly trend follows the person's week start: Sunday weeks in New York, Saturday weeks in Tokyo", async () => {
    // New York (EDT −4), weeks from Sunday: Sat 9 June 23:30 local (10 June 03:30Z) is in the week
    // of Sun 3 June; Sun 10 June 00:30 local (04:30Z, the same UTC day) in the week of 10 June.
    const ny = await createUserWithAreas("America/New_York");
    await insertEffort(ny.user, ny.areas[0]!.id, 2, "2035-06-10T03:30:00Z");
    await insertEffort(ny.user, ny.areas[0]!.id, 5, "2035-06-10T04:30:00Z");
    const sunday = (await getPortfolio(ny.user, NOW, 7)).trend.weeks;
    expect(sunday).toHaveLength(10);
    expect(sunday.at(-1)).toMatchObject({ weekKey: "2035-06-10", total: 5 });
    expect(sunday.at(-2)).toMatchObject({ weekKey: "2035-06-03", total: 2 });
    // The same rows in Monday weeks: both in the week of 4 June.
    expect((await getPortfolio(ny.user, NOW, 1)).trend.weeks.at(-2)).toMatchObject({ weekKey: "2035-06-04", total: 7 });

    // Tokyo (+9), weeks from Saturday: Fri 8 June 23:30 local (14:30Z) is in the week of Sat 2 June;
    // Sat 9 June 00:30 local (15:30Z, the same UTC day) in the week of 9 June.
    const tokyo = await createUserWithAreas("Asia/Tokyo");
    await insertEffort(tokyo.user, tokyo.areas[0]!.id, 1, "2035-06-08T14:30:00Z");
    await insertEffort(tokyo.user, tokyo.areas[0]!.id, 4, "2035-06-08T15:30:00Z");
    const saturday = (await getPortfolio(tokyo.user, NOW, 6)).trend.weeks;
    expect(saturday.at(-1)).toMatchObject({ weekKey: "2035-06-09", total: 4 });
    expect(saturday.at(-2)).toMatchObject({ weekKey: "2035-06-02", total: 1 });
  });

  test("an archived area with points in the window shows with target 0; without points it doesn't", async () => {
    const { user, areas } = await createUserWithAreas();
    await insertEffort(user, areas[3]!.id, 5, "2035-06-14T10:00:00Z");
    await getDb().area.updateMany({ where: { id: { in: [areas[3]!.id, areas[4]!.id] } }, data: { archivedAt: NOW } });
    const portfolio = await getPortfolio(user, NOW);
    const shown = portfolio.last7.allocation.map((a) => [a.name, a.targetPct]);
    expect(shown).toEqual([["Health", 25], ["Specific Knowledge", 30], ["Networking", 20], ["Creative Output", 0]]);
    expect(portfolio.areas.filter((a) => a.isArchived).map((a) => a.name)).toEqual(["Creative Output", "Exploration"]);
  });

  test("with nothing logged: zero shares, drift −target, and advice that teaches", async () => {
    const { user } = await createUserWithAreas();
    const portfolio = await getPortfolio(user, NOW);
    expect(portfolio.last28.allocation.map((a) => a.driftPp)).toEqual([-25, -30, -20, -15, -10]);
    expect(portfolio.last7.advice.kind).toBe("no-data");
    expect(portfolio.rankedBets).toEqual([]);
    expect(portfolio.valueByArea).toEqual([]);
    expect(portfolio.trend.weeks.every((w) => w.total === 0)).toBe(true);
  });
});

describe("[portfolio] open bets", () => {
  test("EV per area and the ranking by EV per energy point still needed use pending callbacks only, with silence decay", async () => {
    const { user, areas } = await createUserWithAreas();
    const fresh = { lastContactAt: NOW, startedAt: new Date(NOW.getTime() - 1000) }; // no silence yet
    const a = await insertCallback(user, { ...fresh, title: "a", areaId: areas[0]!.id, probability: 0.5, payoff: 4, effort: 2, energyStillNeeded: 2 }); // EV 2, 1/pt
    const b = await insertCallback(user, { ...fresh, title: "b", areaId: areas[0]!.id, probability: 0.2, payoff: 10, effort: 0, energyStillNeeded: 0 }); // EV 2, 2/pt
    const c = await insertCallback(user, { ...fresh, title: "c", areaId: null, probability: 0.3, payoff: 5, effort: 5, energyStillNeeded: 5 }); // EV 1.5, 0.3/pt
    await insertCallback(user, { ...fresh, title: "settled", areaId: areas[0]!.id, state: "FULFILLED", probability: 0.9, payoff: 10, settledAt: NOW });
    await insertCallback(user, { ...fresh, title: "timed out", areaId: areas[1]!.id, state: "TIMED_OUT", probability: 0.9, payoff: 10, settledAt: NOW });
    // Silent for exactly one median (7 days): p 0.5 decays to 0.5·½ / (0.5·½ + 0.5) = 1/3.
    const silent = await insertCallback(user, { title: "silent", areaId: areas[1]!.id, probability: 0.5, payoff: 3, effort: 1, energyStillNeeded: 1, expectedReplyDays: 7, lastContactAt: new Date(NOW.getTime() - 7 * 86_400_000) });

    const portfolio = await getPortfolio(user, NOW);
    expect(portfolio.openBets).toBe(4);
    const value = Object.fromEntries(portfolio.valueByArea.map((v) => [v.name, [v.openBets, v.expectedValue]]));
    expect(value.Health![0]).toBe(2);
    expect(value.Health![1]).toBeCloseTo(4, 9);
    expect(value["Specific Knowledge"]![1]).toBeCloseTo(1, 9);
    expect(value["No area"]![1]).toBeCloseTo(1.5, 9);
    expect(portfolio.valueByArea.map((v) => v.name)).toEqual(["Health", "Specific Knowledge", "No area"]);

    expect(portfolio.rankedBets.map((bet) => bet.id)).toEqual([b.id, a.id, silent.id, c.id]);
    const [best, second] = portfolio.rankedBets;
    expect(best).toMatchObject({ title: "b", areaName: "Health", effort: 0 });
    expect(best!.evPerEnergy).toBeCloseTo(2, 9);
    // Opportunity cost: this bet's energy (at least 1) times the best other ratio.
    expect(best!.opportunityCost).toBeCloseTo(1 * 1, 9);
    expect(second!.opportunityCost).toBeCloseTo(2 * 2, 9);
    expect(portfolio.rankedBets[2]!.probability).toBeCloseTo(1 / 3, 6);
  });

  test("the ranking keeps the top ten", async () => {
    const { user } = await createUserWithAreas();
    const db = getDb();
    await db.callback.createMany({ data: Array.from({ length: 14 }, (_, i) => callbackData(user, new Date(NOW.getTime() - 1000), { title: `bet ${i}`, payoff: 1 + (i % 10), lastContactAt: NOW })) });
    const { rankedBets } = await getPortfolio(user, NOW);
    expect(rankedBets).toHaveLength(10);
    for (let i = 1; i < rankedBets.length; i += 1) expect(rankedBets[i - 1]!.evPerEnergy).toBeGreaterThanOrEqual(rankedBets[i]!.evPerEnergy);
  });
});

describe("[portfolio] ownership", () => {
  test("one user's effort and bets never show in another's portfolio", async () => {
    const a = await createUserWithAreas();
    const b = await createUserWithAreas();
    await insertEffort(a.user, a.areas[0]!.id, 10, "2035-06-14T10:00:00Z");
    await insertCallback(a.user, { areaId: a.areas[0]!.id, payoff: 9, probability: 0.9 });
    const portfolio = await getPortfolio(b.user, NOW);
    expect(portfolio.last28.totalPoints).toBe(0);
    expect(portfolio.areas.map((area) => area.id).sort()).toEqual(b.areas.map((area) => area.id).sort());
    expect(portfolio.openBets).toBe(0);
    expect(portfolio.rankedBets).toEqual([]);
    expect(portfolio.trend.weeks.every((w) => w.total === 0)).toBe(true);
  });
});
