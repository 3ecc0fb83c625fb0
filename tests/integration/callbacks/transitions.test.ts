import { describe, expect, test } from "vitest";
import { getDbInfo } from "@/lib/db";
import type { CallbackState } from "@/lib/domain/callback-state";
import type { Callback } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { addEvidence } from "@/lib/server/callbacks/add-evidence";
import { cancelCallback } from "@/lib/server/callbacks/cancel-callback";
import { editCallback } from "@/lib/server/callbacks/edit-callback";
import { extendCallback } from "@/lib/server/callbacks/extend-callback";
import { logFollowUp } from "@/lib/server/callbacks/log-follow-up";
import { mutateCallback } from "@/lib/server/callbacks/mutate-callback";
import { reopenCallback } from "@/lib/server/callbacks/reopen-callback";
import { settleCallback } from "@/lib/server/callbacks/settle-callback";
import { editCallbackSchema, evidenceSchema, extendSchema, followUpSchema, reopenSchema, settleSchema } from "@/lib/validation/callbacks";
import { createTestUser } from "../factories";
import { FAR_NOW, addDays, eventsOf, expectAppError, expectDomainError, insertCallback, snapshot } from "./helpers";

const NOW = FAR_NOW;
const { kind: databaseKind } = await getDbInfo();

type Attempt = (actor: Actor, callback: Callback) => Promise<unknown>;

const ILLEGAL: [string, CallbackState, Attempt][] = [
  ["follow-up on a fulfilled callback", "FULFILLED", (a, c) => logFollowUp(a, c.id, followUpSchema.parse({}), NOW)],
  ["logged contact on a timed-out callback", "TIMED_OUT", (a, c) => logFollowUp(a, c.id, followUpSchema.parse({ kind: "CONTACT" }), NOW)],
  ["evidence on a cancelled callback", "CANCELLED", (a, c) => addEvidence(a, c.id, evidenceSchema.parse({ mode: "set", percent: 50 }), NOW)],
  ["fulfilling a fulfilled callback", "FULFILLED", (a, c) => settleCallback(a, c.id, settleSchema.parse({ outcome: "FULFILLED" }), NOW)],
  ["rejecting a cancelled callback", "CANCELLED", (a, c) => settleCallback(a, c.id, settleSchema.parse({ outcome: "REJECTED" }), NOW)],
  ["editing a timed-out callback", "TIMED_OUT", (a, c) => editCallback(a, c.id, editCallbackSchema.parse({ title: "New", kind: "OTHER" }), NOW)],
  ["extending a rejected callback", "REJECTED", (a, c) => extendCallback(a, c.id, extendSchema.parse({ timesOutAt: addDays(NOW, 30) }), NOW)],
  ["reopening a pending callback", "PENDING", (a, c) => reopenCallback(a, c.id, reopenSchema.parse({}), NOW)],
  ["cancelling a cancelled callback", "CANCELLED", (a, c) => cancelCallback(a, c.id, {}, NOW)],
];

describe("[callbacks] illegal transitions", () => {
  test.each(ILLEGAL)("%s is a DomainError and changes nothing", async (_name, state, attempt) => {
    const user = await createTestUser();
    const settled = state === "PENDING" ? {} : { settledAt: addDays(NOW, -1), probabilityAtSettlement: 0.2 };
    const callback = await insertCallback(user, { state, ...settled });
    const before = await snapshot(callback.id);
    await expectDomainError(attempt(user, callback), "ILLEGAL_TRANSITION");
    expect(await snapshot(callback.id)).toEqual(before);
  });

  test("cancelling twice: the second is refused, one CANCELLED event", async () => {
    const user = await createTestUser();
    const callback = await insertCallback(user);
    await cancelCallback(user, callback.id, { note: "first" }, NOW);
    const afterFirst = await snapshot(callback.id);
    expect(afterFirst.callback?.state).toBe("CANCELLED");
    const error = await expectDomainError(cancelCallback(user, callback.id, { note: "second" }, addDays(NOW, 1)), "ILLEGAL_TRANSITION");
    expect(error.message).toBe("This callback is already cancelled.");
    expect(await snapshot(callback.id)).toEqual(afterFirst);
    expect(afterFirst.events.map((e) => [e.type, e.note])).toEqual([["CANCELLED", "first"]]);
  });
});

describe("[callbacks] optimistic version check", () => {
  test("a write that landed after this one read the row makes it a CONFLICT, and nothing of it is kept", async () => {
    const user = await createTestUser();
    const callback = await insertCallback(user, { title: "Original" });
    const before = await snapshot(callback.id);
    const stale = mutateCallback(user, callback.id, async (read, tx) => {
      // Stands in for another request committing between this one's read and its write: on
      // PGlite (one connection) two transactions can't overlap, so the interleaving is staged.
      await tx.$executeRaw`UPDATE "Callback" SET version = version + 1 WHERE id = ${read.id}`;
      return { data: { title: "Stale write" }, event: { type: "EDITED", at: NOW, label: "Edited title" } };
    });
    const error = await expectAppError(stale, "CONFLICT");
    expect(error.message).toMatch(/changed in the meantime/);
    // The transaction rolled back: not the title, not the event, not even the staged bump.
    expect(await snapshot(callback.id)).toEqual(before);
  });

  // Two real transactions on two pool connections. PGlite is single-connection (its transactions
  // queue behind one another, so both can never have read the same version): this runs in CI's
  // Postgres pass.
  test.skipIf(databaseKind !== "postgres")("two concurrent mutations of one version: one wins, the other gets CONFLICT", async () => {
    const user = await createTestUser();
    const callback = await insertCallback(user);
    let reads = 0;
    let release: () => void = () => {};
    const bothRead = new Promise<void>((resolve) => {
      release = resolve;
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("the second transaction never read the row")), 4_000);
    });
    const mutation = (title: string) =>
      mutateCallback(user, callback.id, async () => {
        reads += 1;
        if (reads === 2) release();
        await Promise.race([bothRead, timeout]);
        return { data: { title }, event: { type: "EDITED", at: NOW, label: title } };
      });
    timeout.catch(() => {});

    const results = await Promise.allSettled([mutation("first"), mutation("second")]);
    clearTimeout(timer);
    const fulfilled = results.filter((r) => r.status === "fulfilled");
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]?.reason).toMatchObject({ name: "AppError", code: "CONFLICT" });

    const after = await snapshot(callback.id);
    const events = await eventsOf(callback.id);
    expect(after.callback?.version).toBe(1);
    expect(events).toHaveLength(1);
    expect(events[0]?.label).toBe(after.callback?.title);
  });
});
