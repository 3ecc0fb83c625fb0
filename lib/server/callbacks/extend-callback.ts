import { transition } from "@/lib/domain/callback-state";
import { AppError } from "@/lib/errors";
import type { Callback } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { movedDeadlines } from "@/lib/server/callbacks/callback-clock";
import { mutateCallback } from "@/lib/server/callbacks/mutate-callback";
import type { ExtendInput } from "@/lib/validation/callbacks";

/**
 * Moves the hard deadline (and, if given, the soft one) later. A timed-out callback that is
 * extended is pending again, waiting until the new deadline.
 */
export async function extendCallback(actor: Actor, callbackId: string, input: ExtendInput, now: Date): Promise<Callback> {
  return mutateCallback(actor, callbackId, (callback) => {
    const { to } = transition(callback.state, "EXTEND");
    if (input.timesOutAt <= now) {
      const message = "Pick a new deadline in the future.";
      throw new AppError("INVALID", message, { timesOutAt: [message] });
    }
    if (callback.state === "PENDING" && input.timesOutAt <= callback.timesOutAt) {
      const message = "To extend, pick a deadline later than the current one.";
      throw new AppError("INVALID", message, { timesOutAt: [message] });
    }
    const expectedReplyBy =
      input.expectedReplyBy ?? (callback.expectedReplyBy > input.timesOutAt ? input.timesOutAt : callback.expectedReplyBy);
    return {
      data: {
        state: to,
        timesOutAt: input.timesOutAt,
        expectedReplyBy,
        // The user picked this timeout (and the reply date, if given): contacts no longer move them.
        timeoutSource: "USER",
        ...(input.expectedReplyBy ? { expectedReplySource: "USER" as const } : {}),
        ...(callback.state === "TIMED_OUT" ? { settledAt: null, probabilityAtSettlement: null } : {}),
      },
      event: {
        type: "EXTENDED",
        at: now,
        note: input.note ?? "",
        data: {
          stateBefore: callback.state,
          ...movedDeadlines(callback, { timesOutAt: input.timesOutAt, expectedReplyBy }),
        },
      },
    };
  });
}
