import type { z } from "zod";
import type { KindReplyCurve } from "@/lib/server/learning/get-reply-models";
import type { UserKind } from "@/lib/server/kinds/list-kinds";
import type { kindSchema } from "@/lib/validation/v1/learning";

/** A kind as API v1 shows it, with the reply-time curve its silence decay uses. */
export function presentKind(kind: UserKind, curve: KindReplyCurve | undefined): z.infer<typeof kindSchema> {
  const model = curve?.model;
  return {
    key: kind.key,
    name: kind.name,
    builtIn: kind.builtIn,
    archived: kind.archived,
    expectedReplyDays: kind.expectedReplyDays,
    timeoutDays: kind.timeoutDays,
    followUpDays: kind.followUpDays,
    defaultPrior: kind.defaultPrior,
    defaultPayoff: kind.defaultPayoff,
    defaultEnergyNeeded: kind.defaultEnergyNeeded,
    defaultAreaId: kind.defaultAreaId,
    curve: {
      medianDays: model ? model.medianDays : kind.expectedReplyDays,
      events: curve?.curve.events ?? 0,
      censored: curve?.curve.censored ?? 0,
      source: model?.source ?? "default",
    },
  };
}
