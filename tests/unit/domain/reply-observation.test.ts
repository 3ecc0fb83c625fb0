import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { endedReplyObservation, replyObservation, type EndedReply } from "@/lib/domain/kinds";

const DAY = 86_400_000;
const ENDED = ["FULFILLED", "REJECTED", "TIMED_OUT", "CANCELLED"] as const;

describe("endedReplyObservation", () => {
  it.each([
    { replyMs: 3 * DAY, outcome: "FULFILLED", durationDays: 3, event: true },
    { replyMs: DAY / 2, outcome: "REJECTED", durationDays: 0.5, event: true },
    { replyMs: 30 * DAY, outcome: "TIMED_OUT", durationDays: 30, event: false },
    { replyMs: 0, outcome: "CANCELLED", durationDays: 0, event: false },
    // Ended before its last contact (a back-dated reply): counts as 0, as replyObservation does.
    { replyMs: -DAY, outcome: "FULFILLED", durationDays: 0, event: true },
  ] as const)("$outcome after $replyMs ms: $durationDays days, event $event", ({ replyMs, outcome, durationDays, event }) => {
    expect(endedReplyObservation({ replyMs, outcome })).toEqual({ durationDays, event });
  });

  it("is replyObservation of the same ended callback, whatever `now` is", () => {
    const time = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) });
    fc.assert(
      fc.property(time, time, time, fc.constantFrom(...ENDED), (lastContact, settled, now, outcome) => {
        const row = { state: outcome, lastContactAt: new Date(lastContact), settledAt: new Date(settled) };
        const ended: EndedReply = { replyMs: settled - lastContact, outcome };
        expect(endedReplyObservation(ended)).toEqual(replyObservation(row, new Date(now)));
      }),
    );
  });
});
