import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { DISABLE_AFTER_FAILURES, MAX_DELIVERY_ATTEMPTS, retryDelaySeconds } from "@/lib/domain/webhook-retry";
import { timeOutDueCallbacks } from "@/lib/server/callbacks/time-out-due-callbacks";
import { deliverDueWebhooks } from "@/lib/server/webhooks/deliver-due-webhooks";
import { deleteWebhook } from "@/lib/server/webhooks/delete-webhook";
import { enableWebhook } from "@/lib/server/webhooks/enable-webhook";
import { runWebhookJob } from "@/lib/server/webhooks/run-webhook-job";
import { getWebhookSettings } from "@/lib/server/webhooks/get-webhook-settings";
import { saveWebhook } from "@/lib/server/webhooks/save-webhook";
import { sendTestWebhook } from "@/lib/server/webhooks/send-test-webhook";
import { type WebhookSender, sendWebhook } from "@/lib/server/webhooks/send-webhook";
import { verifySignature } from "@/lib/server/webhooks/sign-webhook";
import { mondayOf } from "@/lib/domain/day-keys";
import { dayKeyInZone } from "@/lib/domain/time";
import { completeReview } from "@/lib/server/review/complete-review";
import { completeReviewSchema } from "@/lib/validation/review";
import { addDays, insertCallback } from "../callbacks/helpers";
import { actorOf } from "../commitments/helpers";
import { api, createApiUser } from "../api/helpers";
import { type Receiver, startReceiver } from "./receiver";

const DAY = 86_400_000;
let receiver: Receiver;

beforeAll(async () => {
  receiver = await startReceiver();
  // Loads the API's route modules once, under the hook's longer timeout (slow on a busy machine).
  const { token } = await createApiUser();
  await api("GET", "/api/v1/callbacks", { token });
  await api("POST", "/api/v1/callbacks/x/settle", { token, body: { outcome: "FULFILLED" } });
});
afterAll(async () => {
  await receiver?.close();
});

async function userWithHook(url = receiver.url) {
  const apiUser = await createApiUser();
  const { secret } = await saveWebhook(apiUser.user.id, { url }, new Date());
  return { ...apiUser, secret: secret! };
}

function bodiesFor(userId: string, from: Receiver = receiver) {
  return from.received.filter((request) => request.body.includes(userId) || request.headers["x-test-user"] === userId);
}

async function createCallback(token: string, title: string, timesOutAt = new Date(Date.now() + 5 * DAY)) {
  const created = await api("POST", "/api/v1/callbacks", { token, body: { title, expectedReplyBy: new Date(Date.now() + DAY).toISOString(), timesOutAt: timesOutAt.toISOString() } });
  expect(created.status).toBe(201);
  return created.body as { id: string };
}

describe("outgoing webhooks", () => {
  test("a settlement is queued in its transaction and arrives signed: HMAC-SHA256 of `${t}.${body}`", async () => {
    const { user, token, secret } = await userWithHook();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const callback = await createCallback(token, "Acme application");
    expect((await api("POST", `/api/v1/callbacks/${callback.id}/settle`, { token, body: { outcome: "FULFILLED" } })).status).toBe(200);
    const queued = await getDb().webhookDelivery.findMany({ where: { userId: user.id } });
    expect(queued.map((row) => [row.eventType, row.status])).toEqual([["callback.fulfilled", "PENDING"]]);

    const before = receiver.received.length;
    expect(await deliverDueWebhooks(new Date(), { userId: user.id })).toBe(1);
    const request = receiver.received[before]!;
    expect(request.headers["content-type"]).toBe("application/json");
    expect(request.headers["lifeloop-event"]).toBe("callback.fulfilled");
    const signature = String(request.headers["lifeloop-signature"]);
    expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verifySignature({ secret, header: signature, body: request.body, now: new Date() })).toBe(true);
    // Tampered body, wrong secret, or a replay long after: refused.
    expect(verifySignature({ secret, header: signature, body: request.body.replace("Acme", "Acne"), now: new Date() })).toBe(false);
    expect(verifySignature({ secret: "whsec_other", header: signature, body: request.body, now: new Date() })).toBe(false);
    expect(verifySignature({ secret, header: signature, body: request.body, now: new Date(Date.now() + 3_600_000) })).toBe(false);
    const event = JSON.parse(request.body);
    expect(event).toMatchObject({ type: "callback.fulfilled", data: { callback: { id: callback.id, title: "Acme application", state: "FULFILLED" } } });
    expect(event.id).toEqual(expect.any(String));
    const row = await getDb().webhookDelivery.findFirstOrThrow({ where: { userId: user.id } });
    expect(row).toMatchObject({ status: "DELIVERED", attempts: 1, lastStatusCode: 200 });
  });

  test("rejections, timeouts (from the sweep), missed check-ins and completed reviews are queued too", async () => {
    const { user, token } = await userWithHook();
    const rejected = await createCallback(token, "Rejected one");
    await api("POST", `/api/v1/callbacks/${rejected.id}/settle`, { token, body: { outcome: "REJECTED" } });
    // Dates long past, earlier than any other test's, so this sweep times out no other file's rows
    // (on the shared Postgres database); whichever sweep times this one out queues the event.
    const start = new Date("1999-03-01T09:00:00.000Z");
    const timingOut = await insertCallback(user, { title: "Timing out", startedAt: start, expectedReplyBy: addDays(start, 7), timesOutAt: addDays(start, 30) });
    await timeOutDueCallbacks(addDays(start, 31));
    const today = new Date().toISOString().slice(0, 10);
    const commitment = (await api("POST", "/api/v1/commitments", { token, body: { title: "Write daily", startsOn: today, endsOn: new Date(Date.now() + 10 * DAY).toISOString().slice(0, 10), cadence: "DAILY" } })).body;
    const checkIn = await api("POST", `/api/v1/commitments/${commitment.id}/check-ins`, { token, body: { period: commitment.startsOn, kept: false, note: "Sick" } });
    expect(checkIn.status).toBe(201);
    const week = mondayOf(dayKeyInZone(new Date(), user.timeZone));
    await completeReview(actorOf(user), completeReviewSchema.parse({ week, stopDoing: "", doubleDown: "Warm intros", blockOn: "" }), new Date());
    const types = (await getDb().webhookDelivery.findMany({ where: { userId: user.id } })).map((row) => row.eventType).sort();
    expect(types).toEqual(["callback.rejected", "callback.timed_out", "commitment.check_in_missed", "review.completed"]);
    const review = await getDb().webhookDelivery.findFirstOrThrow({ where: { userId: user.id, eventType: "review.completed" } });
    expect(JSON.parse(review.body)).toMatchObject({ type: "review.completed", data: { review: { week } } });
    const timedOut = await getDb().webhookDelivery.findFirstOrThrow({ where: { userId: user.id, eventType: "callback.timed_out" } });
    expect(JSON.parse(timedOut.body)).toMatchObject({ type: "callback.timed_out", data: { callback: { id: timingOut.id, state: "TIMED_OUT", title: "Timing out" } } });
    // A kept check-in is no event.
    expect(await getDb().webhookDelivery.count({ where: { userId: user.id, eventType: "commitment.check_in_missed" } })).toBe(1);
  });

  test("the scheduler tick's job delivers what is due", async () => {
    const { user, token } = await userWithHook();
    const callback = await createCallback(token, "Delivered by the tick");
    await api("POST", `/api/v1/callbacks/${callback.id}/settle`, { token, body: { outcome: "FULFILLED" } });
    // The job serves every user's due deliveries, oldest first (a shared database may hold older
    // ones of earlier runs): run it until this one has had its turn.
    for (let run = 1; run <= 50; run += 1) {
      await runWebhookJob(run);
      if ((await getDb().webhookDelivery.count({ where: { userId: user.id, status: "PENDING" } })) === 0) break;
    }
    expect(bodiesFor(callback.id)).toHaveLength(1);
    expect(await getDb().webhookDelivery.findFirstOrThrow({ where: { userId: user.id } })).toMatchObject({ status: "DELIVERED", lastStatusCode: 200 });
  });

  test("a 500 is retried with backoff, then delivered; the log keeps the status codes", async () => {
    const { user, token } = await userWithHook();
    const callback = await createCallback(token, "Retry me");
    await api("POST", `/api/v1/callbacks/${callback.id}/settle`, { token, body: { outcome: "REJECTED" } });
    const start = new Date();
    receiver.answerWith(500);
    expect(await deliverDueWebhooks(start, { userId: user.id })).toBe(1);
    let row = await getDb().webhookDelivery.findFirstOrThrow({ where: { userId: user.id } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 1, lastStatusCode: 500, lastError: "HTTP 500" });
    expect(row.nextAttemptAt.getTime()).toBe(start.getTime() + retryDelaySeconds(1)! * 1000);
    // Not due yet: nothing is sent.
    expect(await deliverDueWebhooks(new Date(start.getTime() + 1000), { userId: user.id })).toBe(0);
    expect(await deliverDueWebhooks(row.nextAttemptAt, { userId: user.id })).toBe(1);
    row = await getDb().webhookDelivery.findFirstOrThrow({ where: { userId: user.id } });
    expect(row).toMatchObject({ status: "DELIVERED", attempts: 2, lastStatusCode: 200 });
    expect((await getDb().webhook.findUniqueOrThrow({ where: { userId: user.id } })).consecutiveFailures).toBe(0);
  });

  test("redirects are not followed; refused addresses never connect", async () => {
    const { user, token } = await userWithHook();
    receiver.answerWith(302);
    const callback = await createCallback(token, "Redirected");
    await api("POST", `/api/v1/callbacks/${callback.id}/settle`, { token, body: { outcome: "FULFILLED" } });
    await deliverDueWebhooks(new Date(), { userId: user.id });
    const row = await getDb().webhookDelivery.findFirstOrThrow({ where: { userId: user.id } });
    expect(row).toMatchObject({ status: "PENDING", lastStatusCode: 302 });
    expect(row.lastError).toMatch(/not followed/);

    // An address in a private range (stored directly: the form refuses it) is refused before connecting.
    await getDb().webhook.update({ where: { userId: user.id }, data: { url: "https://10.0.0.1/hook" } });
    await deliverDueWebhooks(row.nextAttemptAt, { userId: user.id });
    const refused = await getDb().webhookDelivery.findFirstOrThrow({ where: { userId: user.id } });
    expect(refused.lastStatusCode).toBeNull();
    expect(refused.lastError).toMatch(/Refused: 10\.0\.0\.1 is a private or reserved address/);
  });

  test("after repeated failures the webhook is disabled with a reason; re-enabling delivers what waited", async () => {
    const { user } = await userWithHook();
    let now = new Date();
    expect(await sendTestWebhook(user.id, now)).toMatchObject({ status: "DELIVERED", lastStatusCode: 200 });
    // Every attempt from here fails (the receiver answers 500): deliveries retry until the webhook turns off.
    const failing: WebhookSender = async (input) => {
      receiver.answerWith(500);
      return sendWebhook(input);
    };
    for (let round = 0; round < DISABLE_AFTER_FAILURES + 2; round += 1) {
      const hook = await getDb().webhook.findUniqueOrThrow({ where: { userId: user.id } });
      if (hook.disabledAt) break;
      await getDb().webhookDelivery.create({ data: { webhookId: hook.id, userId: user.id, eventType: "webhook.test", body: "{}", nextAttemptAt: now } });
      await deliverDueWebhooks(now, { userId: user.id, send: failing });
      now = new Date(now.getTime() + 60_000);
    }
    const disabled = await getDb().webhook.findUniqueOrThrow({ where: { userId: user.id } });
    expect(disabled.disabledAt).not.toBeNull();
    // Deliveries of one run fail in parallel, so the count may pass the limit by a few.
    expect(disabled.consecutiveFailures).toBeGreaterThanOrEqual(DISABLE_AFTER_FAILURES);
    expect(disabled.disabledReason).toMatch(new RegExp(`after ${DISABLE_AFTER_FAILURES} failed attempts in a row; the last: HTTP 500`));
    // While disabled nothing is sent and nothing new is queued.
    const pending = await getDb().webhookDelivery.count({ where: { userId: user.id, status: "PENDING" } });
    expect(await deliverDueWebhooks(new Date(now.getTime() + DAY), { userId: user.id, send: failing })).toBe(0);
    await expect(sendTestWebhook(user.id, now)).rejects.toThrow(/turned off/);

    await getDb().webhook.update({ where: { userId: user.id }, data: { url: receiver.url } });
    await enableWebhook(user.id, now);
    expect(await deliverDueWebhooks(now, { userId: user.id })).toBe(pending);
    expect(await getDb().webhookDelivery.count({ where: { userId: user.id, status: "PENDING" } })).toBe(0);
  });

  test("a delivery gives up after its last attempt", async () => {
    const { user } = await userWithHook();
    const hook = await getDb().webhook.findUniqueOrThrow({ where: { userId: user.id } });
    let now = new Date();
    await getDb().webhookDelivery.create({ data: { webhookId: hook.id, userId: user.id, eventType: "webhook.test", body: "{}", nextAttemptAt: now, attempts: MAX_DELIVERY_ATTEMPTS - 1 } });
    // Nothing listens on the port of a closed receiver.
    const closed = await startReceiver();
    await closed.close();
    await getDb().webhook.update({ where: { userId: user.id }, data: { url: closed.url } });
    await deliverDueWebhooks(now, { userId: user.id });
    const row = await getDb().webhookDelivery.findFirstOrThrow({ where: { userId: user.id } });
    expect(row).toMatchObject({ status: "FAILED", attempts: MAX_DELIVERY_ATTEMPTS, lastError: "Could not connect (ECONNREFUSED)." });
    now = new Date(now.getTime() + 30 * DAY);
    expect(await deliverDueWebhooks(now, { userId: user.id })).toBe(0);
  });

  test("cross-user: each user's events go only to their own URL, signed with their own secret", async () => {
    const other = await startReceiver("/other");
    try {
      const a = await userWithHook();
      const b = await userWithHook(other.url);
      const cbA = await createCallback(a.token, "A's news");
      const cbB = await createCallback(b.token, "B's news");
      await api("POST", `/api/v1/callbacks/${cbA.id}/settle`, { token: a.token, body: { outcome: "FULFILLED" } });
      await api("POST", `/api/v1/callbacks/${cbB.id}/settle`, { token: b.token, body: { outcome: "REJECTED" } });
      // B can't settle A's callback, so nothing is queued for either by that attempt.
      expect((await api("POST", `/api/v1/callbacks/${cbA.id}/settle`, { token: b.token, body: { outcome: "REJECTED" } })).status).toBe(404);
      await deliverDueWebhooks(new Date(), { userId: a.user.id });
      await deliverDueWebhooks(new Date(), { userId: b.user.id });
      expect(other.received.map((request) => JSON.parse(request.body).data.callback.id)).toEqual([cbB.id]);
      expect(bodiesFor(cbA.id).length).toBe(1);
      expect(bodiesFor(cbB.id).length).toBe(0);
      const toB = other.received[0]!;
      expect(verifySignature({ secret: b.secret, header: String(toB.headers["lifeloop-signature"]), body: toB.body, now: new Date() })).toBe(true);
      expect(verifySignature({ secret: a.secret, header: String(toB.headers["lifeloop-signature"]), body: toB.body, now: new Date() })).toBe(false);
      // Settings read and change only the signed-in user's own webhook.
      const c = await createApiUser();
      expect(await getWebhookSettings(c.user.id)).toBeNull();
      expect(await deleteWebhook(c.user.id)).toBe(false);
      await expect(enableWebhook(c.user.id, new Date())).rejects.toThrow(/not found/i);
      const seenByA = await getWebhookSettings(a.user.id);
      expect(seenByA?.url).toBe(receiver.url);
      expect(seenByA?.deliveries.every((delivery) => delivery.eventType === "callback.fulfilled")).toBe(true);
      expect(JSON.stringify(seenByA)).not.toContain(a.secret);
    } finally {
      await other.close();
    }
  });
});
