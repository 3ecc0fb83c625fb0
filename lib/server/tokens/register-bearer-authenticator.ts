import { registerBearerAuthenticator } from "@/lib/api";
import { AppError } from "@/lib/errors";
import { authenticateToken } from "@/lib/server/tokens/authenticate-token";
import { countTokenRequest } from "@/lib/server/tokens/count-token-request";
import { tokenRateLimit } from "@/lib/server/tokens/token-rate-limit";

/**
 * Personal API tokens for every JSON route: importing this module registers the authenticator
 * with lib/api.ts (the v1 wrapper imports it, so it is in place wherever a v1 route runs, tests
 * included). Each request: look the token up (401 when unknown or revoked), then count it against
 * its per-minute limit (429 with Retry-After past it).
 */
registerBearerAuthenticator(async (token) => {
  const found = await authenticateToken(token, new Date());
  if (!found) throw new AppError("UNAUTHORIZED", "That API token is not valid (revoked, or never was). Create a new one in Settings → API tokens.");
  const limit = tokenRateLimit();
  const { allowed, retryAfterSeconds } = await countTokenRequest(found.tokenId, limit);
  if (!allowed) {
    throw new AppError("RATE_LIMITED", `This token made more than ${limit} requests this minute. Try again in ${retryAfterSeconds} s.`, undefined, {
      retryAfterSeconds,
      details: { limit, windowSeconds: 60 },
    });
  }
  return { user: found.user, auth: { kind: "token", tokenId: found.tokenId, scope: found.scope } };
});

export const BEARER_AUTHENTICATOR_REGISTERED = true;
