import { getDb } from "@/lib/db";
import type { UserProfile } from "@/lib/server/users/get-user";
import { TOKEN_PREFIX } from "@/lib/server/tokens/generate-token";
import { hashToken } from "@/lib/server/tokens/hash-token";
import type { ApiTokenScopeName } from "@/lib/server/tokens/token-view";

/** How stale lastUsedAt may get before a request refreshes it: at most one write a minute per token. */
export const LAST_USED_PRECISION_MS = 60_000;

const TOKEN_SHAPE = new RegExp(`^${TOKEN_PREFIX}[A-Za-z0-9_-]{32,128}$`);

/**
 * The user and scope of a personal API token, or null when it is malformed, unknown or revoked.
 * One indexed lookup (by the token's hash, with its user) on every request, never cached, so a
 * revocation holds from the next request on. lastUsedAt is refreshed only when older than a
 * minute, so a busy script costs no write per request.
 */
export async function authenticateToken(token: string, now: Date): Promise<{ user: UserProfile; tokenId: string; scope: ApiTokenScopeName } | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const db = getDb();
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      scope: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { id: true, email: true, name: true, timeZone: true, capacity: true, locale: true, weekStartsOn: true, createdAt: true } },
    },
  });
  if (!row || row.revokedAt !== null) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_PRECISION_MS) {
    // Conditional, so two instances refreshing at once write once; never moves it backwards.
    await db.apiToken.updateMany({
      where: { id: row.id, revokedAt: null, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_PRECISION_MS + 1) } }] },
      data: { lastUsedAt: now },
    });
  }
  return { user: row.user, tokenId: row.id, scope: row.scope === "READ" ? "read" : "read-write" };
}
