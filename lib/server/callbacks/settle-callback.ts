import { transition } from "@/lib/domain/callback-state";
import { AppError } from "@/lib/errors";
import type { Callback } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { checkEventTime, shownProbability } from "@/lib/server/callbacks/callback-clock";
import { mutateCallback } from "@/lib/server/callbacks/mutate-callback";
import type { SettleInput } from "@/lib/validation/callbacks";

/**
 * Settles a callback as fulfilled or rejected, with an outcome note and the payoff it realised
 * (by default the full payoff for a yes, 0 for a no). A reply after a timeout settles it late and
 * keeps the probability frozen at the timeout as the forecast that calibration scores. `at` (a
 * past time, not before the start) is when the reply came, for replies logged afterwards: the
 * settlement, its event and the forecast (the probability shown then) are dated there.
 */
export async function settleCallback(actor: Actor, callbackId: string, input: SettleInput & { at?: Date }, now: Date): Promise<Callback> {
  return mutateCallback(actor, callbackId, (callback) => {
    const { to, isLate } = transition(callback.state, input.outcome === "FULFILLED" ? "FULFILL" : "REJECT");
    const at = input.at ?? now;
    const timeError = input.at ? checkEventTime(at, callback, now) : null;
    if (timeError) throw new AppError("INVALID", timeError, { at: [timeError] });
    const forecast = isLate ? (callback.probabilityAtSettlement ?? callback.probability) : shownProbability(callback, at);
    const realisedPayoff = input.realisedPayoff ?? (to === "FULFILLED" ? callback.payoff : 0);
    return {
      data: {
        state: to,
        isLate,
        settledAt: at,
        probabilityAtSettlement: forecast,
        outcomeNote: input.note ?? "",
        realisedPayoff,
      },
      event: {
        type: "SETTLED",
        at,
        probabilityBefore: forecast,
        label: `${to === "FULFILLED" ? "Fulfilled" : "Rejected"}${isLate ? " (late)" : ""}`,
        note: input.note ?? "",
        data: { outcome: to, isLate, realisedPayoff, stateBefore: callback.state },
      },
    };
  });
}
