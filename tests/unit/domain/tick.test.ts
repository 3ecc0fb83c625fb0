import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  TICK_REASONS,
  type TickCallbackRow,
  type TickCommitmentRow,
  buildTickQueue,
  callbackTickReasons,
  snoozeUntil,
  tickItemActions,
} from "@/lib/domain/tick";

const DAY = 86_400_000;
const NOW = new Date("2026-11-26T09:00:00Z");
const ago = (days: number): Date => new Date(NOW.getTime() - days * DAY);
const ahead = (days: number): Date => new Date(NOW.getTime() + days * DAY);

/** A PENDING callback on time: started 2 days ago, reply in 5 days, no follow-ups scheduled. */
function row(id: string, overrides: Partial<TickCallbackRow> = {}): TickCallbackRow {
  return {
    id,
    state: "PENDING",
    expectedReplyBy: ahead(5),
    timesOutAt: ahead(20),
    lastContactAt: ago(2),
    followUpDays: [],
    followUpCount: 0,
    settledAt: null,
    acknowledgedAt: null,
    snoozedUntil: null,
    ...overrides,
  };
}

describe("callbackTickReasons", () => {
  test.each<[string, Partial<TickCallbackRow>, string[]]>([
    ["on time: nothing", {}, []],
    ["overdue", { expectedReplyBy: ago(1) }, ["overdue"]],
    ["overdue from its own instant", { expectedReplyBy: NOW }, ["overdue"]],
    ["follow-up due (gap 3 days after the last contact)", { followUpDays: [3, 10], lastContactAt: ago(3) }, ["follow_up_due"]],
    ["follow-up not yet due", { followUpDays: [3, 10], lastContactAt: ago(2.9) }, []],
    ["schedule exhausted: no follow-up", { followUpDays: [3], followUpCount: 1, lastContactAt: ago(5) }, []],
    ["stale at exactly 14 days", { lastContactAt: ago(14) }, ["stale"]],
    ["not stale at 13.9 days", { lastContactAt: ago(13.9) }, []],
    [
      "all three: follow-up first",
      { followUpDays: [3], lastContactAt: ago(15), expectedReplyBy: ago(1) },
      ["follow_up_due", "overdue", "stale"],
    ],
    ["timed out, unacknowledged", { state: "TIMED_OUT", settledAt: ago(1) }, ["timed_out"]],
    ["timed out, acknowledged", { state: "TIMED_OUT", settledAt: ago(1), acknowledgedAt: ago(0.5) }, []],
    ["pending past the timeout (not swept yet): overdue", { expectedReplyBy: ago(3), timesOutAt: ago(0.01) }, ["overdue"]],
    ["fulfilled: nothing", { state: "FULFILLED", expectedReplyBy: ago(3), settledAt: ago(1) }, []],
    ["cancelled: nothing", { state: "CANCELLED", lastContactAt: ago(30) }, []],
    ["snoozed until later today", { expectedReplyBy: ago(1), snoozedUntil: ahead(0.1) }, []],
    ["snooze over", { expectedReplyBy: ago(1), snoozedUntil: NOW }, ["overdue"]],
    ["snoozed timed out", { state: "TIMED_OUT", settledAt: ago(1), snoozedUntil: ahead(0.5) }, []],
  ])("%s", (_label, overrides, expected) => {
    expect(callbackTickReasons(row("a", overrides), NOW, "UTC").map(({ reason }) => reason)).toEqual(expected);
  });

  test("since: when each reason began", () => {
    const lastContactAt = ago(20);
    const reasons = callbackTickReasons(row("a", { followUpDays: [3], lastContactAt, expectedReplyBy: ago(10) }), NOW, "UTC");
    expect(reasons).toEqual([
      { reason: "follow_up_due", since: new Date(lastContactAt.getTime() + 3 * DAY) },
      { reason: "overdue", since: ago(10) },
      { reason: "stale", since: new Date(lastContactAt.getTime() + 14 * DAY) },
    ]);
  });

  test("a timed-out callback waits since it timed out (settledAt, else its deadline)", () => {
    expect(callbackTickReasons(row("a", { state: "TIMED_OUT", timesOutAt: ago(2), settledAt: null }), NOW, "UTC")[0]?.since).toEqual(ago(2));
  });

  // 2026-03-08 is the spring-forward day in New York: a 3-day gap from Friday 09:00 EST lands on
  // Monday 09:00 EDT, which is 13:00 UTC, an hour earlier than three 24-hour days.
  test.each<[string, string, boolean]>([
    ["America/New_York", "2026-03-09T13:30:00Z", true],
    ["UTC", "2026-03-09T13:30:00Z", false],
    ["America/New_York", "2026-03-09T12:59:00Z", false],
    ["UTC", "2026-03-09T14:00:00Z", true],
  ])("follow-up due across the DST change in %s at %s: %s", (zone, now, isDue) => {
    const callback = row("a", {
      followUpDays: [3],
      lastContactAt: new Date("2026-03-06T14:00:00Z"),
      expectedReplyBy: new Date("2026-03-20T14:00:00Z"),
      timesOutAt: new Date("2026-04-20T14:00:00Z"),
    });
    const reasons = callbackTickReasons(callback, new Date(now), zone).map(({ reason }) => reason);
    expect(reasons.includes("follow_up_due")).toBe(isDue);
  });
});

describe("buildTickQueue", () => {
  const commitments: TickCommitmentRow[] = [
    { type: "check-in", commitmentId: "k1", period: "2026-11-26", periodStart: ago(0.375) },
    { type: "check-in", commitmentId: "k1", period: "2026-11-25", periodStart: ago(1.375) },
    { type: "close", commitmentId: "k2", endedAt: ago(1) },
  ];

  test("orders by reason, then the longest waiting first, then id", () => {
    const queue = buildTickQueue({
      callbacks: [
        row("stale", { lastContactAt: ago(20) }),
        row("overdue-new", { expectedReplyBy: ago(1) }),
        row("overdue-old", { expectedReplyBy: ago(4) }),
        row("followup", { followUpDays: [3], lastContactAt: ago(4) }),
        row("timedout-new", { state: "TIMED_OUT", settledAt: ago(1) }),
        row("timedout-old", { state: "TIMED_OUT", settledAt: ago(6) }),
        row("tie-b", { expectedReplyBy: ago(2) }),
        row("tie-a", { expectedReplyBy: ago(2) }),
        row("quiet"),
      ],
      commitments,
      now: NOW,
      timeZone: "UTC",
    });
    expect(queue.map((item) => (item.kind === "callback" ? item.callback.id : item.key))).toEqual([
      "timedout-old",
      "timedout-new",
      "commitment:k2:close",
      "commitment:k1:check-in:2026-11-25",
      "commitment:k1:check-in:2026-11-26",
      "followup",
      "overdue-old",
      "tie-a",
      "tie-b",
      "overdue-new",
      "stale",
    ]);
  });

  test("one item per callback, under its most urgent reason, even when a row repeats", () => {
    const both = row("x", { followUpDays: [3], lastContactAt: ago(15), expectedReplyBy: ago(2) });
    const queue = buildTickQueue({ callbacks: [both, both], now: NOW, timeZone: "UTC" });
    expect(queue).toHaveLength(1);
    expect(queue[0]).toMatchObject({ reason: "follow_up_due", reasons: ["follow_up_due", "overdue", "stale"] });
  });

  test("extra columns ride along on the item", () => {
    const [item] = buildTickQueue({ callbacks: [{ ...row("x", { expectedReplyBy: ago(1) }), title: "Hello" }], now: NOW, timeZone: "UTC" });
    expect(item?.kind === "callback" && item.callback.title).toBe("Hello");
  });

  test("an empty queue", () => {
    expect(buildTickQueue({ callbacks: [row("a")], now: NOW, timeZone: "Asia/Tokyo" })).toEqual([]);
  });

  test("rejects an unknown zone", () => {
    expect(() => buildTickQueue({ callbacks: [], now: NOW, timeZone: "Mars/Olympus" })).toThrow(
      expect.objectContaining({ code: "INVALID_TIME_ZONE" }),
    );
  });

  const arbitraryRow = fc.record({
    id: fc.string({ minLength: 1, maxLength: 4 }),
    state: fc.constantFrom("PENDING", "TIMED_OUT", "FULFILLED", "CANCELLED"),
    expectedReplyBy: fc.integer({ min: -40, max: 40 }).map((d) => ahead(d)),
    timesOutAt: fc.integer({ min: -40, max: 40 }).map((d) => ahead(d)),
    lastContactAt: fc.integer({ min: 0, max: 40 }).map((d) => ago(d)),
    followUpDays: fc.constantFrom([], [3], [3, 10, 17], [7, 14]),
    followUpCount: fc.integer({ min: 0, max: 3 }),
    settledAt: fc.option(fc.integer({ min: 0, max: 40 }).map((d) => ago(d)), { nil: null }),
    acknowledgedAt: fc.option(fc.constant(ago(0)), { nil: null }),
    snoozedUntil: fc.option(fc.integer({ min: -2, max: 2 }).map((d) => ahead(d)), { nil: null }),
  }) as fc.Arbitrary<TickCallbackRow>;

  test("property: sorted by reason rank, unique per callback, and never a settled, acknowledged or snoozed one", () => {
    fc.assert(
      fc.property(fc.array(arbitraryRow, { maxLength: 30 }), fc.constantFrom("UTC", "America/New_York", "Asia/Tokyo"), (rows, zone) => {
        const queue = buildTickQueue({ callbacks: rows, now: NOW, timeZone: zone });
        const ranks = queue.map((item) => TICK_REASONS.indexOf(item.reason));
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        expect(new Set(queue.map((item) => item.key)).size).toBe(queue.length);
        for (const item of queue) {
          if (item.kind !== "callback") continue;
          expect(["PENDING", "TIMED_OUT"]).toContain(item.callback.state);
          expect(item.callback.snoozedUntil === null || item.callback.snoozedUntil <= NOW).toBe(true);
          if (item.callback.state === "TIMED_OUT") expect(item.callback.acknowledgedAt).toBeNull();
          // A timed-out row's `since` is its stored deadline, which the generator doesn't keep in the past.
          if (item.reason !== "timed_out") expect(item.since.getTime()).toBeLessThanOrEqual(NOW.getTime());
        }
      }),
    );
  });
});

describe("tickItemActions", () => {
  test.each<[Parameters<typeof tickItemActions>[0], string[]]>([
    [{ kind: "callback", reason: "timed_out" }, ["fulfil", "reject", "extend", "cancel", "acknowledge", "later", "open"]],
    [{ kind: "callback", reason: "overdue" }, ["fulfil", "reject", "follow-up", "extend", "evidence", "cancel", "later", "open"]],
    [{ kind: "commitment", reason: "check_in" }, ["check-in", "later", "open"]],
    [{ kind: "commitment", reason: "commitment_close" }, ["open"]],
  ])("%j → %j", (item, actions) => {
    expect(tickItemActions(item)).toEqual(actions);
  });
});

describe("snoozeUntil", () => {
  test.each<[string, string, string]>([
    ["UTC", "2026-11-26T09:00:00Z", "2026-11-27T00:00:00.000Z"],
    ["UTC", "2026-11-26T23:59:59Z", "2026-11-27T00:00:00.000Z"],
    // Tokyo is UTC+9: 20:00 UTC on the 26th is already the 27th there.
    ["Asia/Tokyo", "2026-11-26T20:00:00Z", "2026-11-27T15:00:00.000Z"],
    ["Asia/Tokyo", "2026-11-26T14:00:00Z", "2026-11-26T15:00:00.000Z"],
    // New York the evening before spring-forward: the next midnight is still EST (UTC−5).
    ["America/New_York", "2026-03-08T03:00:00Z", "2026-03-08T05:00:00.000Z"],
    // After the change, midnight is EDT (UTC−4).
    ["America/New_York", "2026-03-08T12:00:00Z", "2026-03-09T04:00:00.000Z"],
  ])("in %s at %s → %s", (zone, now, expected) => {
    expect(snoozeUntil(new Date(now), zone).toISOString()).toBe(expected);
  });

  test("property: always later than now and at most a day (plus a DST hour) away", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2020-01-01"), max: new Date("2030-01-01"), noInvalidDate: true }),
        fc.constantFrom("UTC", "America/New_York", "Asia/Tokyo", "Europe/Berlin"),
        (now, zone) => {
          const until = snoozeUntil(now, zone).getTime();
          expect(until).toBeGreaterThan(now.getTime());
          expect(until - now.getTime()).toBeLessThanOrEqual(25 * 3_600_000);
        },
      ),
    );
  });
});
