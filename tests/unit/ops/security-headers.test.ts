import { describe, expect, test } from "vitest";
import {
  API_CONTENT_SECURITY_POLICY,
  HSTS,
  STATIC_SECURITY_HEADERS,
  createNonce,
  isHttpsRequest,
  pageContentSecurityPolicy,
  securityHeaders,
} from "@/lib/security-headers";

function directives(policy: string): Map<string, string> {
  return new Map(policy.split(";").map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name!, values.join(" ")]));
}

describe("[security] Content-Security-Policy", () => {
  test("a page allows only scripts with its nonce, and no inline script", () => {
    const policy = directives(pageContentSecurityPolicy({ nonce: "abc123==", https: false }));
    expect(policy.get("script-src")).toBe("'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(policy.get("script-src")).not.toContain("unsafe-inline");
    expect(policy.get("script-src")).not.toContain("unsafe-eval");
    expect(policy.get("frame-ancestors")).toBe("'none'");
    expect(policy.get("object-src")).toBe("'none'");
    expect(policy.get("base-uri")).toBe("'none'");
    expect(policy.get("form-action")).toBe("'self'");
    // What later work needs: a same-origin service worker and manifest, data: images.
    expect(policy.get("worker-src")).toBe("'self'");
    expect(policy.get("manifest-src")).toBe("'self'");
    expect(policy.get("img-src")).toContain("data:");
    expect(policy.has("upgrade-insecure-requests")).toBe(false);
  });

  test("https adds upgrade-insecure-requests; next dev adds eval for React's overlays only", () => {
    expect(directives(pageContentSecurityPolicy({ nonce: "n", https: true })).has("upgrade-insecure-requests")).toBe(true);
    expect(directives(pageContentSecurityPolicy({ nonce: "n", https: false, dev: true })).get("script-src")).toContain("'unsafe-eval'");
  });

  test("API responses run nothing and cannot be framed", () => {
    const policy = directives(API_CONTENT_SECURITY_POLICY);
    expect(policy.get("default-src")).toBe("'none'");
    expect(policy.get("frame-ancestors")).toBe("'none'");
    expect(policy.has("script-src")).toBe(false);
  });

  test("nonces are fresh, 128-bit base64", () => {
    const nonces = new Set(Array.from({ length: 200 }, () => createNonce()));
    expect(nonces.size).toBe(200);
    for (const nonce of nonces) expect(atob(nonce)).toHaveLength(16);
  });
});

describe("[security] the other headers", () => {
  test("every response: nosniff, DENY, the referrer policy and a permissions policy", () => {
    const headers = securityHeaders({ https: false });
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["X-Frame-Options"]).toBe("DENY");
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["Permissions-Policy"]).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
    expect(headers["Strict-Transport-Security"]).toBeUndefined();
  });

  test("HSTS only over https", () => {
    expect(securityHeaders({ https: true })["Strict-Transport-Security"]).toBe(HSTS);
  });

  test.each([
    ["an https app URL", "http://10.0.0.5:3000/x", {}, "https://lifeloop.example.com", true],
    ["a proxy saying https", "http://10.0.0.5:3000/x", { "x-forwarded-proto": "https" }, undefined, true],
    ["a proxy chain starting with https", "http://10.0.0.5:3000/x", { "x-forwarded-proto": "https, http" }, undefined, true],
    ["plain http", "http://localhost:3000/x", {}, "http://localhost:3000", false],
    ["a proxy saying http", "http://10.0.0.5:3000/x", { "x-forwarded-proto": "http" }, undefined, false],
  ])("https is detected from %s", (_, url, headers, appUrl, expected) => {
    expect(isHttpsRequest({ url, headers: new Headers(headers) }, appUrl)).toBe(expected);
  });

  test("next.config.js gives static files the same headers as proxy.ts gives pages", async () => {
    // next.config.js is plain JavaScript (no types); read its export as data.
    const config = (await import(/* @vite-ignore */ `${process.cwd()}/next.config.js`)) as { STATIC_SECURITY_HEADERS: { key: string; value: string }[] };
    expect(Object.fromEntries(config.STATIC_SECURITY_HEADERS.map(({ key, value }) => [key, value]))).toEqual(STATIC_SECURITY_HEADERS);
  });
});
