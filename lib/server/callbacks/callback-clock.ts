import type { Callback } from "@/lib/generated/prisma/client";
import { restartReplyClock, timesOutAtAfterContact } from "@/lib/domain/follow-ups";
import { currentProbability } from "@/lib/domain/probability";

/** The probability shown for a callback row at `now` (silence decay while pending; frozen after). */
export function shownProbability(callback: Pick<Callback, "state" | "probability" | "lastContactAt" | "expectedReplyDays" | "probabilityAtSettlement">, now: Date): number {
  if (callback.state !== "PENDING") return callback.probabilityAtSettlement ?? callback.probability;
  return currentProbability({
    explicit: callback.probability,
    lastContactAt: callback.lastContactAt,
    expectedReplyDays: callback.expectedReplyDays,
    now,
  });
}

/** Rejects an event time in the future or before the callback started. */
export function checkEventTime(at: Date, callback: Pick<Callback, "startedAt">, now: Date): string | null {
  // A minute of grace for clocks that differ between browser and server.
  if (at.getTime() > now.getTime() + 60_000) return "That time is in the future.";
  if (at.getTime() < callback.startedAt.getTime()) return "That time is before the callback started.";
  return null;
}

/**
 * The clock after a contact at `contactAt` (a follow-up, any logged contact, or news that is
 * evidence): silence restarts there, expected-reply-by moves to the contact plus the expected
 * reply time (only ever forward, never past the hard deadline), and times-out-at keeps the
 * schedule's remaining time after `followUpCount` follow-ups.
 */
export function clockAfterContact(
  callback: Pick<Callback, "startedAt" | "lastContactAt" | "expectedReplyBy" | "timesOutAt" | "expectedReplyDays" | "timeoutDays" | "followUpDays">,
  contactAt: Date,
  followUpCount: number,
  timeZone: string,
): { lastContactAt: Date; expectedReplyBy: Date; timesOutAt: Date } {
  const lastContactAt = contactAt > callback.lastContactAt ? contactAt : callback.lastContactAt;
  const restarted = restartReplyClock({ contactAt: lastContactAt, expectedReplyDays: callback.expectedReplyDays, timeZone });
  const timesOutAt = timesOutAtAfterContact({
    startedAt: callback.startedAt,
    lastContactAt,
    followUpsLogged: followUpCount,
    followUpDays: callback.followUpDays,
    timeoutDays: callback.timeoutDays,
    currentTimesOutAt: callback.timesOutAt,
    timeZone,
  });
  const later = restarted > callback.expectedReplyBy ? restarted : callback.expectedReplyBy;
  return { lastContactAt, expectedReplyBy: later > timesOutAt ? timesOutAt : later, timesOutAt };
}
