import { randomBytes } from "node:crypto";
import { hashToken } from "@/lib/server/tokens/hash-token";

/** The feed token's shape in a URL: "cal_" + 43 url-safe characters (32 random bytes, 256 bits). */
export const FEED_TOKEN_PATTERN = /^cal_[A-Za-z0-9_-]{43}$/;

/** A new feed token and its SHA-256 (what is stored). The token is shown once, in the URL. */
export function generateFeedToken(): { token: string; hash: string } {
  const token = `cal_${randomBytes(32).toString("base64url")}`;
  return { token, hash: hashToken(token) };
}

/** The feed's path for a token. */
export function feedPath(token: string): string {
  return `/api/calendar/${token}.ics`;
}
