import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";

/**
 * Revokes one of the user's tokens. Every request checks the token against the database (no
 * cache), so it stops working with the next request. Someone else's token, or one already
 * revoked, is "not found".
 */
export async function revokeToken(userId: string, tokenId: string, now: Date): Promise<void> {
  const { count } = await getDb().apiToken.updateMany({ where: { id: tokenId, userId, revokedAt: null }, data: { revokedAt: now } });
  if (count === 0) throw notFound("That token");
}
