import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { captureCallback } from "@/lib/server/callbacks/capture-callback";
import { idempotencyScope } from "@/lib/server/idempotency/idempotency-scope";
import { api, createApiUser } from "./helpers";

const count = (userId: string) => getDb().callback.count({ where: { userId } });

describe("Idempotency-Key", () => {
  test("a retry with the same key gets the first answer (status and body) and writes nothing", async () => {
    const { token, user } = await createApiUser();
    const key = randomUUID();
    const first = await api("POST", "/api/v1/callbacks", { token, body: { title: "Once", notes: "n" }, headers: { "idempotency-key": key } });
    expect(first.status).toBe(201);
    // Same body with its keys in another order is the same request.
    const retry = await api("POST", "/api/v1/callbacks", { token, body: { notes: "n", title: "Once" }, headers: { "idempotency-key": key } });
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(await count(user.id)).toBe(1);
  });

  test("the same key with another body is 422; another route or another user is a different key", async () => {
    const a = await createApiUser();
    const b = await createApiUser();
    const key = randomUUID();
    expect((await api("POST", "/api/v1/callbacks", { token: a.token, body: { title: "First" }, headers: { "idempotency-key": key } })).status).toBe(201);
    const other = await api("POST", "/api/v1/callbacks", { token: a.token, body: { title: "Second" }, headers: { "idempotency-key": key } });
    expect(other.status).toBe(422);
    expect(other.body.error.fields["Idempotency-Key"]).toBeDefined();
    expect((await api("POST", "/api/v1/callbacks", { token: b.token, body: { title: "First" }, headers: { "idempotency-key": key } })).status).toBe(201);
    expect(await count(a.user.id)).toBe(1);
    expect(await count(b.user.id)).toBe(1);
  });

  test("concurrent duplicates: one writes, the others wait their turn (409) or get the same answer", async () => {
    const { token, user } = await createApiUser();
    const key = randomUUID();
    const responses = await Promise.all(Array.from({ length: 6 }, () => api("POST", "/api/v1/callbacks", { token, body: { title: "Racing" }, headers: { "idempotency-key": key } })));
    const created = responses.filter((response) => response.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(responses.every((response) => response.status === 201 || response.status === 409)).toBe(true);
    expect(new Set(created.map((response) => response.body.id)).size).toBe(1);
    expect(await count(user.id)).toBe(1);
    const later = await api("POST", "/api/v1/callbacks", { token, body: { title: "Racing" }, headers: { "idempotency-key": key } });
    expect(later.body.id).toBe(created[0]!.body.id);
  });

  test("an error answer is not kept: the same key can be retried", async () => {
    const { token, user } = await createApiUser({ capacity: 1 });
    await api("POST", "/api/v1/callbacks", { token, body: { title: "Fills the capacity" } });
    const key = randomUUID();
    const body = { title: "Ask first", confirmOverflow: false };
    expect((await api("POST", "/api/v1/callbacks", { token, body, headers: { "idempotency-key": key } })).status).toBe(409);
    await getDb().user.update({ where: { id: user.id }, data: { capacity: 10 } });
    expect((await api("POST", "/api/v1/callbacks", { token, body, headers: { "idempotency-key": key } })).status).toBe(201);
    expect(await count(user.id)).toBe(2);
  });

  test("crash after the write, before the answer was stored: the retry rebuilds it from the recorded callback", async () => {
    const { token, user } = await createApiUser();
    const key = randomUUID();
    const first = await api("POST", "/api/v1/callbacks", { token, body: { title: "Saved, answer lost" }, headers: { "idempotency-key": key } });
    // The key row as a crash between the commit and storing the answer leaves it.
    await getDb().idempotencyKey.updateMany({ where: { userId: user.id, key }, data: { status: null, responseBody: null, completedAt: null } });
    const retry = await api("POST", "/api/v1/callbacks", { token, body: { title: "Saved, answer lost" }, headers: { "idempotency-key": key } });
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(first.body.id);
    expect(await count(user.id)).toBe(1);
  });

  test("a claim left by an attempt that died before writing is taken over, and the write records the key", async () => {
    const { token, user } = await createApiUser();
    const key = randomUUID();
    const route = "POST /api/v1/callbacks";
    const { createHash } = await import("node:crypto");
    const body = { title: "After a crash before the write" };
    // A claim left by an attempt that died before writing (lease over, nothing recorded).
    await getDb().idempotencyKey.create({
      data: {
        userId: user.id,
        route,
        key,
        requestHash: createHash("sha256").update(JSON.stringify(body)).digest("hex"),
        claimToken: "dead-attempt",
        lockedUntil: new Date(Date.now() - 1000),
        expiresAt: new Date(Date.now() + 3_600_000),
      },
    });
    const response = await api("POST", "/api/v1/callbacks", { token, body, headers: { "idempotency-key": key } });
    expect(response.status).toBe(201);
    const row = await getDb().idempotencyKey.findFirstOrThrow({ where: { userId: user.id, key } });
    expect(row.resultRef).toBe(response.body.id);
    expect(row.status).toBe(201);
    expect(await count(user.id)).toBe(1);
  });

  test("the key is recorded in the write's own transaction: an attempt whose claim was taken over rolls its write back", async () => {
    const { user } = await createApiUser();
    const key = await getDb().idempotencyKey.create({
      data: { userId: user.id, route: "POST /api/v1/callbacks", key: randomUUID(), requestHash: "h", claimToken: "the-retry-now-holds-it", lockedUntil: new Date(Date.now() + 60_000), expiresAt: new Date(Date.now() + 3_600_000) },
    });
    const attempt = idempotencyScope.run({ keyId: key.id, claimToken: "the-first-attempt", recorded: false }, () => captureCallback(user, { title: "Late attempt", confirmOverflow: true, confirmCompeting: true }, new Date()));
    await expect(attempt).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await count(user.id)).toBe(0);
    expect(await getDb().callbackEvent.count({ where: { userId: user.id } })).toBe(0);
  });

  test("a claim still held (another attempt running) is a 409 with Retry-After; nothing is written", async () => {
    const { token, user } = await createApiUser();
    const key = randomUUID();
    const body = { title: "Held" };
    const { createHash } = await import("node:crypto");
    await getDb().idempotencyKey.create({
      data: { userId: user.id, route: "POST /api/v1/callbacks", key, requestHash: createHash("sha256").update(JSON.stringify(body)).digest("hex"), claimToken: "running", lockedUntil: new Date(Date.now() + 60_000), expiresAt: new Date(Date.now() + 3_600_000) },
    });
    const response = await api("POST", "/api/v1/callbacks", { token, body, headers: { "idempotency-key": key } });
    expect(response.status).toBe(409);
    expect(response.headers.get("retry-after")).toBe("1");
    expect(await count(user.id)).toBe(0);
  });

  test("keys expire after 24 hours: an expired key is a new request", async () => {
    const { token, user } = await createApiUser();
    const key = randomUUID();
    await api("POST", "/api/v1/callbacks", { token, body: { title: "Day one" }, headers: { "idempotency-key": key } });
    await getDb().idempotencyKey.updateMany({ where: { userId: user.id, key }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await api("POST", "/api/v1/callbacks", { token, body: { title: "Day one" }, headers: { "idempotency-key": key } })).status).toBe(201);
    expect(await count(user.id)).toBe(2);
  });

  test("every POST honours it: a settle retried is one settlement; a new token's secret is never kept", async () => {
    const { token, user, cookie } = await createApiUser();
    const { body: created } = await api("POST", "/api/v1/callbacks", { token, body: { title: "Settle once" } });
    const key = randomUUID();
    const settle = () => api("POST", `/api/v1/callbacks/${created.id}/settle`, { token, body: { outcome: "REJECTED" }, headers: { "idempotency-key": key } });
    const [first, second] = [await settle(), await settle()];
    expect(first.status).toBe(200);
    expect(second.body).toEqual(first.body);
    expect(await getDb().callbackEvent.count({ where: { callbackId: created.id, type: "SETTLED" } })).toBe(1);

    const tokenKey = randomUUID();
    const made = await api("POST", "/api/v1/tokens", { cookie, body: { name: "Once", scope: "read" }, headers: { "idempotency-key": tokenKey } });
    const again = await api("POST", "/api/v1/tokens", { cookie, body: { name: "Once", scope: "read" }, headers: { "idempotency-key": tokenKey } });
    expect(made.body.token).toMatch(/^ll_/);
    expect(again.body).toEqual({ ...made.body, token: null });
    const stored = await getDb().idempotencyKey.findFirstOrThrow({ where: { userId: user.id, key: tokenKey } });
    expect(stored.responseBody).not.toContain(made.body.token);
    expect(await getDb().apiToken.count({ where: { userId: user.id, name: "Once" } })).toBe(1);
  });

  test("a malformed key is refused", async () => {
    const { token } = await createApiUser();
    expect((await api("POST", "/api/v1/callbacks", { token, body: { title: "x" }, headers: { "idempotency-key": "has spaces in it" } })).status).toBe(422);
  });
});
