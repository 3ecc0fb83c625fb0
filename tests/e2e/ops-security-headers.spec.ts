import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { expectCommonHeaders, sameOrigin, signUp } from "./helpers";

/**
 * Security headers on a page, an API route, an error page and a built file; and the app still
 * works under its Content-Security-Policy: no violation on the main pages, charts (loaded
 * lazily) included.
 */
function nonceOf(response: APIResponse): string {
  const policy = response.headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce, policy).toBeTruthy();
  return nonce!;
}

test("[security] a page: CSP with a fresh script nonce on every script, no inline scripts, no framing", async ({ request }) => {
  const first = await request.get("/signin");
  expect(first.status()).toBe(200);
  expectCommonHeaders(first.headers());
  const policy = first.headers()["content-security-policy"]!;
  expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-eval'/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(first.headers()["x-request-id"]).toMatch(/^[A-Za-z0-9._-]{8,64}$/);

  // Next put this response's nonce on each of its scripts.
  const nonce = nonceOf(first);
  const scripts = (await first.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);

  const second = await request.get("/signin");
  expect(nonceOf(second)).not.toBe(nonce);
});

test("[security] an API route and the JSON 404: strict CSP, nosniff, no framing", async ({ request }) => {
  for (const response of [await request.get("/api/health"), await request.get("/api/callbacks"), await request.get("/api/no-such-route")]) {
    expectCommonHeaders(response.headers());
    expect(response.headers()["content-security-policy"]).toContain("default-src 'none'");
    expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(response.headers()["content-type"]).toContain("application/json");
  }
  expect((await request.get("/api/callbacks")).status()).toBe(401);
});

test("[security] the API's own front (no middleware): a JSON 405 with Allow, the client's request id kept, a short JSON body not gzipped", async ({ request }) => {
  const refused = await request.put("/api/v1/callbacks", { data: {}, headers: { "X-Request-Id": "trace-abcdef12" } });
  expect(refused.status()).toBe(405);
  expect(refused.headers()["allow"]).toBe("GET, POST, HEAD, OPTIONS");
  expect(refused.headers()["x-request-id"]).toBe("trace-abcdef12");
  expectCommonHeaders(refused.headers());
  expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("METHOD_NOT_ALLOWED");

  const health = await request.get("/api/health", { headers: { "Accept-Encoding": "gzip", "X-Request-Id": "trace-12345678" } });
  expect(health.headers()["x-request-id"]).toBe("trace-12345678");
  expect(health.headers()["content-encoding"]).toBeUndefined();
  expect(health.headers()["content-security-policy"]).toContain("default-src 'none'");
});

test("[security] the error page (404) and built files carry the headers too", async ({ request }) => {
  const missing = await request.get("/no-such-page");
  expect(missing.status()).toBe(404);
  expectCommonHeaders(missing.headers());
  const nonce = nonceOf(missing);
  const html = await missing.text();
  for (const script of html.match(/<script\b[^>]*>/g) ?? []) expect(script).toContain(`nonce="${nonce}"`);

  const chunk = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  expect(chunk).toBeTruthy();
  const file = await request.get(chunk!);
  expect(file.status()).toBe(200);
  expectCommonHeaders(file.headers());
});

test("[security] HSTS and upgrade-insecure-requests only when a proxy in front says https", async ({ request }) => {
  const response = await request.get("/signin", { headers: { "X-Forwarded-Proto": "https" } });
  expect(response.headers()["strict-transport-security"]).toMatch(/^max-age=\d{8,}/);
  expect(response.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
});

/** Records CSP violations (and uncaught errors) the page reports, from before its first script. */
async function watchViolations(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.exposeFunction("reportCspViolation", (text: string) => problems.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || "inline"} on ${location.pathname}`,
      );
    });
  });
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

test("[security] the main pages work under the CSP: no violations, charts drawn", async ({ page }) => {
  test.slow(); // signs up and visits every section
  const problems = await watchViolations(page);
  await page.goto("/");
  await signUp(page, { name: "Policy" });
  const captured = await page.request.post("/api/callbacks", { ...sameOrigin(), data: { title: "Application to Globex", payoff: 7, confirmOverflow: true } });
  expect(captured.status()).toBe(201);
  const { id } = (await captured.json()) as { id: string };

  for (const path of ["/today", "/callbacks", "/callbacks/new", `/callbacks/${id}`, "/portfolio", "/review", "/insights", "/commitments", "/settings", "/no-such-page"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
    // Client-side navigation and lazily loaded chunks run too (hydrated links, next/dynamic).
    await page.waitForLoadState("networkidle");
  }
  await page.goto(`/callbacks/${id}`);
  await expect(page.getByRole("img", { name: /probability/i }).first()).toBeVisible();
  await page.getByRole("navigation").getByRole("link", { name: "Portfolio" }).first().click();
  await expect(page).toHaveURL(/\/portfolio/);
  await page.waitForLoadState("networkidle");
  expect(problems).toEqual([]);
});
