import { afterEach, describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { authenticateToken } from "@/lib/server/tokens/authenticate-token";
import { countTokenRequest } from "@/lib/server/tokens/count-token-request";
import { hashToken } from "@/lib/server/tokens/hash-token";
import { type ApiResponse, api, createApiUser, sessionCookie } from "./helpers";
import { createTestUser } from "../factories";

afterEach(() => {
  delete process.env.LIFELOOP_API_RATE_LIMIT;
});

describe("personal API tokens", () => {
  test("created with the session cookie: shown once, stored as its SHA-256, listed without it", async () => {
    const user = await createTestUser();
    const cookie = await sessionCookie(user);
    const created = await api("POST", "/api/v1/tokens", { cookie, body: { name: "Backup", scope: "read" } });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^ll_[A-Za-z0-9_-]{32,}$/);
    expect(created.body).toMatchObject({ id: expect.any(String), name: "Backup", scope: "read", prefix: created.body.token.slice(0, 8) });

    const row = await getDb().apiToken.findUniqueOrThrow({ where: { id: created.body.id } });
    expect(row.tokenHash).toBe(hashToken(created.body.token));
    expect(JSON.stringify(row)).not.toContain(created.body.token);

    const list = await api("GET", "/api/v1/tokens", { cookie });
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([expect.objectContaining({ id: created.body.id, name: "Backup", scope: "read", lastUsedAt: null })]);
    expect(JSON.stringify(list.body)).not.toContain(created.body.token);
  });

  test("bad input is a 422 with a message per field; nothing is created", async () => {
    const user = await createTestUser();
    const cookie = await sessionCookie(user);
    const response = await api("POST", "/api/v1/tokens", { cookie, body: { name: " ", scope: "admin" } });
    expect(response.status).toBe(422);
    expect(Object.keys(response.body.error.fields).sort()).toEqual(["name", "scope"]);
    expect(await getDb().apiToken.count({ where: { userId: user.id } })).toBe(0);
  });

  test("a bearer token works on v1 routes; a read token gets 403 on writes", async () => {
    const { token, readToken } = await createApiUser();
    expect((await api("GET", "/api/v1/callbacks", { token: readToken })).status).toBe(200);
    const refused = await api("POST", "/api/v1/callbacks", { token: readToken, body: { title: "Nope" } });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("FORBIDDEN");
    expect((await api("POST", "/api/v1/callbacks", { token, body: { title: "Yes" } })).status).toBe(201);
  });

  test("tokens cannot create, list or revoke tokens", async () => {
    const { token, tokenId } = await createApiUser();
    expect((await api("POST", "/api/v1/tokens", { token, body: { name: "x", scope: "read" } })).status).toBe(403);
    expect((await api("GET", "/api/v1/tokens", { token })).status).toBe(403);
    expect((await api("DELETE", `/api/v1/tokens/${tokenId}`, { token })).status).toBe(403);
  });

  test("a revoked token is refused at once; an unknown or malformed one too", async () => {
    const { token, tokenId, cookie } = await createApiUser();
    expect((await api("GET", "/api/v1/load", { token })).status).toBe(200);
    expect((await api("DELETE", `/api/v1/tokens/${tokenId}`, { cookie })).status).toBe(204);
    const after = await api("GET", "/api/v1/load", { token });
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe("UNAUTHORIZED");
    expect((await api("GET", "/api/v1/load", { token: `ll_${"x".repeat(43)}` })).status).toBe(401);
    expect((await api("GET", "/api/v1/load", { token: "not-a-token" })).status).toBe(401);
    expect((await api("DELETE", `/api/v1/tokens/${tokenId}`, { cookie })).status).toBe(404);
  });

  test("user B can't revoke A's token", async () => {
    const a = await createApiUser();
    const b = await createApiUser();
    expect((await api("DELETE", `/api/v1/tokens/${a.tokenId}`, { cookie: b.cookie })).status).toBe(404);
    expect((await api("GET", "/api/v1/load", { token: a.token })).status).toBe(200);
  });

  test("lastUsedAt is written at most once a minute", async () => {
    const { token, tokenId } = await createApiUser();
    const t0 = new Date("2035-01-01T10:00:00Z");
    const lastUsed = async () => (await getDb().apiToken.findUniqueOrThrow({ where: { id: tokenId } })).lastUsedAt;
    await authenticateToken(token, t0);
    expect(await lastUsed()).toEqual(t0);
    await authenticateToken(token, new Date(t0.getTime() + 30_000));
    expect(await lastUsed()).toEqual(t0);
    const later = new Date(t0.getTime() + 61_000);
    await authenticateToken(token, later);
    expect(await lastUsed()).toEqual(later);
  });

  test("past the per-minute limit: 429 with Retry-After and the error shape", async () => {
    process.env.LIFELOOP_API_RATE_LIMIT = "3";
    const { token } = await createApiUser();
    // 2 × limit + 1 requests see a 429 even if one minute boundary falls in between.
    const statuses: number[] = [];
    let limited: ApiResponse | undefined;
    for (let index = 0; index < 7; index += 1) {
      const response = await api("GET", "/api/v1/load", { token });
      statuses.push(response.status);
      if (response.status === 429) limited ??= response;
    }
    expect(limited, statuses.join(",")).toBeDefined();
    expect(limited!.body.error.code).toBe("RATE_LIMITED");
    expect(Number(limited!.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(Number(limited!.headers.get("retry-after"))).toBeLessThanOrEqual(60);
  });

  test("the count is one atomic upsert: concurrent requests never pass the limit together", async () => {
    const { tokenId } = await createApiUser();
    const results = await Promise.all(Array.from({ length: 12 }, () => countTokenRequest(tokenId, 5)));
    const counts = results.map((result) => result.count).sort((a, b) => a - b);
    // Every request got its own count (one window, or two if a minute ended meanwhile).
    expect(new Set(results.map((r) => `${r.count}`)).size).toBeGreaterThanOrEqual(6);
    expect(results.filter((result) => result.allowed).length).toBeLessThanOrEqual(10);
    expect(counts.at(-1)).toBeGreaterThanOrEqual(6);
  });
});

describe("CSRF and tokens", () => {
  test("cookie writes need a same-origin Origin and JSON; token writes don't need an Origin", async () => {
    const { cookie, token } = await createApiUser();
    const noOrigin = await api("POST", "/api/v1/callbacks", { cookie, origin: null, body: { title: "x" } });
    expect(noOrigin.status).toBe(403);
    const crossSite = await api("POST", "/api/v1/callbacks", { cookie, origin: "https://evil.example", body: { title: "x" } });
    expect(crossSite.status).toBe(403);
    const formPost = await api("POST", "/api/v1/callbacks", { cookie, body: "title=x", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(formPost.status).toBe(403);
    expect((await api("POST", "/api/v1/callbacks", { cookie, body: { title: "Same origin" } })).status).toBe(201);
    expect((await api("POST", "/api/v1/callbacks", { token, body: { title: "With a token" } })).status).toBe(201);
  });
});
