import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { currentProbability } from "@/lib/domain/probability";
import { addEvidence } from "@/lib/server/callbacks/add-evidence";
import { cancelCallback } from "@/lib/server/callbacks/cancel-callback";
import { captureCallback } from "@/lib/server/callbacks/capture-callback";
import { editCallback } from "@/lib/server/callbacks/edit-callback";
import { extendCallback } from "@/lib/server/callbacks/extend-callback";
import { getCallback } from "@/lib/server/callbacks/get-callback";
import { logFollowUp } from "@/lib/server/callbacks/log-follow-up";
import { reopenCallback } from "@/lib/server/callbacks/reopen-callback";
import { settleCallback } from "@/lib/server/callbacks/settle-callback";
import {
  captureCallbackSchema,
  editCallbackSchema,
  evidenceSchema,
  extendSchema,
  followUpSchema,
  reopenSchema,
  settleSchema,
} from "@/lib/validation/callbacks";
import { createTestUser } from "../factories";
import { FAR_NOW, addDays, eventsOf, expectAppError, insertCallback, snapshot } from "./helpers";

const NOW = FAR_NOW;

async function captured(user: Awaited<ReturnType<typeof createTestUser>>, input: Record<string, unknown>, at: Date): Promise<string> {
  const result = await captureCallback(user, captureCallbackSchema.parse(input), at);
  if (result.status !== "created") throw new Error("capture asked for confirmation");
  return result.callback.id;
}

describe("[callbacks] follow-ups and contacts", () => {
  test("a follow-up restarts the reply clock and records before/after", async () => {
    const user = await createTestUser();
    const startedAt = addDays(NOW, -4);
    // Networking: reply expected in 3 days, follow-ups on days 3, 10, 17, timeout on day 21.
    const id = await captured(user, { title: "Coffee with Bo", kind: "NETWORKING_MESSAGE" }, startedAt);

    const row = await logFollowUp(user, id, followUpSchema.parse({ note: "nudged" }), NOW);
    expect(row).toMatchObject({
      lastContactAt: NOW,
      followUpCount: 1,
      expectedReplyBy: addDays(NOW, 3),
      // 18 days left after the first follow-up (21 − 3), counted from this contact.
      timesOutAt: addDays(NOW, 18),
      probability: 0.3,
      version: 1,
    });
    const [event] = await eventsOf(id, "FOLLOW_UP");
    const decayed = currentProbability({ explicit: 0.3, lastContactAt: startedAt, expectedReplyDays: 3, now: NOW });
    expect(decayed).toBeLessThan(0.3);
    expect(event).toMatchObject({ at: NOW, note: "nudged", probabilityAfter: 0.3 });
    expect(event?.probabilityBefore).toBeCloseTo(decayed, 12);
    expect(event?.data).toEqual({
      expectedReplyByBefore: addDays(startedAt, 3).toISOString(),
      expectedReplyByAfter: addDays(NOW, 3).toISOString(),
      timesOutAtBefore: addDays(startedAt, 21).toISOString(),
      timesOutAtAfter: addDays(NOW, 18).toISOString(),
    });
    // The silence starts again: the shown probability is back at the explicit one.
    expect((await getCallback(user, id, NOW)).probability).toBe(0.3);
  });

  test("a logged contact restarts the clock without counting as a follow-up", async () => {
    const user = await createTestUser();
    const callback = await insertCallback(user, { startedAt: addDays(NOW, -5), lastContactAt: addDays(NOW, -5), expectedReplyBy: addDays(NOW, 2) });
    const at = addDays(NOW, -1);
    const row = await logFollowUp(user, callback.id, followUpSchema.parse({ kind: "CONTACT", at: at.toISOString() }), NOW);
    expect(row).toMatchObject({ followUpCount: 0, lastContactAt: at, expectedReplyBy: addDays(at, 7) });
    expect((await eventsOf(callback.id)).map((e) => e.type)).toEqual(["CONTACT"]);
  });
});

describe("[callbacks] evidence", () => {
  test("moves the probability by odds × likelihood ratio, then presets, then a set", async () => {
    const user = await createTestUser();
    const startedAt = addDays(NOW, -7);
    const id = await captured(user, { title: "Pitch", priorPercent: 20 }, startedAt);

    const afterLr = await addEvidence(user, id, evidenceSchema.parse({ mode: "lr", likelihoodRatio: "3", label: "Warm reply" }), NOW);
    // odds 0.25 × 3 = 0.75 → 0.75 / 1.75
    expect(afterLr.probability).toBeCloseTo(0.4285714285714286, 12);
    expect(afterLr.lastContactAt).toEqual(NOW);
    // News is contact: the reply clock restarts (an "other" callback expects replies in 7 days).
    expect(afterLr.expectedReplyBy).toEqual(addDays(NOW, 7));

    const later = addDays(NOW, 1);
    const afterPreset = await addEvidence(user, id, evidenceSchema.parse({ mode: "preset", presetId: "interview_scheduled" }), later);
    expect(afterPreset.probability).toBeCloseTo(0.75, 12); // odds 0.75 × 4 = 3

    const afterSet = await addEvidence(user, id, evidenceSchema.parse({ mode: "set", percent: "65" }), later);
    expect(afterSet).toMatchObject({ probability: 0.65, priorProbability: 0.2, version: 3 });

    const events = await eventsOf(id, "EVIDENCE");
    expect(events.map((e) => [e.likelihoodRatio, e.label])).toEqual([
      [3, "Warm reply"],
      [4, "Interview scheduled"],
      [null, "Set to 65 %"],
    ]);
    // Before: the shown probability after 7 days of silence with a 7-day median: 0.1 / 0.9.
    expect(events[0]?.probabilityBefore).toBeCloseTo(1 / 9, 12);
    expect(events[0]?.data).toMatchObject({ mode: "lr", explicitBefore: 0.2, expectedReplyByAfter: addDays(NOW, 7).toISOString() });
    expect(events[2]?.probabilityAfter).toBe(0.65);
  });
});

describe("[callbacks] settling", () => {
  test.each([
    ["FULFILLED", undefined, 3, "Fulfilled"],
    ["REJECTED", undefined, 0, "Rejected"],
    ["FULFILLED", "1.5", 1.5, "Fulfilled"],
  ] as const)("%s (realised payoff %s) freezes the shown probability", async (outcome, realisedPayoff, expectedPayoff, label) => {
    const user = await createTestUser();
    // 7 days of silence at a 7-day median: 0.3 → 0.15 / 0.85.
    const callback = await insertCallback(user, { startedAt: addDays(NOW, -7), lastContactAt: addDays(NOW, -7), payoff: 3 });
    const row = await settleCallback(user, callback.id, settleSchema.parse({ outcome, note: "heard back", realisedPayoff }), NOW);
    expect(row).toMatchObject({ state: outcome, isLate: false, settledAt: NOW, realisedPayoff: expectedPayoff, outcomeNote: "heard back" });
    expect(row.probabilityAtSettlement).toBeCloseTo(0.15 / 0.85, 12);
    const events = await eventsOf(callback.id, "SETTLED");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ label, at: NOW });
    expect(events[0]?.data).toEqual({ outcome, isLate: false, realisedPayoff: expectedPayoff, stateBefore: "PENDING" });
  });

  test("a reply after a timeout settles late and keeps the forecast from the timeout", async () => {
    const user = await createTestUser();
    const callback = await insertCallback(user, { state: "TIMED_OUT", settledAt: addDays(NOW, -2), timesOutAt: addDays(NOW, -2), probabilityAtSettlement: 0.12 });
    const row = await settleCallback(user, callback.id, settleSchema.parse({ outcome: "FULFILLED" }), NOW);
    expect(row).toMatchObject({ state: "FULFILLED", isLate: true, probabilityAtSettlement: 0.12, settledAt: NOW });
    expect((await eventsOf(callback.id))[0]?.label).toBe("Fulfilled (late)");
  });
});

describe("[callbacks] cancel, reopen, extend", () => {
  test("cancel leaves PENDING with the shown probability", async () => {
    const user = await createTestUser();
    const callback = await insertCallback(user, { lastContactAt: addDays(NOW, -14), startedAt: addDays(NOW, -14) });
    const row = await cancelCallback(user, callback.id, { note: "lost interest" }, NOW);
    // 14 days at a 7-day median: survival 1/4 → 0.075 / 0.775.
    expect(row).toMatchObject({ state: "CANCELLED", settledAt: NOW });
    expect(row.probabilityAtSettlement).toBeCloseTo(0.075 / 0.775, 12);
    expect(await eventsOf(callback.id)).toMatchObject([{ type: "CANCELLED", note: "lost interest", data: { stateBefore: "PENDING" } }]);
  });

  test("reopen makes a settled callback pending and restarts the clock", async () => {
    const user = await createTestUser();
    const callback = await insertCallback(user, {
      state: "FULFILLED",
      settledAt: addDays(NOW, -3),
      probabilityAtSettlement: 0.2,
      realisedPayoff: 3,
      isLate: true,
      timesOutAt: addDays(NOW, -1),
    });
    const row = await reopenCallback(user, callback.id, reopenSchema.parse({}), NOW);
    expect(row).toMatchObject({
      state: "PENDING",
      settledAt: null,
      probabilityAtSettlement: null,
      realisedPayoff: null,
      isLate: false,
      lastContactAt: NOW,
      expectedReplyBy: addDays(NOW, 7),
      // The old deadline had passed: it moves to the new expected reply.
      timesOutAt: addDays(NOW, 7),
    });
    expect(await eventsOf(callback.id)).toMatchObject([{ type: "REOPENED", data: { stateBefore: "FULFILLED" } }]);

    await cancelCallback(user, callback.id, {}, NOW);
    const again = await reopenCallback(user, callback.id, reopenSchema.parse({ timesOutAt: addDays(NOW, 20).toISOString() }), NOW);
    expect(again).toMatchObject({ state: "PENDING", timesOutAt: addDays(NOW, 20), expectedReplyBy: addDays(NOW, 7) });
  });

  test("extend takes a timed-out callback back to PENDING with the new deadline", async () => {
    const user = await createTestUser();
    const callback = await insertCallback(user, {
      state: "TIMED_OUT",
      startedAt: addDays(NOW, -32),
      expectedReplyBy: addDays(NOW, -25),
      timesOutAt: addDays(NOW, -2),
      settledAt: addDays(NOW, -2),
      probabilityAtSettlement: 0.1,
    });
    const row = await extendCallback(user, callback.id, extendSchema.parse({ timesOutAt: addDays(NOW, 14).toISOString() }), NOW);
    expect(row).toMatchObject({
      state: "PENDING",
      timesOutAt: addDays(NOW, 14),
      expectedReplyBy: addDays(NOW, -25),
      settledAt: null,
      probabilityAtSettlement: null,
      version: 1,
    });
    expect((await eventsOf(callback.id))[0]).toMatchObject({
      type: "EXTENDED",
      data: { stateBefore: "TIMED_OUT", timesOutAtBefore: addDays(NOW, -2).toISOString(), timesOutAtAfter: addDays(NOW, 14).toISOString() },
    });
  });

  test("extend refuses a pending deadline that isn't later, changing nothing", async () => {
    const user = await createTestUser();
    const callback = await insertCallback(user, { timesOutAt: addDays(NOW, 10) });
    const before = await snapshot(callback.id);
    const error = await expectAppError(extendCallback(user, callback.id, extendSchema.parse({ timesOutAt: addDays(NOW, 9) }), NOW), "INVALID");
    expect(error.fieldErrors?.timesOutAt).toBeDefined();
    expect(await snapshot(callback.id)).toEqual(before);
  });
});

describe("[callbacks] edit", () => {
  test("records each changed field with its value before and after", async () => {
    const user = await createTestUser();
    const callback = await insertCallback(user, { title: "Old title", counterparty: "Acme", payoff: 3 });
    const input = editCallbackSchema.parse({ title: "New title", kind: "OTHER", counterparty: "Acme", payoff: "9" });
    const row = await editCallback(user, callback.id, input, NOW);
    expect(row).toMatchObject({ title: "New title", payoff: 9, counterparty: "Acme", version: 1, startedAt: callback.startedAt });
    const [event] = await eventsOf(callback.id, "EDITED");
    expect(event).toMatchObject({ label: "Edited title, payoff", at: NOW });
    expect(event?.data).toEqual({ title: { before: "Old title", after: "New title" }, payoff: { before: 3, after: 9 } });
  });

  test("moving the start moves the silence's start when nothing was heard yet", async () => {
    const user = await createTestUser();
    const callback = await insertCallback(user);
    const startedAt = addDays(callback.startedAt, -1);
    const row = await editCallback(user, callback.id, editCallbackSchema.parse({ title: callback.title, kind: "OTHER", startedAt }), NOW);
    expect(row).toMatchObject({ startedAt, lastContactAt: startedAt });
  });

  test("an edit that changes nothing is refused and writes no event", async () => {
    const user = await createTestUser();
    const callback = await insertCallback(user, { title: "Same" });
    const before = await snapshot(callback.id);
    await expectAppError(editCallback(user, callback.id, editCallbackSchema.parse({ title: "Same", kind: "OTHER" }), NOW), "INVALID");
    expect(await snapshot(callback.id)).toEqual(before);
  });

  test("an area of another user is refused", async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    const area = await getDb().area.create({ data: { userId: other.id, name: "Theirs", color: "#abcdef", targetPct: 10, position: 0 } });
    const callback = await insertCallback(user);
    const before = await snapshot(callback.id);
    const error = await expectAppError(editCallback(user, callback.id, editCallbackSchema.parse({ title: "x", kind: "OTHER", areaId: area.id }), NOW), "INVALID");
    expect(error.fieldErrors?.areaId).toBeDefined();
    expect(await snapshot(callback.id)).toEqual(before);
  });
});
