import ipaddr from "ipaddr.js";

/**
 * Which address a request came from, for sign-in limits and the sessions list.
 *
 * `next start` passes the TCP peer address to the app only through `X-Forwarded-For`, and only
 * when the client sent none (Next fills the header with `??=`): a client that talks to Next
 * directly can therefore write any address it likes there. So the header is believed only as far
 * as the operator says proxies stand in front (`trustedProxies`, from LIFELOOP_TRUSTED_PROXIES);
 * without proxies the address comes from the peer address that Lifeloop's server records itself
 * (`peerAddress`, see scripts/record-peer-address.mjs), which no client can set.
 */
export type ClientAddressInput = {
  /** The X-Forwarded-For header as received (may be null). */
  forwardedFor: string | null;
  /** The TCP peer address recorded by the server itself, or null when it was not recorded. */
  peerAddress: string | null;
  /** How many reverse proxies in front of Lifeloop append to X-Forwarded-For (0 = none). */
  trustedProxies: number;
};

/** An address as written in X-Forwarded-For, without brackets or port; null when not an IP address. */
export function normalizeAddress(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let value = raw.trim();
  // "[2001:db8::1]:443" and "[2001:db8::1]"
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  // "203.0.113.7:51234" (some proxies add the port to IPv4 entries)
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  if (!ipaddr.isValid(value)) return null;
  try {
    // process(): an IPv4-mapped IPv6 address ("::ffff:127.0.0.1") becomes plain IPv4.
    return ipaddr.process(value).toString();
  } catch {
    return null;
  }
}

/**
 * The client's address, or null when it cannot be told.
 *
 * - With N trusted proxies, each proxy appends the address it received the request from, so the
 *   client is the N-th entry from the right of X-Forwarded-For; anything further left was written
 *   by the client and is ignored. A header with fewer entries (a request that bypassed the
 *   proxies) falls back to the leftmost entry that a proxy could have written.
 * - With no proxies, the server's own peer address is the client. When it was not recorded
 *   (`next dev`, or `next start` run without Lifeloop's start script), the last X-Forwarded-For
 *   entry is used: Next's own copy of the peer address when the client sent no header.
 */
export function resolveClientAddress({ forwardedFor, peerAddress, trustedProxies }: ClientAddressInput): string | null {
  const entries = (forwardedFor ?? "").split(",").map((entry) => entry.trim()).filter((entry) => entry !== "");
  if (trustedProxies <= 0) {
    if (peerAddress !== null) return normalizeAddress(peerAddress);
    return normalizeAddress(entries[entries.length - 1]);
  }
  if (entries.length === 0) return normalizeAddress(peerAddress);
  const index = Math.max(0, entries.length - trustedProxies);
  return normalizeAddress(entries[index]);
}

/**
 * The key sign-in limits count by: the IPv4 address itself, or the /64 prefix of an IPv6 address
 * (one subscriber usually holds a whole /64, so counting single IPv6 addresses would let one
 * client rotate through billions). "unknown" when there is no address.
 */
export function clientRateLimitKey(address: string | null): string {
  if (!address) return "unknown";
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.process(address);
  } catch {
    return "unknown";
  }
  if (parsed.kind() === "ipv4") return parsed.toString();
  const bytes = parsed.toByteArray().slice(0, 8);
  return `${ipaddr.fromByteArray([...bytes, 0, 0, 0, 0, 0, 0, 0, 0]).toString()}/64`;
}
