import { beforeAll, describe, expect, test } from "vitest";
import type { Callback, User } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { addEvidence } from "@/lib/server/callbacks/add-evidence";
import { cancelCallback } from "@/lib/server/callbacks/cancel-callback";
import { deleteCallback } from "@/lib/server/callbacks/delete-callback";
import { editCallback } from "@/lib/server/callbacks/edit-callback";
import { extendCallback } from "@/lib/server/callbacks/extend-callback";
import { getCallback } from "@/lib/server/callbacks/get-callback";
import { listCallbacks } from "@/lib/server/callbacks/list-callbacks";
import { logFollowUp } from "@/lib/server/callbacks/log-follow-up";
import { reopenCallback } from "@/lib/server/callbacks/reopen-callback";
import { settleCallback } from "@/lib/server/callbacks/settle-callback";
import {
  editCallbackSchema,
  evidenceSchema,
  extendSchema,
  followUpSchema,
  listCallbacksSchema,
  reopenSchema,
  settleSchema,
} from "@/lib/validation/callbacks";
import { createTestUser } from "../factories";
import { FAR_NOW, addDays, expectAppError, insertCallback, snapshot } from "./helpers";

const NOW = FAR_NOW;

// A's callbacks: one pending and one fulfilled, so every call below is legal for A's row and
// would change it if the ownership check were missing.
let owner: User;
let intruder: User;
let pending: Callback;
let fulfilled: Callback;

beforeAll(async () => {
  owner = await createTestUser();
  intruder = await createTestUser();
  pending = await insertCallback(owner, { title: "Owner's secret application", counterparty: "Globex Hiring" });
  fulfilled = await insertCallback(owner, { title: "Owner's settled bet", state: "FULFILLED", settledAt: addDays(NOW, -1), probabilityAtSettlement: 0.3 });
  // B has rows of their own, so an empty list can't pass by accident.
  await insertCallback(intruder, { title: "Intruder's own" });
});

type Call = (actor: Actor) => Promise<unknown>;

const CALLS: [string, () => Callback, Call][] = [
  ["getCallback", () => pending, (b) => getCallback(b, pending.id, NOW)],
  ["logFollowUp", () => pending, (b) => logFollowUp(b, pending.id, followUpSchema.parse({}), NOW)],
  ["addEvidence", () => pending, (b) => addEvidence(b, pending.id, evidenceSchema.parse({ mode: "preset", presetId: "passed_a_round" }), NOW)],
  ["extendCallback", () => pending, (b) => extendCallback(b, pending.id, extendSchema.parse({ timesOutAt: addDays(NOW, 90) }), NOW)],
  ["settleCallback", () => pending, (b) => settleCallback(b, pending.id, settleSchema.parse({ outcome: "REJECTED" }), NOW)],
  ["cancelCallback", () => pending, (b) => cancelCallback(b, pending.id, {}, NOW)],
  ["reopenCallback", () => fulfilled, (b) => reopenCallback(b, fulfilled.id, reopenSchema.parse({}), NOW)],
  ["editCallback", () => pending, (b) => editCallback(b, pending.id, editCallbackSchema.parse({ title: "Hijacked", kind: "OTHER" }), NOW)],
  ["deleteCallback", () => pending, (b) => deleteCallback(b.id, pending.id)],
];

describe("[callbacks] another user's callback", () => {
  test.each(CALLS)("%s answers NOT_FOUND and leaves the owner's row and history as they were", async (_name, target, call) => {
    const before = await snapshot(target().id);
    expect(before.callback).not.toBeNull();
    const error = await expectAppError(call(intruder), "NOT_FOUND");
    expect(error.message).toBe("That callback was not found.");
    expect(await snapshot(target().id)).toEqual(before);
  });

  test("answers NOT_FOUND exactly as for an id that doesn't exist", async () => {
    const missing = await expectAppError(getCallback(intruder, "no-such-callback", NOW), "NOT_FOUND");
    const foreign = await expectAppError(getCallback(intruder, pending.id, NOW), "NOT_FOUND");
    expect(foreign.message).toBe(missing.message);
  });

  test("the owner still reaches it", async () => {
    const detail = await getCallback(owner, pending.id, NOW);
    expect(detail.callback.title).toBe("Owner's secret application");
  });
});

describe("[callbacks] another user's list", () => {
  test.each([
    ["every state", {}],
    ["all states", { state: "ALL" }],
    ["a search for the owner's title", { state: "ALL", q: "secret application" }],
    ["a search for the owner's counterparty", { state: "ALL", q: "globex" }],
    ["a search for the owner's settled title", { state: "FULFILLED", q: "Owner" }],
  ])("never includes the owner's rows (%s)", async (_name, query) => {
    const page = await listCallbacks(intruder, listCallbacksSchema.parse(query), NOW);
    const ids = page.items.map((item) => item.id);
    expect(ids).not.toContain(pending.id);
    expect(ids).not.toContain(fulfilled.id);
    expect(page.items.every((item) => item.title === "Intruder's own")).toBe(true);
    expect(page.total).toBe(page.items.length);
  });

  test("the owner's own search finds it (so the searches above could match)", async () => {
    const page = await listCallbacks(owner, listCallbacksSchema.parse({ state: "ALL", q: "globex" }), NOW);
    expect(page.items.map((item) => item.id)).toEqual([pending.id]);
  });
});
