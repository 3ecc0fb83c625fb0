import { getDb } from "@/lib/db";
import type { LearnedStage } from "@/lib/domain/stages";
import type { Actor } from "@/lib/server/actor";
import { shownProbability } from "@/lib/server/callbacks/callback-clock";
import { callbackKindKey, listKinds } from "@/lib/server/kinds/list-kinds";
import { getStageLadder } from "@/lib/server/stages/get-stage-ladder";

export type BoardCard = { id: string; title: string; counterparty: string; probability: number; stage: string };

export type BoardLane = {
  kindKey: string;
  kindName: string;
  stages: LearnedStage[];
  cards: BoardCard[];
};

/**
 * The board: for every active kind with stages (its preset or the user's ladder), the open
 * (pending) bets by stage; a bet never moved is at the first stage. Kinds without stages are left
 * out. One query for the open bets, one or two per kind with stages.
 */
export async function getBoard(actor: Actor, now: Date): Promise<BoardLane[]> {
  const kinds = await listKinds(actor.id);
  const [ladders, open] = await Promise.all([
    Promise.all(kinds.map((kind) => getStageLadder(actor.id, kind))),
    getDb().callback.findMany({
      where: { userId: actor.id, state: "PENDING" },
      orderBy: [{ startedAt: "asc" }, { id: "asc" }],
      select: { id: true, title: true, counterparty: true, kind: true, customKindId: true, stage: true, state: true, probability: true, lastContactAt: true, expectedReplyDays: true, probabilityAtSettlement: true },
    }),
  ]);
  const lanes: BoardLane[] = [];
  kinds.forEach((kind, index) => {
    const ladder = ladders[index];
    if (!ladder) return;
    const keys = new Set(ladder.stages.map((stage) => stage.key));
    const cards = open
      .filter((row) => callbackKindKey(row, kinds) === kind.key)
      .map((row) => ({
        id: row.id,
        title: row.title,
        counterparty: row.counterparty,
        probability: shownProbability(row, now),
        stage: row.stage && keys.has(row.stage) ? row.stage : ladder.stages[0]!.key,
      }));
    lanes.push({ kindKey: kind.key, kindName: kind.name, stages: ladder.stages, cards });
  });
  return lanes;
}
