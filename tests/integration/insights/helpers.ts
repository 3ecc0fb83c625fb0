import type { Callback, CallbackKind, CallbackState, User } from "@/lib/generated/prisma/client";
import { FAR_NOW, addDays, insertCallback } from "../callbacks/helpers";

export const BEFORE_SETTLE = addDays(FAR_NOW, -1);

/** Inserts a settled callback of `user` with forecast `p` (and prior, payoffs, kind, area as given). */
export async function insertScored(
  user: Pick<User, "id">,
  input: { p: number; state: CallbackState; prior?: number; payoff?: number; realisedPayoff?: number; kind?: CallbackKind; areaId?: string; title?: string },
): Promise<Callback> {
  return insertCallback(user, {
    title: input.title ?? "A settled bet",
    kind: input.kind ?? "OTHER",
    areaId: input.areaId,
    state: input.state,
    settledAt: BEFORE_SETTLE,
    probabilityAtSettlement: input.p,
    priorProbability: input.prior ?? 0.3,
    payoff: input.payoff ?? 3,
    realisedPayoff: input.realisedPayoff,
  });
}
