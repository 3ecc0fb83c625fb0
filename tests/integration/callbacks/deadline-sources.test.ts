// A deadline the user typed never moves by itself: contacts and evidence may move the expected
// reply (and a timeout from the kind's schedule), and the history entry lists whatever moved.
import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { addEvidence } from "@/lib/server/callbacks/add-evidence";
import { captureCallback } from "@/lib/server/callbacks/capture-callback";
import { editCallback } from "@/lib/server/callbacks/edit-callback";
import { extendCallback } from "@/lib/server/callbacks/extend-callback";
import { logFollowUp } from "@/lib/server/callbacks/log-follow-up";
import { captureCallbackSchema, editCallbackSchema, evidenceSchema, extendSchema, followUpSchema } from "@/lib/validation/callbacks";
import { api, createApiUser } from "../api/helpers";
import { createTestUser } from "../factories";
import { FAR_NOW, addDays, eventsOf, expectAppError } from "./helpers";

const NOW = FAR_NOW;
type User = Awaited<ReturnType<typeof createTestUser>>;

async function capture(user: User, input: Record<string, unknown>) {
  const result = await captureCallback(user, captureCallbackSchema.parse(input), NOW);
  if (result.status !== "created") throw new Error(`expected created, got ${result.status}`);
  return result.callback;
}

const interest = evidenceSchema.parse({ mode: "preset", presetId: "replied_with_interest" });

describe("[callbacks] deadline sources", () => {
  test("capture records which deadlines the user typed", async () => {
    const user = await createTestUser();
    const typed = await capture(user, { title: "Coffee?", kind: "NETWORKING_MESSAGE", timesOutAt: addDays(NOW, 3).toISOString() });
    expect(typed).toMatchObject({ timeoutSource: "USER", expectedReplySource: "DEFAULT" });
    const blank = await capture(user, { title: "Intro?", kind: "NETWORKING_MESSAGE" });
    expect(blank).toMatchObject({ timeoutSource: "DEFAULT", expectedReplySource: "DEFAULT" });
  });

  test("evidence never moves a timeout the user typed; the expected reply may move, and the history says so", async () => {
    const user = await createTestUser();
    const timesOutAt = addDays(NOW, 3.25);
    const callback = await capture(user, { title: "Coffee?", kind: "NETWORKING_MESSAGE", timesOutAt: timesOutAt.toISOString() });
    const later = addDays(NOW, 1);
    const updated = await addEvidence(user, callback.id, interest, later);
    expect(updated.timesOutAt).toEqual(timesOutAt);
    // The reply clock restarted at the news (3 days later) but can't pass the typed timeout.
    expect(updated.expectedReplyBy).toEqual(timesOutAt);
    const [event] = await eventsOf(callback.id, "EVIDENCE");
    expect(event!.data).toEqual({
      mode: "preset",
      explicitBefore: callback.probability,
      expectedReplyByBefore: callback.expectedReplyBy.toISOString(),
      expectedReplyByAfter: timesOutAt.toISOString(),
    });
  });

  test("a follow-up never moves a typed timeout either, and records only what moved", async () => {
    const user = await createTestUser();
    const timesOutAt = addDays(NOW, 30);
    const callback = await capture(user, { title: "Coffee?", kind: "NETWORKING_MESSAGE", timesOutAt: timesOutAt.toISOString() });
    const updated = await logFollowUp(user, callback.id, followUpSchema.parse({}), addDays(NOW, 3));
    expect(updated.timesOutAt).toEqual(timesOutAt);
    const [event] = await eventsOf(callback.id, "FOLLOW_UP");
    expect(event!.data).toEqual({
      expectedReplyByBefore: callback.expectedReplyBy.toISOString(),
      expectedReplyByAfter: updated.expectedReplyBy.toISOString(),
    });
  });

  test("a default timeout still follows the schedule after a contact, listed in the history entry", async () => {
    const user = await createTestUser();
    const callback = await capture(user, { title: "Coffee?", kind: "NETWORKING_MESSAGE" });
    const updated = await addEvidence(user, callback.id, interest, addDays(NOW, 20));
    expect(updated.timesOutAt.getTime()).toBeGreaterThan(callback.timesOutAt.getTime());
    const [event] = await eventsOf(callback.id, "EVIDENCE");
    expect(event!.data).toMatchObject({
      timesOutAtBefore: callback.timesOutAt.toISOString(),
      timesOutAtAfter: updated.timesOutAt.toISOString(),
      expectedReplyByBefore: callback.expectedReplyBy.toISOString(),
      expectedReplyByAfter: updated.expectedReplyBy.toISOString(),
    });
  });

  test("a timeout set in an edit or an extension becomes the user's and stays put", async () => {
    const user = await createTestUser();
    const callback = await capture(user, { title: "Coffee?", kind: "NETWORKING_MESSAGE" });
    const edited = await editCallback(
      user,
      callback.id,
      editCallbackSchema.parse({ title: callback.title, kind: callback.kind, timesOutAt: addDays(NOW, 5).toISOString() }),
      NOW,
    );
    expect(edited.timeoutSource).toBe("USER");
    expect((await addEvidence(user, callback.id, interest, addDays(NOW, 1))).timesOutAt).toEqual(addDays(NOW, 5));

    const other = await capture(user, { title: "Lunch?", kind: "NETWORKING_MESSAGE" });
    const extended = await extendCallback(user, other.id, extendSchema.parse({ timesOutAt: addDays(NOW, 40).toISOString() }), NOW);
    expect(extended.timeoutSource).toBe("USER");
    expect((await logFollowUp(user, other.id, followUpSchema.parse({}), addDays(NOW, 39))).timesOutAt).toEqual(addDays(NOW, 40));
  });
});

describe("[callbacks] a typed timeout before the kind's default reply", () => {
  test("says what the default was and offers the fix; the fix saves", async () => {
    const user = await createTestUser();
    const input = { title: "Apply to Acme", kind: "JOB_APPLICATION", timesOutAt: addDays(NOW, 5).toISOString() };
    const error = await expectAppError(captureCallback(user, captureCallbackSchema.parse(input), NOW), "INVALID");
    expect(error.message).toContain("You left the expected reply blank, so the job application default applied: 14 days after the start");
    expect(error.message).toContain("Move the expected reply to the timeout");
    expect(error.fieldErrors?.timesOutAt?.[0]).toBe(error.message);
    expect(error.details).toEqual({
      reason: "default-expected-reply-after-timeout",
      defaultExpectedReplyBy: addDays(NOW, 14).toISOString(),
      expectedReplyDays: 14,
      suggestedExpectedReplyBy: addDays(NOW, 5).toISOString(),
    });
    expect(await getDb().callback.count({ where: { userId: user.id } })).toBe(0);

    const fixed = await capture(user, { ...input, expectedReplyBy: error.details!.suggestedExpectedReplyBy });
    expect(fixed).toMatchObject({ expectedReplyBy: addDays(NOW, 5), timesOutAt: addDays(NOW, 5), expectedReplySource: "USER", timeoutSource: "USER" });
  });
});

describe("[callbacks] deadline sources through API v1", () => {
  test("a typed timeout survives evidence; the event lists what moved; the sources are shown", async () => {
    const { token } = await createApiUser();
    const timesOutAt = new Date(Date.now() + 3.25 * 86_400_000).toISOString();
    const created = await api("POST", "/api/v1/callbacks", { token, body: { title: "Coffee?", kind: "NETWORKING_MESSAGE", timesOutAt } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ timeoutSource: "USER", expectedReplySource: "DEFAULT" });
    const evidence = await api("POST", `/api/v1/callbacks/${created.body.id}/evidence`, { token, body: { mode: "preset", presetId: "replied_with_interest" } });
    expect(evidence.status).toBe(200);
    expect(evidence.body.timesOutAt).toBe(timesOutAt);
    const events = await api("GET", `/api/v1/callbacks/${created.body.id}/events`, { token });
    const data = events.body.items.find((event: { type: string }) => event.type === "EVIDENCE").data;
    expect(data).not.toHaveProperty("timesOutAtBefore");
  });

  test("a typed timeout before the default reply: 422 naming the default, with the fix in details", async () => {
    const { token } = await createApiUser();
    const timesOutAt = new Date(Date.now() + 5 * 86_400_000).toISOString();
    const refused = await api("POST", "/api/v1/callbacks", { token, body: { title: "Apply", kind: "JOB_APPLICATION", timesOutAt } });
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toContain("the job application default applied: 14 days after the start");
    expect(refused.body.error.fields.timesOutAt).toEqual([refused.body.error.message]);
    expect(refused.body.error.details).toMatchObject({ reason: "default-expected-reply-after-timeout", suggestedExpectedReplyBy: timesOutAt });
  });
});
