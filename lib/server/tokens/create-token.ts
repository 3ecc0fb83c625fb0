import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { generateToken } from "@/lib/server/tokens/generate-token";
import { type ApiTokenView, toApiTokenView } from "@/lib/server/tokens/token-view";
import type { CreateTokenInput } from "@/lib/validation/v1/tokens";

/** Active tokens one person may hold: plenty for scripts, a bound on a runaway loop. */
export const MAX_ACTIVE_TOKENS = 50;

/**
 * Creates a personal API token for the user. Returns the token itself (shown once; only its
 * SHA-256 is stored) with the stored record. The count of active tokens is checked with the
 * user's row locked, so parallel creates can't pass the limit together.
 */
export async function createToken(userId: string, input: CreateTokenInput, now: Date): Promise<ApiTokenView & { token: string }> {
  const { token, hash, prefix } = generateToken();
  const row = await getDb().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${userId} FOR UPDATE`;
    const active = await tx.apiToken.count({ where: { userId, revokedAt: null } });
    if (active >= MAX_ACTIVE_TOKENS) {
      throw new AppError("CONFLICT", `You have ${MAX_ACTIVE_TOKENS} active tokens, the most there can be. Revoke one you no longer use first.`);
    }
    return tx.apiToken.create({
      data: { userId, name: input.name, scope: input.scope === "read" ? "READ" : "READ_WRITE", tokenHash: hash, prefix, createdAt: now },
    });
  });
  return { ...toApiTokenView(row), token };
}
