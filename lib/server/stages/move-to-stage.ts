import { transition } from "@/lib/domain/callback-state";
import { DomainError } from "@/lib/domain/errors";
import { applyLikelihoodRatio } from "@/lib/domain/probability";
import { stageMoveLikelihoodRatio } from "@/lib/domain/stages";
import { AppError } from "@/lib/errors";
import type { Callback } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { clockAfterContact, shownProbability } from "@/lib/server/callbacks/callback-clock";
import { mutateCallback } from "@/lib/server/callbacks/mutate-callback";
import { callbackKindKey, listKinds } from "@/lib/server/kinds/list-kinds";
import { getStageLadder } from "@/lib/server/stages/get-stage-ladder";
import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";

function formatRatio(lr: number): string {
  return `×${lr >= 10 ? Math.round(lr) : Math.round(lr * 100) / 100}`;
}

/**
 * Moves a pending bet to stage `stageKey` of its kind's ladder. The move is evidence: the explicit
 * probability times the LR of the stages passed (learned from the user's funnel once ≥ 10 settled
 * bets reached a stage, else the preset; its inverse when moving back), and it is news from the
 * other side, so the reply clock restarts. The history says which LR was used.
 */
export async function moveToStage(actor: Actor, callbackId: string, stageKey: string, now: Date): Promise<Callback> {
  const row = await getDb().callback.findFirst({ where: { id: callbackId, userId: actor.id }, select: { kind: true, customKindId: true } });
  if (!row) throw notFound("That callback");
  const kinds = await listKinds(actor.id, { includeArchived: true });
  const kind = kinds.find((entry) => entry.key === callbackKindKey(row, kinds));
  const ladder = kind ? await getStageLadder(actor.id, kind) : null;
  if (!ladder) throw new AppError("INVALID", "This kind has no stages. Add some in Settings → Kinds.", { stage: ["This kind has no stages."] });
  const target = ladder.stages.find((stage) => stage.key === stageKey);
  if (!target) throw new AppError("INVALID", "Choose one of this kind's stages.", { stage: ["Choose one of this kind's stages."] });

  return mutateCallback(actor, callbackId, (callback) => {
    transition(callback.state, "ADD_EVIDENCE");
    const from = callback.stage && ladder.stages.some((stage) => stage.key === callback.stage) ? callback.stage : ladder.stages[0]!.key;
    if (from === stageKey) throw new AppError("INVALID", `It is already at ${target.label}.`, { stage: [`It is already at ${target.label}.`] });
    let likelihoodRatio: number;
    try {
      likelihoodRatio = stageMoveLikelihoodRatio(ladder.stages, from, stageKey);
    } catch (error) {
      if (error instanceof DomainError) throw new AppError("INVALID", error.message, { stage: [error.message] });
      throw error;
    }
    const after = applyLikelihoodRatio(callback.probability, likelihoodRatio);
    const clock = clockAfterContact(callback, now, callback.followUpCount, actor.timeZone);
    const fromLabel = ladder.stages.find((stage) => stage.key === from)!.label;
    const source = target.source === "learned" ? `learned from ${target.reached} of your bets` : "preset";
    return {
      data: { probability: after, stage: stageKey, ...clock },
      event: {
        type: "EVIDENCE",
        at: now,
        likelihoodRatio,
        probabilityBefore: shownProbability(callback, now),
        probabilityAfter: after,
        label: `Moved to ${target.label} (${formatRatio(likelihoodRatio)}, ${source})`,
        data: { mode: "stage", stageBefore: from, stageAfter: stageKey, fromLabel, source, explicitBefore: callback.probability },
      },
    };
  });
}
