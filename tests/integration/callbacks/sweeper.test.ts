import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, test } from "vitest";
import { getDb, getDbInfo } from "@/lib/db";
import { currentProbability } from "@/lib/domain/probability";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { extendCallback } from "@/lib/server/callbacks/extend-callback";
import { timeOutDueCallbacks } from "@/lib/server/callbacks/time-out-due-callbacks";
import { extendSchema } from "@/lib/validation/callbacks";
import { createTestUser } from "../factories";
import { addDays, callbackData, eventsOf, insertCallback, snapshot } from "./helpers";

// The sweeper works across all users. On the shared Postgres of the `integration-postgres` pass,
// other files' callbacks sit in the 2030s (tests/integration/callbacks/helpers.ts FAR_NOW) or
// near the real clock, so each test here lives in its own month of 2001: its sweeps can only
// reach rows of this file. Each test first sweeps its own `now` once, so leftovers of an earlier
// test or run can't change the counts it asserts.
const { kind: databaseKind } = await getDbInfo();

function dedupeKey(callbackId: string, timesOutAt: Date): string {
  // "timeout:<id>:<times-out-at>" with the deadline as the database formats it (UTC, ms, no zone).
  return `timeout:${callbackId}:${timesOutAt.toISOString().slice(0, 23)}`;
}

async function timedOutEventCounts(userIds: string[]): Promise<Map<string, number>> {
  const groups = await getDb().callbackEvent.groupBy({
    by: ["callbackId"],
    where: { userId: { in: userIds }, type: "TIMED_OUT" },
    _count: { _all: true },
  });
  return new Map(groups.map((group) => [group.callbackId, group._count._all]));
}

describe("[callbacks] the sweeper", () => {
  test("times out a pending callback past its deadline, once, as of the deadline", async () => {
    const start = new Date("2001-03-01T09:00:00.000Z");
    const now = addDays(start, 30.25); // six hours after the deadline: a catch-up after downtime
    await timeOutDueCallbacks(now);
    const user = await createTestUser();
    // Heard back on day 5, so the decay at the deadline runs from day 5 (25 days, 7-day median).
    const due = await insertCallback(user, { startedAt: start, lastContactAt: addDays(start, 5), probability: 0.4, timesOutAt: addDays(start, 30) });
    const dueNow = await insertCallback(user, { startedAt: start, timesOutAt: now });
    const notYet = await insertCallback(user, { startedAt: start, timesOutAt: new Date(now.getTime() + 1) });
    const settled = await insertCallback(user, { startedAt: start, state: "FULFILLED", settledAt: addDays(start, 2), probabilityAtSettlement: 0.5 });
    const untouched = [await snapshot(notYet.id), await snapshot(settled.id)];

    expect(await timeOutDueCallbacks(now)).toBe(2);

    const row = await getDb().callback.findUniqueOrThrow({ where: { id: due.id } });
    const atDeadline = currentProbability({ explicit: 0.4, lastContactAt: addDays(start, 5), expectedReplyDays: 7, now: due.timesOutAt });
    expect(atDeadline).toBeCloseTo(0.4 * 2 ** (-25 / 7) / (0.4 * 2 ** (-25 / 7) + 0.6), 12);
    expect(row).toMatchObject({ state: "TIMED_OUT", settledAt: due.timesOutAt, version: 1, updatedAt: now, probability: 0.4 });
    expect(Math.abs(row.probabilityAtSettlement! - atDeadline)).toBeLessThan(1e-9);

    const events = await eventsOf(due.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: "TIMED_OUT", at: due.timesOutAt, userId: user.id, label: "Timed out", dedupeKey: dedupeKey(due.id, due.timesOutAt) });
    expect(Math.abs(events[0]!.probabilityBefore! - atDeadline)).toBeLessThan(1e-9);
    // A deadline at exactly `now` has passed.
    expect((await snapshot(dueNow.id)).callback?.state).toBe("TIMED_OUT");
    expect([await snapshot(notYet.id), await snapshot(settled.id)]).toEqual(untouched);

    // Running it again fires nothing.
    expect(await timeOutDueCallbacks(now)).toBe(0);
    expect(await timeOutDueCallbacks(addDays(now, -1))).toBe(0);
    expect(await timedOutEventCounts([user.id])).toEqual(new Map([[due.id, 1], [dueNow.id, 1]]));

    // One millisecond later the next one is due.
    expect(await timeOutDueCallbacks(notYet.timesOutAt)).toBe(1);
    expect((await snapshot(notYet.id)).callback?.state).toBe("TIMED_OUT");
  });

  test("a callback extended after a timeout and due again times out again, under a new key", async () => {
    const start = new Date("2001-06-01T09:00:00.000Z");
    const firstDeadline = addDays(start, 30);
    const secondDeadline = addDays(start, 45);
    await timeOutDueCallbacks(secondDeadline);
    const user = await createTestUser();
    const callback = await insertCallback(user, { startedAt: start, probability: 0.5, timesOutAt: firstDeadline });

    expect(await timeOutDueCallbacks(firstDeadline)).toBe(1);
    const extendedAt = addDays(firstDeadline, 1);
    const extended = await extendCallback(user, callback.id, extendSchema.parse({ timesOutAt: secondDeadline }), extendedAt);
    expect(extended).toMatchObject({ state: "PENDING", settledAt: null, probabilityAtSettlement: null });
    expect(await timeOutDueCallbacks(extendedAt)).toBe(0);
    expect(await timeOutDueCallbacks(secondDeadline)).toBe(1);
    expect(await timeOutDueCallbacks(secondDeadline)).toBe(0);

    const row = await getDb().callback.findUniqueOrThrow({ where: { id: callback.id } });
    expect(row).toMatchObject({ state: "TIMED_OUT", settledAt: secondDeadline, version: 3 });
    const atSecond = currentProbability({ explicit: 0.5, lastContactAt: start, expectedReplyDays: 7, now: secondDeadline });
    expect(Math.abs(row.probabilityAtSettlement! - atSecond)).toBeLessThan(1e-9);
    const events = await eventsOf(callback.id);
    expect(events.map((e) => [e.type, e.at, e.dedupeKey])).toEqual([
      ["TIMED_OUT", firstDeadline, dedupeKey(callback.id, firstDeadline)],
      ["EXTENDED", extendedAt, null],
      ["TIMED_OUT", secondDeadline, dedupeKey(callback.id, secondDeadline)],
    ]);
  });

  test("works through more due callbacks than one batch, across users, in one call", async () => {
    const start = new Date("2001-09-01T09:00:00.000Z");
    const now = addDays(start, 31);
    await timeOutDueCallbacks(now);
    const users = await Promise.all([createTestUser(), createTestUser(), createTestUser()]);
    const data = users.flatMap((user, u) =>
      Array.from({ length: 350 }, (_, i) => callbackData(user, start, { title: `due ${u}/${i}`, timesOutAt: addDays(start, 1 + (i % 29)) })),
    );
    await getDb().callback.createMany({ data });

    expect(await timeOutDueCallbacks(now)).toBe(1_050);
    const counts = await timedOutEventCounts(users.map((user) => user.id));
    expect(counts.size).toBe(1_050);
    expect([...counts.values()].every((count) => count === 1)).toBe(true);
    expect(await getDb().callback.count({ where: { userId: { in: users.map((u) => u.id) }, state: "PENDING" } })).toBe(0);
  });

  // Two sweepers on separate connection pools, as two app instances would run them. PGlite is
  // single-connection (one process, one connection: nothing can race), so this runs only on
  // Postgres, i.e. in CI's integration-postgres pass.
  test.skipIf(databaseKind !== "postgres")("two concurrent sweepers time each callback out exactly once", async () => {
    const start = new Date("2001-12-01T09:00:00.000Z");
    const now = addDays(start, 31);
    await timeOutDueCallbacks(now);
    const users = await Promise.all(Array.from({ length: 4 }, () => createTestUser()));
    const data = users.flatMap((user, u) =>
      Array.from({ length: 300 }, (_, i) => callbackData(user, start, { title: `race ${u}/${i}`, timesOutAt: addDays(start, 1 + ((i * 7) % 30)) })),
    );
    await getDb().callback.createMany({ data });

    const second = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }) });
    try {
      const [a, b] = await Promise.all([timeOutDueCallbacks(now), timeOutDueCallbacks(now, second)]);
      expect(a + b).toBe(1_200);
      const counts = await timedOutEventCounts(users.map((user) => user.id));
      expect(counts.size).toBe(1_200);
      expect([...counts.values()].every((count) => count === 1)).toBe(true);
      // Each row was written once: a second update of the same row would have bumped it to 2.
      const states = await getDb().callback.groupBy({ by: ["state", "version"], where: { userId: { in: users.map((u) => u.id) } }, _count: { _all: true } });
      expect(states.map((s) => [s.state, s.version, s._count._all])).toEqual([["TIMED_OUT", 1, 1_200]]);
      expect(await Promise.all([timeOutDueCallbacks(now), timeOutDueCallbacks(now, second)])).toEqual([0, 0]);
    } finally {
      await second.$disconnect();
    }
  });
});
