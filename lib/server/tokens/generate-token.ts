import { randomBytes } from "node:crypto";
import { hashToken } from "@/lib/server/tokens/hash-token";

/** Every personal API token starts with this, so a leaked one is recognisable (secret scanners). */
export const TOKEN_PREFIX = "ll_";
/** Characters of the token shown in lists to tell tokens apart ("ll_" + 5). */
export const TOKEN_DISPLAY_LENGTH = 8;

/**
 * A new personal API token: "ll_" + 43 url-safe characters (32 random bytes, 256 bits), its
 * SHA-256 for storage and its first characters for display. The token itself is shown once.
 */
export function generateToken(): { token: string; hash: string; prefix: string } {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, hash: hashToken(token), prefix: token.slice(0, TOKEN_DISPLAY_LENGTH) };
}
