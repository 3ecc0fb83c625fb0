import { expect, test } from "@playwright/test";
import { expectCommonHeaders, sameOrigin, signUp } from "./helpers";

/**
 * API v1 requests go from the server straight to their route handler, past Next's router
 * (lib/api-direct.ts). Through the real server: what a client sees is what Next gave it (headers,
 * compression, cookies and CSRF, path parameters, bodies of every size, a streamed export), and
 * what the fast path leaves to Next (HEAD, OPTIONS, a trailing slash) still works.
 */

type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string[]> } };

test("[api] v1 past Next: the same answers, headers, compression and checks as through Next", async ({ page }) => {
  test.slow(); // signs up, then a dozen captures and a few large bodies
  await page.goto("/");
  await signUp(page, { name: "Direct" });
  const api = page.request;

  const captured = await api.post("/api/v1/callbacks", {
    headers: { ...sameOrigin().headers, "X-Request-Id": "trace-direct01", "Accept-Encoding": "gzip" },
    data: { title: "Application to Initech", payoff: 6 },
  });
  expect(captured.status()).toBe(201);
  const headers = captured.headers();
  expect(headers["x-request-id"]).toBe("trace-direct01");
  expectCommonHeaders(headers);
  expect(headers["content-security-policy"]).toContain("default-src 'none'");
  expect(headers["content-type"]).toContain("application/json");
  // A short answer is sent plain (lib/json-response.ts marks it no-transform).
  expect(headers["content-encoding"]).toBeUndefined();
  const callback = (await captured.json()) as { id: string; title: string; warnings: unknown[] };
  expect(callback.title).toBe("Application to Initech");

  // A long list is gzipped for a client that accepts it, by Next's own compression.
  const note = "Followed up with the hiring manager about the timeline. ".repeat(8);
  for (let i = 0; i < 11; i += 1) {
    const response = await api.post("/api/v1/callbacks", { ...sameOrigin(), data: { title: `Bet ${i}`, notes: note } });
    expect(response.status()).toBe(201);
  }
  const list = await api.get("/api/v1/callbacks?limit=50", { headers: { "Accept-Encoding": "gzip" } });
  expect(list.status()).toBe(200);
  expect(list.headers()["content-encoding"]).toBe("gzip");
  expect(list.headers()["vary"]).toContain("Accept-Encoding");
  expect(((await list.json()) as { items: unknown[] }).items).toHaveLength(12);

  // Path parameters arrive decoded; a value that names nothing is the JSON 404.
  const detail = await api.get(`/api/v1/callbacks/${encodeURIComponent(callback.id)}`);
  expect(((await detail.json()) as { id: string }).id).toBe(callback.id);
  const missing = await api.get("/api/v1/callbacks/%E2%9C%93%20nope/events");
  expect(missing.status()).toBe(404);
  expect(((await missing.json()) as ErrorBody).error.code).toBe("NOT_FOUND");

  // The cookie's CSRF rule holds: a write from another site is refused, nothing is saved.
  const crossSite = await api.post("/api/v1/callbacks", { headers: { Origin: "http://evil.example" }, data: { title: "Planted" } });
  expect(crossSite.status()).toBe(403);
  expect(((await crossSite.json()) as ErrorBody).error.code).toBe("FORBIDDEN");

  // A body over 64 KB streams to the handler (below, read whole first); both are checked alike.
  const longTitle = await api.post("/api/v1/callbacks", { ...sameOrigin(), data: { title: "x".repeat(70_000) } });
  expect(longTitle.status()).toBe(422);
  expect(((await longTitle.json()) as ErrorBody).error.fields?.title?.[0]).toMatch(/at most/);
  const tooLarge = await api.post("/api/v1/callbacks", { ...sameOrigin(), data: { title: "y".repeat(1_100_000) } });
  expect(tooLarge.status()).toBe(413);
  expect(((await tooLarge.json()) as ErrorBody).error.code).toBe("PAYLOAD_TOO_LARGE");
  expect(((await (await api.get("/api/v1/callbacks?limit=50")).json()) as { items: unknown[] }).items).toHaveLength(12);

  // A streamed answer arrives whole.
  const exported = await api.get("/api/v1/export");
  expect(exported.status()).toBe(200);
  const file = (await exported.json()) as { callbacks: { title: string }[] };
  expect(file.callbacks.map((each) => each.title)).toEqual(expect.arrayContaining(["Application to Initech", "Bet 10"]));

  // What the fast path leaves to Next still answers as before.
  const head = await api.head("/api/v1/load");
  expect(head.status()).toBe(200);
  expect(await head.body()).toHaveLength(0);
  const options = await api.fetch("/api/v1/callbacks", { method: "OPTIONS" });
  expect(options.status()).toBe(204);
  expect(options.headers()["allow"]).toContain("POST");
  const slash = await api.get("/api/v1/load/", { maxRedirects: 0 });
  expect(slash.status()).toBe(308);
  expect(slash.headers()["location"]).toBe("/api/v1/load");
});

test("[api] v1 past Next: without a session, the JSON 401", async ({ request }) => {
  const response = await request.post("/api/v1/callbacks", { ...sameOrigin(), data: { title: "Anonymous" } });
  expect(response.status()).toBe(401);
  expect(((await response.json()) as ErrorBody).error.code).toBe("UNAUTHORIZED");
  expect(response.headers()["x-request-id"]).toBeTruthy();
});
