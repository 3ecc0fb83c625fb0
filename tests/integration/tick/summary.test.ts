import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import type { User } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { completeTick } from "@/lib/server/tick/complete-tick";
import { getTickSummary } from "@/lib/server/tick/get-tick-summary";
import { createTestUser } from "../factories";
import { FAR_NOW, addDays, insertCallback } from "../callbacks/helpers";

const actorOf = (user: User): Actor => ({ id: user.id, timeZone: user.timeZone, capacity: user.capacity });

describe("[tick] recording a tick and what changed since the last", () => {
  test("before any tick, counts since the user joined", async () => {
    const user = await createTestUser({ createdAt: addDays(FAR_NOW, -30) });
    await insertCallback(user, { createdAt: addDays(FAR_NOW, -2) });
    const summary = await getTickSummary(actorOf(user), FAR_NOW);
    expect(summary).toMatchObject({ lastTick: null, sinceKind: "joined", since: addDays(FAR_NOW, -30) });
    expect(summary.changes).toEqual({ fulfilled: 0, rejected: 0, timedOut: 0, cancelled: 0, created: 1 });
  });

  test("counts settled, timed out, cancelled and new callbacks after the last tick only", async () => {
    const user = await createTestUser({ createdAt: addDays(FAR_NOW, -60) });
    const actor = actorOf(user);
    const first = await completeTick(actor, { processed: 2 }, addDays(FAR_NOW, -5));
    expect(first.summary.sinceKind).toBe("joined");
    expect(first.tick).toMatchObject({ completedAt: addDays(FAR_NOW, -5), processed: 2 });

    const before = addDays(FAR_NOW, -6);
    const after = addDays(FAR_NOW, -1);
    const old = { createdAt: addDays(FAR_NOW, -50), startedAt: addDays(FAR_NOW, -50) };
    await insertCallback(user, { ...old, state: "FULFILLED", settledAt: before });
    await insertCallback(user, { ...old, state: "FULFILLED", settledAt: after });
    await insertCallback(user, { ...old, state: "REJECTED", settledAt: after });
    await insertCallback(user, { ...old, state: "TIMED_OUT", settledAt: after });
    await insertCallback(user, { ...old, state: "CANCELLED", settledAt: after });
    await insertCallback(user, { createdAt: after, startedAt: after });
    await insertCallback(user, { createdAt: before, startedAt: before });

    const summary = await getTickSummary(actor, FAR_NOW);
    expect(summary).toMatchObject({ sinceKind: "tick", since: addDays(FAR_NOW, -5), lastTick: { processed: 2 } });
    expect(summary.changes).toEqual({ fulfilled: 1, rejected: 1, timedOut: 1, cancelled: 1, created: 1 });

    // Completing returns the changes up to it; the next summary starts from it.
    const second = await completeTick(actor, { processed: 4 }, FAR_NOW);
    expect(second.summary.changes).toEqual(summary.changes);
    expect((await getTickSummary(actor, addDays(FAR_NOW, 0.1))).changes).toEqual({ fulfilled: 0, rejected: 0, timedOut: 0, cancelled: 0, created: 0 });
    expect(await getDb().tick.count({ where: { userId: user.id } })).toBe(2);
  });

  test("another user's ticks and callbacks don't count", async () => {
    const alice = await createTestUser({ createdAt: addDays(FAR_NOW, -30) });
    const bob = await createTestUser({ createdAt: addDays(FAR_NOW, -30) });
    await completeTick(actorOf(alice), { processed: 1 }, addDays(FAR_NOW, -1));
    await insertCallback(alice, { createdAt: addDays(FAR_NOW, -0.5), state: "FULFILLED", settledAt: addDays(FAR_NOW, -0.5) });
    const bobs = await getTickSummary(actorOf(bob), FAR_NOW);
    expect(bobs).toMatchObject({ lastTick: null, sinceKind: "joined" });
    expect(bobs.changes).toEqual({ fulfilled: 0, rejected: 0, timedOut: 0, cancelled: 0, created: 0 });
  });
});
