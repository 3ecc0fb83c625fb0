import { transition } from "@/lib/domain/callback-state";
import type { Callback } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { shownProbability } from "@/lib/server/callbacks/callback-clock";
import { mutateCallback } from "@/lib/server/callbacks/mutate-callback";
import type { SettleInput } from "@/lib/validation/callbacks";

/**
 * Settles a callback as fulfilled or rejected, with an outcome note and the payoff it realised
 * (by default the full payoff for a yes, 0 for a no). A reply after a timeout settles it late and
 * keeps the probability frozen at the timeout as the forecast that calibration scores.
 */
export async function settleCallback(actor: Actor, callbackId: string, input: SettleInput, now: Date): Promise<Callback> {
  return mutateCallback(actor, callbackId, (callback) => {
    const { to, isLate } = transition(callback.state, input.outcome === "FULFILLED" ? "FULFILL" : "REJECT");
    const forecast = isLate ? (callback.probabilityAtSettlement ?? callback.probability) : shownProbability(callback, now);
    const realisedPayoff = input.realisedPayoff ?? (to === "FULFILLED" ? callback.payoff : 0);
    return {
      data: {
        state: to,
        isLate,
        settledAt: now,
        probabilityAtSettlement: forecast,
        outcomeNote: input.note ?? "",
        realisedPayoff,
      },
      event: {
        type: "SETTLED",
        at: now,
        probabilityBefore: forecast,
        label: `${to === "FULFILLED" ? "Fulfilled" : "Rejected"}${isLate ? " (late)" : ""}`,
        note: input.note ?? "",
        data: { outcome: to, isLate, realisedPayoff, stateBefore: callback.state },
      },
    };
  });
}
