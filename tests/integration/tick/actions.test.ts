import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import type { User } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { reopenCallback } from "@/lib/server/callbacks/reopen-callback";
import { settleCallback } from "@/lib/server/callbacks/settle-callback";
import { timeOutDueCallbacks } from "@/lib/server/callbacks/time-out-due-callbacks";
import { acknowledgeTimeout } from "@/lib/server/tick/acknowledge-timeout";
import { listTickQueue } from "@/lib/server/tick/list-tick-queue";
import { snoozeCallback } from "@/lib/server/tick/snooze-callback";
import { createTestUser } from "../factories";
import { FAR_NOW, addDays, expectAppError, insertCallback, snapshot } from "../callbacks/helpers";

const actorOf = (user: User): Actor => ({ id: user.id, timeZone: user.timeZone, capacity: user.capacity });

async function timedOut(user: User, overrides = {}) {
  return insertCallback(user, {
    startedAt: addDays(FAR_NOW, -40),
    state: "TIMED_OUT",
    timesOutAt: addDays(FAR_NOW, -10),
    settledAt: addDays(FAR_NOW, -10),
    ...overrides,
  });
}

describe("[tick] acknowledge a timeout", () => {
  test("takes it out of the queue, keeps it timed out, bumps the version; twice is harmless", async () => {
    const user = await createTestUser();
    const callback = await timedOut(user);
    expect((await listTickQueue(actorOf(user), FAR_NOW)).total).toBe(1);
    await acknowledgeTimeout(actorOf(user), callback.id, FAR_NOW);
    const row = await getDb().callback.findUniqueOrThrow({ where: { id: callback.id } });
    expect(row).toMatchObject({ state: "TIMED_OUT", acknowledgedAt: FAR_NOW, version: callback.version + 1 });
    expect((await listTickQueue(actorOf(user), FAR_NOW)).total).toBe(0);
    await expect(acknowledgeTimeout(actorOf(user), callback.id, addDays(FAR_NOW, 1))).resolves.toEqual({ acknowledgedAt: FAR_NOW });
  });

  test("a pending callback can't be acknowledged; another user's is not found and unchanged", async () => {
    const alice = await createTestUser();
    const bob = await createTestUser();
    const pending = await insertCallback(alice);
    await expectAppError(acknowledgeTimeout(actorOf(alice), pending.id, FAR_NOW), "CONFLICT");
    const alices = await timedOut(alice);
    const before = await snapshot(alices.id);
    await expectAppError(acknowledgeTimeout(actorOf(bob), alices.id, FAR_NOW), "NOT_FOUND");
    await expectAppError(acknowledgeTimeout(actorOf(bob), "no-such-id", FAR_NOW), "NOT_FOUND");
    expect(await snapshot(alices.id)).toEqual(before);
  });

  test("a settled late reply leaves the queue too (it isn't TIMED_OUT any more)", async () => {
    const user = await createTestUser();
    const callback = await timedOut(user);
    await settleCallback(actorOf(user), callback.id, { outcome: "FULFILLED" }, FAR_NOW);
    expect((await listTickQueue(actorOf(user), FAR_NOW)).total).toBe(0);
  });
});

describe("[tick] later (snooze)", () => {
  test("keeps it out until the start of the user's next day, in their zone", async () => {
    const user = await createTestUser({ timeZone: "Asia/Tokyo" });
    const callback = await insertCallback(user, { startedAt: addDays(FAR_NOW, -9), expectedReplyBy: addDays(FAR_NOW, -2) });
    // 20:00 UTC on 2035-06-15 is already 05:00 on the 16th in Tokyo: the next day starts on the 17th.
    const now = new Date("2035-06-15T20:00:00.000Z");
    const { snoozedUntil } = await snoozeCallback(actorOf(user), callback.id, now);
    expect(snoozedUntil).toEqual(new Date("2035-06-16T15:00:00.000Z"));
    expect((await getDb().callback.findUniqueOrThrow({ where: { id: callback.id } })).version).toBe(callback.version + 1);
    expect((await listTickQueue(actorOf(user), now)).total).toBe(0);
    expect((await listTickQueue(actorOf(user), new Date("2035-06-16T14:59:59.999Z"))).total).toBe(0);
    expect((await listTickQueue(actorOf(user), snoozedUntil)).total).toBe(1);
  });

  test("another user's callback is not found and unchanged; a settled one can't be put off", async () => {
    const alice = await createTestUser();
    const bob = await createTestUser();
    const callback = await insertCallback(alice, { startedAt: addDays(FAR_NOW, -9), expectedReplyBy: addDays(FAR_NOW, -2) });
    const before = await snapshot(callback.id);
    await expectAppError(snoozeCallback(actorOf(bob), callback.id, FAR_NOW), "NOT_FOUND");
    expect(await snapshot(callback.id)).toEqual(before);
    const settled = await insertCallback(alice, { state: "FULFILLED", settledAt: addDays(FAR_NOW, -1) });
    await expectAppError(snoozeCallback(actorOf(alice), settled.id, FAR_NOW), "CONFLICT");
  });
});

describe("[tick] timeouts come back", () => {
  // Lives in 2000, before every other sweeping test's dates, so sweeps elsewhere can only do to
  // these rows what this test's own sweep would.
  test("the sweeper lands a timeout unacknowledged; reopening clears the acknowledgement", async () => {
    const user = await createTestUser();
    const start = new Date("2000-05-01T09:00:00.000Z");
    const callback = await insertCallback(user, { startedAt: start, expectedReplyBy: addDays(start, 7), timesOutAt: addDays(start, 30) });
    await timeOutDueCallbacks(addDays(start, 31));
    const actor = actorOf(user);
    expect(await getDb().callback.findUniqueOrThrow({ where: { id: callback.id } })).toMatchObject({ state: "TIMED_OUT", acknowledgedAt: null });
    await acknowledgeTimeout(actor, callback.id, addDays(start, 32));

    const reopenedAt = addDays(start, 33);
    await reopenCallback(actor, callback.id, { timesOutAt: addDays(start, 40) }, reopenedAt);
    const reopened = await getDb().callback.findUniqueOrThrow({ where: { id: callback.id } });
    expect(reopened).toMatchObject({ state: "PENDING", acknowledgedAt: null });

    // Even a row acknowledged by hand before the sweep comes back unacknowledged.
    await getDb().callback.update({ where: { id: callback.id }, data: { acknowledgedAt: reopenedAt } });
    await timeOutDueCallbacks(addDays(start, 41));
    const again = await getDb().callback.findUniqueOrThrow({ where: { id: callback.id } });
    expect(again).toMatchObject({ state: "TIMED_OUT", acknowledgedAt: null });
    expect((await listTickQueue(actor, addDays(start, 41))).items.map((item) => item.reason)).toEqual(["timed_out"]);
  });
});
