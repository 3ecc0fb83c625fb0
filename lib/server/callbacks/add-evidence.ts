import { transition } from "@/lib/domain/callback-state";
import { EVIDENCE_PRESETS, applyLikelihoodRatio, setProbability } from "@/lib/domain/probability";
import { AppError } from "@/lib/errors";
import type { Callback } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { clockAfterContact, movedDeadlines, shownProbability } from "@/lib/server/callbacks/callback-clock";
import { mutateCallback } from "@/lib/server/callbacks/mutate-callback";
import type { EvidenceInput } from "@/lib/validation/callbacks";

/**
 * Updates the probability with evidence: a preset or custom likelihood ratio (posterior odds =
 * prior odds × LR, applied to the explicit probability) or a direct "set probability". News of any
 * kind is contact: the silence ends, so the decay starts again from now, and the reply clock
 * restarts as after a logged contact: the expected reply (and a timeout from the kind's schedule)
 * may move; a timeout the user typed stays.
 */
export async function addEvidence(actor: Actor, callbackId: string, input: EvidenceInput, now: Date): Promise<Callback> {
  return mutateCallback(actor, callbackId, (callback) => {
    transition(callback.state, "ADD_EVIDENCE");
    let after: number;
    let likelihoodRatio: number | null = null;
    let label: string;
    if (input.mode === "set") {
      after = setProbability(input.percent / 100);
      label = input.label || `Set to ${Math.round(input.percent)} %`;
    } else {
      const preset = input.mode === "preset" ? EVIDENCE_PRESETS.find((p) => p.id === input.presetId) : undefined;
      if (input.mode === "preset" && !preset) throw new AppError("INVALID", "Choose what happened.", { presetId: ["Choose what happened."] });
      likelihoodRatio = preset ? preset.likelihoodRatio : input.mode === "lr" ? input.likelihoodRatio : 1;
      label = preset ? preset.label : input.mode === "lr" ? input.label : "";
      after = applyLikelihoodRatio(callback.probability, likelihoodRatio);
    }
    const clock = clockAfterContact(callback, now, callback.followUpCount, actor.timeZone);
    return {
      data: { probability: after, ...clock },
      event: {
        type: "EVIDENCE",
        at: now,
        likelihoodRatio,
        probabilityBefore: shownProbability(callback, now),
        probabilityAfter: after,
        label,
        note: input.note ?? "",
        // Every deadline the news moved, before and after (a timeout the user typed never moves).
        data: { mode: input.mode, explicitBefore: callback.probability, ...movedDeadlines(callback, clock) },
      },
    };
  });
}
