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

export type ContactClock = {
  lastContactAt: Date;
  expectedReplyBy: Date;
  timesOutAt: Date;
  /** Set only when the expected reply moved: it is computed from the contact now. */
  expectedReplySource?: "DEFAULT";
};

/**
 * The clock after a contact at `contactAt` (a follow-up, any logged contact, or news that is
 * evidence): silence restarts there, expected-reply-by moves to the contact plus the expected
 * reply time (only ever forward, never past the hard deadline). A timeout from the kind's
 * schedule keeps the schedule's remaining time after `followUpCount` follow-ups; a timeout the
 * user typed (timeoutSource USER) never moves.
 */
export function clockAfterContact(
  callback: Pick<
    Callback,
    "startedAt" | "lastContactAt" | "expectedReplyBy" | "timesOutAt" | "expectedReplyDays" | "timeoutDays" | "followUpDays" | "timeoutSource"
  >,
  contactAt: Date,
  followUpCount: number,
  timeZone: string,
): ContactClock {
  const lastContactAt = contactAt > callback.lastContactAt ? contactAt : callback.lastContactAt;
  const restarted = restartReplyClock({ contactAt: lastContactAt, expectedReplyDays: callback.expectedReplyDays, timeZone });
  const timesOutAt =
    callback.timeoutSource === "USER"
      ? callback.timesOutAt
      : timesOutAtAfterContact({
          startedAt: callback.startedAt,
          lastContactAt,
          followUpsLogged: followUpCount,
          followUpDays: callback.followUpDays,
          timeoutDays: callback.timeoutDays,
          currentTimesOutAt: callback.timesOutAt,
          timeZone,
        });
  const later = restarted > callback.expectedReplyBy ? restarted : callback.expectedReplyBy;
  const expectedReplyBy = later > timesOutAt ? timesOutAt : later;
  const moved = expectedReplyBy.getTime() !== callback.expectedReplyBy.getTime();
  return { lastContactAt, expectedReplyBy, timesOutAt, ...(moved ? { expectedReplySource: "DEFAULT" as const } : {}) };
}

type Deadlines = { expectedReplyBy: Date; timesOutAt: Date };

/**
 * The history entry's record of the deadlines a change moved: `<field>Before` and `<field>After`
 * (ISO instants) for each that moved, nothing for one that stayed, so the history never shows
 * "Dec 14 → Dec 14".
 */
export function movedDeadlines(before: Deadlines, after: Deadlines): Record<string, string> {
  const moved: Record<string, string> = {};
  for (const field of ["expectedReplyBy", "timesOutAt"] as const) {
    if (before[field].getTime() === after[field].getTime()) continue;
    moved[`${field}Before`] = before[field].toISOString();
    moved[`${field}After`] = after[field].toISOString();
  }
  return moved;
}
