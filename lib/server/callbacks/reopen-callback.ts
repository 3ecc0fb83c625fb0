import { transition } from "@/lib/domain/callback-state";
import { restartReplyClock } from "@/lib/domain/follow-ups";
import { AppError } from "@/lib/errors";
import type { Callback } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { movedDeadlines } from "@/lib/server/callbacks/callback-clock";
import { mutateCallback } from "@/lib/server/callbacks/mutate-callback";
import type { ReopenInput } from "@/lib/validation/callbacks";

/**
 * Makes a settled, timed-out or cancelled callback pending again (a mistaken settle, a thread
 * that came back to life). Reopening counts as contact: the reply clock restarts from now, and a
 * hard deadline already past moves to the new expected reply unless the user picks one.
 */
export async function reopenCallback(actor: Actor, callbackId: string, input: ReopenInput, now: Date): Promise<Callback> {
  return mutateCallback(actor, callbackId, (callback) => {
    const { to } = transition(callback.state, "REOPEN");
    if (input.timesOutAt && input.timesOutAt <= now) {
      const message = "Pick a new deadline in the future.";
      throw new AppError("INVALID", message, { timesOutAt: [message] });
    }
    const restarted = restartReplyClock({ contactAt: now, expectedReplyDays: callback.expectedReplyDays, timeZone: actor.timeZone });
    const timesOutAt = input.timesOutAt ?? (callback.timesOutAt > now ? callback.timesOutAt : restarted);
    const expectedReplyBy = restarted < timesOutAt ? restarted : timesOutAt;
    return {
      data: {
        state: to,
        settledAt: null,
        probabilityAtSettlement: null,
        isLate: false,
        realisedPayoff: null,
        // Pending again: a later timeout must come back to the tick even if this one was acknowledged.
        acknowledgedAt: null,
        lastContactAt: now,
        expectedReplyBy,
        timesOutAt,
        expectedReplySource: "DEFAULT",
        // A timeout picked here is the user's; one computed from the restarted clock may move again.
        ...(input.timesOutAt ? { timeoutSource: "USER" as const } : callback.timesOutAt > now ? {} : { timeoutSource: "DEFAULT" as const }),
      },
      event: {
        type: "REOPENED",
        at: now,
        probabilityAfter: callback.probability,
        note: input.note ?? "",
        data: { stateBefore: callback.state, ...movedDeadlines(callback, { expectedReplyBy, timesOutAt }) },
      },
    };
  });
}
