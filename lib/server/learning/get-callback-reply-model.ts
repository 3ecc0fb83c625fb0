import { kindPlural } from "@/lib/domain/kinds";
import { applySilenceWithModel, describeReplySource, type ReplyModel } from "@/lib/domain/reply-curve";
import { expectedValue } from "@/lib/domain/value";
import type { Callback } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { getReplyModels } from "@/lib/server/learning/get-reply-models";
import { callbackKindKey, listKinds, type UserKind } from "@/lib/server/kinds/list-kinds";

const MS_PER_DAY = 86_400_000;

export type CallbackReplyModel = {
  kind: UserKind;
  model: ReplyModel;
  /** "from 23 of your replies" or "default for job applications" */
  sourceText: string;
  /** the probability shown now: the explicit one decayed by silence along `model` (pending only; else null) */
  probability: number | null;
  expectedValue: number | null;
};

/**
 * The reply model silence decay uses for one callback (its kind's own curve once that has ≥ 8
 * replies, else the kind's default median), with the probability it gives now for a pending bet
 * and the words saying where it came from. Two small queries (the kinds; the kind's history).
 */
export async function getCallbackReplyModel(actor: Actor, callback: Pick<Callback, "kind" | "customKindId" | "state" | "probability" | "lastContactAt" | "expectedReplyDays" | "payoff">, now: Date): Promise<CallbackReplyModel> {
  const kinds = await listKinds(actor.id, { includeArchived: true });
  const key = callbackKindKey(callback, kinds);
  const kind = kinds.find((entry) => entry.key === key) ?? kinds.find((entry) => entry.key === "OTHER")!;
  const curves = await getReplyModels(actor.id, [kind], now);
  const learned = curves.get(kind.key)!.model;
  // A bet keeps the median it was captured with until the kind's own curve takes over.
  const model: ReplyModel = learned.source === "history" ? learned : { ...learned, medianDays: callback.expectedReplyDays };
  let probability: number | null = null;
  if (callback.state === "PENDING") {
    const silence = Math.max(0, (now.getTime() - callback.lastContactAt.getTime()) / MS_PER_DAY);
    probability = applySilenceWithModel(callback.probability, silence, model);
  }
  return {
    kind,
    model,
    sourceText: describeReplySource(model, kindPlural(kind.key, kind.name)),
    probability,
    expectedValue: probability === null ? null : expectedValue(probability, callback.payoff),
  };
}
