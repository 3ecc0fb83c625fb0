import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { editCallback } from "@/lib/server/callbacks/edit-callback";
import { logEffort } from "@/lib/server/effort/log-effort";
import { getPortfolio } from "@/lib/server/portfolio/get-portfolio";
import { FAR_NOW, insertCallback } from "../callbacks/helpers";
import { createUserWithAreas } from "../effort/helpers";

const NOW = FAR_NOW;
const fresh = { lastContactAt: NOW, startedAt: new Date(NOW.getTime() - 1000) };

describe("[learning] a ranking that looks forward", () => {
  test("logging effort on the top bet doesn't push it down; its energy still needed does", async () => {
    const { user, areas } = await createUserWithAreas();
    const actor = { id: user.id, timeZone: user.timeZone, capacity: user.capacity };
    // Kind defaults: a job application still needs 4 points, "other" 2. EV per point: 0.5·8/4 = 1 against 0.3·5/2 = 0.75.
    const job = await insertCallback(user, { ...fresh, title: "Acme", kind: "JOB_APPLICATION", areaId: areas[0]!.id, probability: 0.5, payoff: 8 });
    const other = await insertCallback(user, { ...fresh, title: "Beta", kind: "OTHER", areaId: areas[0]!.id, probability: 0.3, payoff: 5 });
    const before = await getPortfolio(actor, NOW);
    expect(before.rankedBets.map((bet) => [bet.title, bet.energyNeeded])).toEqual([
      ["Acme", 4],
      ["Beta", 2],
    ]);

    // Six points logged on the top bet (the report: it fell from first to ninth).
    await logEffort(actor, { areaId: areas[0]!.id, points: 6, callbackId: job.id }, NOW);
    expect((await getDb().callback.findUniqueOrThrow({ where: { id: job.id } })).effort).toBe(6);
    const after = await getPortfolio(actor, NOW);
    expect(after.rankedBets.map((bet) => bet.id)).toEqual([job.id, other.id]);
    expect(after.rankedBets[0]!.evPerEnergy).toBe(before.rankedBets[0]!.evPerEnergy);

    // Saying it still needs 10 points is what moves it: 4/10 = 0.4 < 0.75.
    const row = await getDb().callback.findUniqueOrThrow({ where: { id: job.id } });
    await editCallback(actor, job.id, { title: row.title, kind: "JOB_APPLICATION", areaId: row.areaId ?? undefined, payoff: row.payoff, effort: row.effort, weight: row.weight, energyStillNeeded: 10 }, NOW);
    const estimated = await getPortfolio(actor, NOW);
    expect(estimated.rankedBets.map((bet) => [bet.title, bet.energyNeeded])).toEqual([
      ["Beta", 2],
      ["Acme", 10],
    ]);
  });

  test("a custom kind's default energy is used when the bet has no estimate", async () => {
    const { user } = await createUserWithAreas();
    const kind = await getDb().kind.create({
      data: { userId: user.id, key: "PITCH", name: "Pitch", expectedReplyDays: 7, timeoutDays: 30, followUpDays: [], defaultPrior: 0.1, defaultPayoff: 9, defaultEnergyNeeded: 8 },
    });
    await insertCallback(user, { ...fresh, title: "Seed round", kind: "OTHER", customKindId: kind.id, probability: 0.5, payoff: 8 });
    const { rankedBets } = await getPortfolio({ id: user.id, timeZone: "UTC", capacity: 7 }, NOW);
    expect(rankedBets[0]).toMatchObject({ title: "Seed round", energyNeeded: 8, evPerEnergy: 0.5 });
  });
});
