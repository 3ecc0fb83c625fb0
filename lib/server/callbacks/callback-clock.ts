import type { Callback } from "@/lib/generated/prisma/client";
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
