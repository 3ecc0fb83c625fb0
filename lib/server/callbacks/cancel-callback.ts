import { transition } from "@/lib/domain/callback-state";
import type { Callback } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { shownProbability } from "@/lib/server/callbacks/callback-clock";
import { mutateCallback } from "@/lib/server/callbacks/mutate-callback";

/** Cancels a callback the user no longer waits on; it leaves the load and has no outcome. */
export async function cancelCallback(actor: Actor, callbackId: string, input: { note?: string }, now: Date): Promise<Callback> {
  return mutateCallback(actor, callbackId, (callback) => {
    const { to } = transition(callback.state, "CANCEL");
    const probability = callback.state === "PENDING" ? shownProbability(callback, now) : (callback.probabilityAtSettlement ?? callback.probability);
    return {
      data: { state: to, settledAt: now, probabilityAtSettlement: probability },
      event: { type: "CANCELLED", at: now, probabilityBefore: probability, note: input.note ?? "", data: { stateBefore: callback.state } },
    };
  });
}
