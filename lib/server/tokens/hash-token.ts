import { createHash } from "node:crypto";

/**
 * The stored form of a token: hex SHA-256. A fast hash is right here (unlike passwords): the
 * token has 256 random bits, so nobody can guess their way to it from the hash.
 */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
