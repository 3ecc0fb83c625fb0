import { describe, expect, test } from "vitest";
import {
  followUpGaps,
  initialDeadlines,
  nextFollowUp,
  restartReplyClock,
  timesOutAtAfterContact,
} from "@/lib/domain/follow-ups";

const DAY = 86_400_000;
const startedAt = new Date("2026-03-01T09:00:00Z");
const at = (days: number): Date => new Date(startedAt.getTime() + days * DAY);
const NETWORKING = [3, 10, 17];

describe("followUpGaps", () => {
  test.each([
    [[3, 10, 17], [3, 7, 7]],
    [[7, 14], [7, 7]],
    [[], []],
  ])("%j → %j", (schedule, gaps) => {
    expect(followUpGaps(schedule)).toEqual(gaps);
  });

  test.each([[[3, 3]], [[0, 4]], [[5, 2]]])("rejects %j", (schedule) => {
    expect(() => followUpGaps(schedule)).toThrow(expect.objectContaining({ code: "INVALID_DURATION" }));
  });
});

describe("nextFollowUp", () => {
  test.each<[string, Date, number, Date, { index: number; dueAt: Date; isDue: boolean } | null]>([
    ["first, not yet due", startedAt, 0, at(2), { index: 0, dueAt: at(3), isDue: false }],
    ["first, due at its instant", startedAt, 0, at(3), { index: 0, dueAt: at(3), isDue: true }],
    ["second after an on-time first (day 10)", at(3), 1, at(4), { index: 1, dueAt: at(10), isDue: false }],
    ["second after a late first shifts back", at(5), 1, at(13), { index: 1, dueAt: at(12), isDue: true }],
    ["a reply (contact) restarts the gap", at(8), 1, at(9), { index: 1, dueAt: at(15), isDue: false }],
    ["third on day 17", at(10), 2, at(17), { index: 2, dueAt: at(17), isDue: true }],
    ["schedule exhausted", at(17), 3, at(30), null],
  ])("%s", (_label, lastContactAt, followUpsLogged, now, expected) => {
    expect(nextFollowUp({ followUpDays: NETWORKING, lastContactAt, followUpsLogged, now })).toEqual(expected);
  });

  test("calendar days in the user's zone keep the wall-clock time across DST", () => {
    // 09:00 in Berlin (CET) on 2026-03-26; three days later is after the DST switch (CEST).
    const next = nextFollowUp({
      followUpDays: NETWORKING,
      lastContactAt: new Date("2026-03-26T08:00:00Z"),
      followUpsLogged: 0,
      now: new Date("2026-03-26T08:00:00Z"),
      timeZone: "Europe/Berlin",
    });
    expect(next?.dueAt.toISOString()).toBe("2026-03-29T07:00:00.000Z");
  });

  test("rejects a negative count", () => {
    expect(() => nextFollowUp({ followUpDays: NETWORKING, lastContactAt: startedAt, followUpsLogged: -1, now: startedAt })).toThrow(
      expect.objectContaining({ code: "INVALID_NUMBER" }),
    );
  });
});

describe("restartReplyClock / initialDeadlines", () => {
  test.each([
    [at(10), 3, at(13)],
    [at(0), 14, at(14)],
    [at(2), 0.5, new Date(at(2).getTime() + DAY / 2)],
  ])("contact %s + %s days → %s", (contactAt, expectedReplyDays, expected) => {
    expect(restartReplyClock({ contactAt, expectedReplyDays })).toEqual(expected);
  });

  test("job application: reply by day 14, times out at day 30", () => {
    expect(initialDeadlines({ startedAt, expectedReplyDays: 14, timeoutDays: 30 })).toEqual({
      expectedReplyBy: at(14),
      timesOutAt: at(30),
    });
  });

  test("rejects a timeout before the expected reply", () => {
    expect(() => initialDeadlines({ startedAt, expectedReplyDays: 14, timeoutDays: 7 })).toThrow(
      expect.objectContaining({ code: "INVALID_DURATION" }),
    );
  });
});

describe("timesOutAtAfterContact", () => {
  const base = { startedAt, followUpDays: NETWORKING, timeoutDays: 21 };
  test.each<[string, Date, number, Date | null, Date]>([
    ["no contact yet: day 21", startedAt, 0, null, at(21)],
    ["on-time follow-ups keep day 21", at(10), 2, null, at(21)],
    ["last follow-up on time: 4 days after day 17", at(17), 3, null, at(21)],
    ["last follow-up late (day 20): 4 days after it", at(20), 3, null, at(24)],
    ["an early follow-up never pulls the deadline in", at(1), 1, null, at(21)],
    ["a reply before any follow-up restarts the whole timeout", at(5), 0, null, at(26)],
    ["a manual extension is kept", at(17), 3, at(40), at(40)],
  ])("%s", (_label, lastContactAt, followUpsLogged, currentTimesOutAt, expected) => {
    expect(timesOutAtAfterContact({ ...base, lastContactAt, followUpsLogged, currentTimesOutAt })).toEqual(expected);
  });

  test("no follow-up schedule: timeout counted from the last contact", () => {
    expect(
      timesOutAtAfterContact({ startedAt, lastContactAt: at(10), followUpsLogged: 0, followUpDays: [], timeoutDays: 60 }),
    ).toEqual(at(70));
  });
});
