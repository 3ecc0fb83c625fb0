import { getDb } from "@/lib/db";
import { type ApiTokenView, toApiTokenView } from "@/lib/server/tokens/token-view";

/** The user's active (not revoked) tokens, newest first. */
export async function listTokens(userId: string): Promise<ApiTokenView[]> {
  const rows = await getDb().apiToken.findMany({
    where: { userId, revokedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, name: true, scope: true, prefix: true, createdAt: true, lastUsedAt: true },
  });
  return rows.map(toApiTokenView);
}
