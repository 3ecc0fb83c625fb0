import { afterEach, describe, expect, test, vi } from "vitest";
import { blockedReason } from "@/lib/server/webhooks/address-guard";
import { signatureHeader, verifySignature } from "@/lib/server/webhooks/sign-webhook";
import { webhookUrlProblem } from "@/lib/validation/webhooks";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("the SSRF guard", () => {
  test.each([
    ["10.1.2.3", "a private or reserved address"],
    ["172.20.0.1", "a private or reserved address"],
    ["192.168.1.1", "a private or reserved address"],
    ["169.254.169.254", "a private or reserved address"],
    ["100.64.0.1", "a private or reserved address"],
    ["0.0.0.0", "a private or reserved address"],
    ["fd00::1", "a private or reserved address"],
    ["fe80::1", "a private or reserved address"],
    ["::ffff:10.0.0.1", "a private or reserved address"],
    ["127.0.0.1", "a loopback address"],
    ["::1", "a loopback address"],
    ["93.184.216.34", null],
    ["2606:2800:220:1::1", null],
  ])("%s → %s (loopback not allowed)", (address, reason) => {
    expect(blockedReason(address, false)).toBe(reason);
  });

  test("the loopback is allowed only when asked", () => {
    expect(blockedReason("127.0.0.1", true)).toBeNull();
    expect(blockedReason("::ffff:127.0.0.1", true)).toBeNull();
    expect(blockedReason("10.0.0.1", true)).not.toBeNull();
  });
});

describe("webhook URLs", () => {
  test("https anywhere; http only to the loopback outside production", () => {
    expect(webhookUrlProblem("https://hooks.example.com/lifeloop")).toBeNull();
    expect(webhookUrlProblem("http://127.0.0.1:8080/hook")).toBeNull();
    expect(webhookUrlProblem("http://localhost:8080/hook")).toBeNull();
    expect(webhookUrlProblem("http://hooks.example.com/x")).toMatch(/https/);
    expect(webhookUrlProblem("ftp://example.com")).toMatch(/https:\/\//);
    expect(webhookUrlProblem("not a url")).toMatch(/full address/);
    expect(webhookUrlProblem("https://user:pw@example.com/")).toMatch(/user name and password/);
  });

  test("in production the loopback is refused unless LIFELOOP_WEBHOOKS_ALLOW_LOOPBACK=1", () => {
    vi.stubEnv("NODE_ENV", "production");
    expect(webhookUrlProblem("http://127.0.0.1:8080/hook")).toMatch(/own addresses/);
    vi.stubEnv("LIFELOOP_WEBHOOKS_ALLOW_LOOPBACK", "1");
    expect(webhookUrlProblem("http://127.0.0.1:8080/hook")).toBeNull();
  });
});

describe("signatures", () => {
  test("t=…,v1=… verifies with the secret within the tolerance only", () => {
    const now = new Date("2030-01-01T00:00:00Z");
    const body = JSON.stringify({ id: "e1", type: "webhook.test" });
    const header = signatureHeader("whsec_abc", body, now);
    expect(header).toMatch(/^t=1893456000,v1=[0-9a-f]{64}$/);
    expect(verifySignature({ secret: "whsec_abc", header, body, now })).toBe(true);
    expect(verifySignature({ secret: "whsec_abc", header, body, now: new Date(now.getTime() + 299_000) })).toBe(true);
    expect(verifySignature({ secret: "whsec_abc", header, body, now: new Date(now.getTime() + 301_000) })).toBe(false);
    expect(verifySignature({ secret: "whsec_abd", header, body, now })).toBe(false);
    expect(verifySignature({ secret: "whsec_abc", header: "garbage", body, now })).toBe(false);
    expect(verifySignature({ secret: "whsec_abc", header: null, body, now })).toBe(false);
  });
});
