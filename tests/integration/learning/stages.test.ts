import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { applyLikelihoodRatio, fromOdds, toOdds } from "@/lib/domain/probability";
import { listKinds } from "@/lib/server/kinds/list-kinds";
import { getBoard } from "@/lib/server/stages/get-board";
import { getStageLadder } from "@/lib/server/stages/get-stage-ladder";
import { moveToStage } from "@/lib/server/stages/move-to-stage";
import { saveStageLadder } from "@/lib/server/stages/save-stage-ladder";
import { FAR_NOW, addDays, callbackData, insertCallback } from "../callbacks/helpers";
import { createTestUser } from "../factories";

const actorOf = (user: { id: string }) => ({ id: user.id, timeZone: "UTC", capacity: 7 });
const open = { kind: "JOB_APPLICATION" as const, probability: 0.1, startedAt: addDays(FAR_NOW, -2), lastContactAt: addDays(FAR_NOW, -2), timesOutAt: addDays(FAR_NOW, 30) };

describe("[learning] stages with learned odds", () => {
  test("moving a job application on uses the preset LR until 10 settled bets reached the stage", async () => {
    const user = await createTestUser();
    const bet = await insertCallback(user, { ...open, title: "Acme" });
    const moved = await moveToStage(actorOf(user), bet.id, "screen", FAR_NOW);
    expect(moved.stage).toBe("screen");
    expect(moved.probability).toBeCloseTo(applyLikelihoodRatio(0.1, 3), 12);
    expect(moved.lastContactAt).toEqual(FAR_NOW);
    const event = await getDb().callbackEvent.findFirstOrThrow({ where: { callbackId: bet.id, type: "EVIDENCE" } });
    expect(event).toMatchObject({ likelihoodRatio: 3, label: "Moved to Screen (×3, preset)" });
    // Skipping a stage applies both LRs; moving back undoes them.
    const skipped = await moveToStage(actorOf(user), bet.id, "final", FAR_NOW);
    expect(skipped.probability).toBeCloseTo(applyLikelihoodRatio(applyLikelihoodRatio(0.1, 3), 8), 12);
    const back = await moveToStage(actorOf(user), bet.id, "applied", FAR_NOW);
    expect(back.probability).toBeCloseTo(0.1, 12);
  });

  test("with 12 settled bets that reached the screen, its LR is learned (smoothed toward the preset)", async () => {
    const user = await createTestUser();
    // 20 applications: 8 ended at "applied" (all no), 12 reached the screen, 6 of them yeses.
    const settled = [
      ...Array.from({ length: 8 }, () => ({ stage: "applied", state: "REJECTED" as const })),
      ...Array.from({ length: 6 }, () => ({ stage: "screen", state: "REJECTED" as const })),
      ...Array.from({ length: 6 }, () => ({ stage: "screen", state: "FULFILLED" as const })),
    ];
    await getDb().callback.createMany({
      data: settled.map((bet, index) => callbackData(user, addDays(FAR_NOW, -50 - index), { kind: "JOB_APPLICATION", stage: bet.stage, state: bet.state, settledAt: addDays(FAR_NOW, -40) })),
    });
    const job = (await listKinds(user.id)).find((kind) => kind.key === "JOB_APPLICATION")!;
    const ladder = (await getStageLadder(user.id, job))!;
    // By hand, k = 4, default prior d = 0.1: r̃₀ = (6 + 0.4)/(20 + 4) = 0.2667; π₁ = odds⁻¹(odds(r̃₀)·3);
    // r̃₁ = (6 + 4π₁)/(12 + 4); LR = odds(r̃₁)/odds(r̃₀).
    const r0 = 6.4 / 24;
    const pi1 = fromOdds(toOdds(r0) * 3);
    const r1 = (6 + 4 * pi1) / 16;
    const screen = ladder.stages[1]!;
    expect(screen).toMatchObject({ key: "screen", source: "learned", reached: 12, successes: 6 });
    expect(screen.likelihoodRatio).toBeCloseTo(toOdds(r1) / toOdds(r0), 12);
    expect(ladder.stages[2]).toMatchObject({ key: "interview", source: "preset", likelihoodRatio: 4 });

    const bet = await insertCallback(user, { ...open, title: "Beta" });
    const moved = await moveToStage(actorOf(user), bet.id, "screen", FAR_NOW);
    expect(moved.probability).toBeCloseTo(applyLikelihoodRatio(0.1, screen.likelihoodRatio), 12);
    const event = await getDb().callbackEvent.findFirstOrThrow({ where: { callbackId: bet.id, type: "EVIDENCE" } });
    expect(event.label).toContain("learned from 12 of your bets");
  });

  test("the board groups open bets by stage; custom stages; other users' bets can't be moved", async () => {
    const user = await createTestUser();
    const stranger = await createTestUser();
    const a = await insertCallback(user, { ...open, title: "A" });
    await insertCallback(user, { ...open, title: "B", stage: "interview" });
    await insertCallback(user, { ...open, title: "Not staged", kind: "HEALTH" });
    const board = await getBoard(actorOf(user), FAR_NOW);
    expect(board.map((lane) => lane.kindKey)).toEqual(["JOB_APPLICATION"]);
    expect(board[0]!.cards.map((card) => [card.title, card.stage])).toEqual([
      ["A", "applied"],
      ["B", "interview"],
    ]);
    expect((await getBoard(actorOf(stranger), FAR_NOW))[0]!.cards).toEqual([]);
    await expect(moveToStage(actorOf(stranger), a.id, "screen", FAR_NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(moveToStage(actorOf(user), a.id, "nowhere", FAR_NOW)).rejects.toMatchObject({ code: "INVALID" });

    await saveStageLadder(user.id, "HEALTH", "Booked, Seen ×2, Results ×3");
    const health = (await getBoard(actorOf(user), FAR_NOW)).find((lane) => lane.kindKey === "HEALTH")!;
    expect(health.stages.map((stage) => stage.key)).toEqual(["booked", "seen", "results"]);
    expect(health.cards.map((card) => card.stage)).toEqual(["booked"]);
    await expect(saveStageLadder(user.id, "HEALTH", "Booked, Seen ×-1")).rejects.toMatchObject({ code: "INVALID" });
    await saveStageLadder(user.id, "HEALTH", "");
    expect((await getBoard(actorOf(user), FAR_NOW)).some((lane) => lane.kindKey === "HEALTH")).toBe(false);
  });
});
