import { describe, expect, test } from "vitest";
import { clientRateLimitKey, normalizeAddress, resolveClientAddress } from "@/lib/domain/client-address";

describe("resolveClientAddress", () => {
  test.each([
    // No proxy: the peer address recorded by the server; a client's own X-Forwarded-For is ignored.
    [{ forwardedFor: "6.6.6.6", peerAddress: "203.0.113.9", trustedProxies: 0 }, "203.0.113.9"],
    [{ forwardedFor: null, peerAddress: "::ffff:127.0.0.1", trustedProxies: 0 }, "127.0.0.1"],
    // No proxy and no recorded peer (next dev): Next's own copy of the peer in X-Forwarded-For.
    [{ forwardedFor: "127.0.0.1", peerAddress: null, trustedProxies: 0 }, "127.0.0.1"],
    // One proxy: the address it appended (the last entry); what the client wrote before it is ignored.
    [{ forwardedFor: "6.6.6.6, 198.51.100.4", peerAddress: "10.0.0.2", trustedProxies: 1 }, "198.51.100.4"],
    // Two proxies: the second from the right.
    [{ forwardedFor: "6.6.6.6, 198.51.100.4, 10.0.0.9", peerAddress: "10.0.0.2", trustedProxies: 2 }, "198.51.100.4"],
    // Fewer entries than proxies (the proxies were bypassed): the leftmost.
    [{ forwardedFor: "198.51.100.4", peerAddress: "10.0.0.2", trustedProxies: 2 }, "198.51.100.4"],
    [{ forwardedFor: null, peerAddress: "10.0.0.2", trustedProxies: 1 }, "10.0.0.2"],
    // Ports and brackets some proxies add.
    [{ forwardedFor: "198.51.100.4:51234", peerAddress: null, trustedProxies: 1 }, "198.51.100.4"],
    [{ forwardedFor: "[2001:db8::1]:443", peerAddress: null, trustedProxies: 1 }, "2001:db8::1"],
    // Not an address at all.
    [{ forwardedFor: "unknown", peerAddress: null, trustedProxies: 1 }, null],
    [{ forwardedFor: "<script>", peerAddress: null, trustedProxies: 0 }, null],
    [{ forwardedFor: null, peerAddress: null, trustedProxies: 0 }, null],
  ])("%j → %s", (input, expected) => {
    expect(resolveClientAddress(input)).toBe(expected);
  });
});

describe("clientRateLimitKey", () => {
  test.each([
    ["198.51.100.4", "198.51.100.4"],
    ["::ffff:198.51.100.4", "198.51.100.4"],
    ["2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64"],
    ["2001:db8:1:2::ffff", "2001:db8:1:2::/64"],
    ["::1", "::/64"],
    [null, "unknown"],
    ["nonsense", "unknown"],
  ])("%s → %s", (address, key) => {
    expect(clientRateLimitKey(address)).toBe(key);
  });

  test("normalizeAddress keeps only IP addresses", () => {
    expect(normalizeAddress(" 203.0.113.1 ")).toBe("203.0.113.1");
    expect(normalizeAddress("203.0.113.300")).toBeNull();
    expect(normalizeAddress("")).toBeNull();
  });
});
