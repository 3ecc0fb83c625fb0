import { transition } from "@/lib/domain/callback-state";
import { AppError } from "@/lib/errors";
import type { Callback } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { checkEventTime, clockAfterContact, movedDeadlines, shownProbability } from "@/lib/server/callbacks/callback-clock";
import { mutateCallback } from "@/lib/server/callbacks/mutate-callback";
import type { FollowUpInput } from "@/lib/validation/callbacks";

/**
 * Logs a follow-up (the user nudged the counterparty) or any other contact. Either restarts the
 * reply clock: expected-reply-by moves to the contact plus the expected reply time, the silence
 * that decays the probability starts again, and a times-out-at from the kind's schedule keeps the
 * schedule's remaining time (one the user typed stays where it is).
 */
export async function logFollowUp(actor: Actor, callbackId: string, input: FollowUpInput, now: Date): Promise<Callback> {
  return mutateCallback(actor, callbackId, (callback) => {
    const isFollowUp = input.kind === "FOLLOW_UP";
    transition(callback.state, isFollowUp ? "FOLLOW_UP" : "LOG_CONTACT");
    const at = input.at ?? now;
    const timeError = checkEventTime(at, callback, now);
    if (timeError) throw new AppError("INVALID", timeError, { at: [timeError] });

    const followUpCount = callback.followUpCount + (isFollowUp ? 1 : 0);
    const clock = clockAfterContact(callback, at, followUpCount, actor.timeZone);
    return {
      data: { ...clock, followUpCount },
      event: {
        type: isFollowUp ? "FOLLOW_UP" : "CONTACT",
        at,
        note: input.note ?? "",
        probabilityBefore: shownProbability(callback, at),
        probabilityAfter: callback.probability,
        // Only the deadlines that moved (a timeout the user typed never does).
        data: movedDeadlines(callback, clock),
      },
    };
  });
}
