import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import type { User } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { TODAY_QUEUE_LIMIT, listTickQueue } from "@/lib/server/tick/list-tick-queue";
import { createTestUser } from "../factories";
import { FAR_NOW, addDays, insertCallback } from "../callbacks/helpers";

const actorOf = (user: User): Actor => ({ id: user.id, timeZone: user.timeZone, capacity: user.capacity });
const ids = (queue: Awaited<ReturnType<typeof listTickQueue>>) =>
  queue.items.map((item) => (item.kind === "callback" ? item.callback.title : item.key));

describe("[tick] the queue", () => {
  test("holds what needs the user, ordered by reason then waiting time, and nothing else", async () => {
    const user = await createTestUser();
    const now = FAR_NOW;
    // Each is started long enough ago for its reason; defaults: reply 7 days after start, timeout 30, follow-ups 7, 14.
    await insertCallback(user, { title: "on time", startedAt: addDays(now, -2), followUpDays: [] });
    await insertCallback(user, { title: "overdue", startedAt: addDays(now, -8), expectedReplyBy: addDays(now, -1), followUpDays: [] });
    await insertCallback(user, { title: "overdue older", startedAt: addDays(now, -9), expectedReplyBy: addDays(now, -2), followUpDays: [] });
    await insertCallback(user, {
      title: "follow-up due",
      startedAt: addDays(now, -4),
      expectedReplyBy: addDays(now, 5),
      followUpDays: [3, 10],
    });
    await insertCallback(user, {
      title: "stale",
      startedAt: addDays(now, -15),
      expectedReplyBy: addDays(now, 5),
      timesOutAt: addDays(now, 10),
      followUpDays: [],
    });
    await insertCallback(user, {
      title: "timed out",
      startedAt: addDays(now, -40),
      state: "TIMED_OUT",
      timesOutAt: addDays(now, -10),
      settledAt: addDays(now, -10),
    });
    await insertCallback(user, {
      title: "timed out, acknowledged",
      startedAt: addDays(now, -40),
      state: "TIMED_OUT",
      timesOutAt: addDays(now, -10),
      settledAt: addDays(now, -10),
      acknowledgedAt: addDays(now, -9),
    });
    await insertCallback(user, {
      title: "snoozed",
      startedAt: addDays(now, -9),
      expectedReplyBy: addDays(now, -2),
      snoozedUntil: addDays(now, 0.5),
    });
    await insertCallback(user, { title: "snooze over", startedAt: addDays(now, -9), expectedReplyBy: addDays(now, -3), snoozedUntil: addDays(now, -0.5), followUpDays: [] });
    await insertCallback(user, {
      title: "fulfilled",
      startedAt: addDays(now, -20),
      state: "FULFILLED",
      settledAt: addDays(now, -1),
      expectedReplyBy: addDays(now, -13),
    });
    await insertCallback(user, { title: "cancelled", startedAt: addDays(now, -20), state: "CANCELLED", settledAt: addDays(now, -1) });

    const queue = await listTickQueue(actorOf(user), now);
    expect(ids(queue)).toEqual(["timed out", "follow-up due", "snooze over", "overdue older", "overdue", "stale"]);
    expect(queue.total).toBe(6);
    const [first] = queue.items;
    expect(first?.kind === "callback" && first.callback).toMatchObject({ state: "TIMED_OUT", probability: expect.any(Number) });
  });

  test("another user's callbacks never show", async () => {
    const alice = await createTestUser();
    const bob = await createTestUser();
    await insertCallback(alice, { title: "alice's overdue", startedAt: addDays(FAR_NOW, -9), expectedReplyBy: addDays(FAR_NOW, -2) });
    expect((await listTickQueue(actorOf(bob), FAR_NOW)).items).toEqual([]);
    expect(ids(await listTickQueue(actorOf(alice), FAR_NOW))).toEqual(["alice's overdue"]);
  });

  test("a follow-up due across the DST change in New York: found through the SQL day of slack", async () => {
    // Friday 2035-03-09 09:00 EST; three calendar days later is Monday 09:00 EDT = 13:00 UTC,
    // an hour before three 24-hour days have passed.
    const user = await createTestUser({ timeZone: "America/New_York" });
    const lastContactAt = new Date("2035-03-09T14:00:00.000Z");
    await insertCallback(user, {
      title: "nudge",
      startedAt: lastContactAt,
      lastContactAt,
      expectedReplyBy: addDays(lastContactAt, 10),
      timesOutAt: addDays(lastContactAt, 30),
      followUpDays: [3, 10],
    });
    const at = (iso: string) => listTickQueue(actorOf(user), new Date(iso));
    expect(ids(await at("2035-03-12T12:59:00.000Z"))).toEqual([]);
    const due = await at("2035-03-12T13:30:00.000Z");
    expect(due.items[0]).toMatchObject({ reason: "follow_up_due", since: new Date("2035-03-12T13:00:00.000Z") });
    // The same callback for a UTC user is not due until 14:00 UTC.
    const utc = await createTestUser({ timeZone: "UTC" });
    await insertCallback(utc, { title: "nudge", startedAt: lastContactAt, lastContactAt, expectedReplyBy: addDays(lastContactAt, 10), followUpDays: [3, 10] });
    expect(ids(await listTickQueue(actorOf(utc), new Date("2035-03-12T13:30:00.000Z")))).toEqual([]);
  });

  test("a follow-up schedule already used up doesn't bring the callback back", async () => {
    const user = await createTestUser();
    await insertCallback(user, {
      title: "done nudging",
      startedAt: addDays(FAR_NOW, -6),
      lastContactAt: addDays(FAR_NOW, -5),
      expectedReplyBy: addDays(FAR_NOW, 2),
      followUpDays: [1],
      followUpCount: 1,
    });
    expect((await listTickQueue(actorOf(user), FAR_NOW)).total).toBe(0);
  });

  test("the queue sends at most the first 100 items and counts them all", async () => {
    const user = await createTestUser();
    await getDb().callback.createMany({
      data: Array.from({ length: 105 }, (_, index) => ({
        userId: user.id,
        kind: "OTHER" as const,
        title: `overdue ${index}`,
        startedAt: addDays(FAR_NOW, -10),
        expectedReplyBy: addDays(FAR_NOW, -1 - index / 1000),
        timesOutAt: addDays(FAR_NOW, 20),
        expectedReplyDays: 7,
        timeoutDays: 30,
        followUpDays: [],
        lastContactAt: addDays(FAR_NOW, -10),
        priorProbability: 0.3,
        probability: 0.3,
        payoff: 3,
      })),
    });
    const queue = await listTickQueue(actorOf(user), FAR_NOW);
    expect(queue.total).toBe(105);
    expect(queue.items).toHaveLength(100);
    expect(ids(queue)[0]).toBe("overdue 104");
    // Today lists fewer at a time, the same first ones.
    const today = await listTickQueue(actorOf(user), FAR_NOW, { limit: TODAY_QUEUE_LIMIT });
    expect(today.total).toBe(105);
    expect(ids(today)).toEqual(ids(queue).slice(0, TODAY_QUEUE_LIMIT));
  });
});

describe("[tick] commitments in the queue", () => {
  test("a commitment that ended and today's check-in come after timeouts and before follow-ups", async () => {
    const user = await createTestUser();
    const day = (key: string) => new Date(`${key}T00:00:00.000Z`);
    // FAR_NOW is 2035-06-15 12:00 UTC.
    await getDb().commitment.create({
      data: { userId: user.id, title: "Ship the portfolio site", startsOn: day("2035-06-01"), endsOn: day("2035-06-12"), cadence: "WEEKLY" },
    });
    await getDb().commitment.create({
      data: { userId: user.id, title: "Write every morning", startsOn: day("2035-06-15"), endsOn: day("2035-06-30"), cadence: "DAILY" },
    });
    await insertCallback(user, { title: "overdue", startedAt: addDays(FAR_NOW, -9), expectedReplyBy: addDays(FAR_NOW, -2), followUpDays: [] });
    await insertCallback(user, { title: "timed out", state: "TIMED_OUT", startedAt: addDays(FAR_NOW, -40), timesOutAt: addDays(FAR_NOW, -1), settledAt: addDays(FAR_NOW, -1) });

    const queue = await listTickQueue(actorOf(user), FAR_NOW);
    // The ended weekly one may still ask for its last weeks' check-ins (the commitments' own rule).
    const reasons = queue.items.map((item) => item.reason);
    expect(reasons[0]).toBe("timed_out");
    expect(reasons[1]).toBe("commitment_close");
    expect(reasons.slice(2, -1).every((reason) => reason === "check_in")).toBe(true);
    expect(reasons.at(-1)).toBe("overdue");
    const checkIns = queue.items.flatMap((item) => (item.kind === "commitment" && item.commitment.type === "check-in" ? [item.commitment] : []));
    expect(checkIns).toContainEqual(expect.objectContaining({ title: "Write every morning", period: "2035-06-15" }));
    // Another user sees none of it.
    expect((await listTickQueue(actorOf(await createTestUser()), FAR_NOW)).total).toBe(0);
  });
});
