import { readEnv } from "@/lib/env";
import { DEFAULT_RATE_LIMIT_PER_MINUTE } from "@/lib/server/tokens/count-token-request";

/** Requests per minute each personal API token may make: LIFELOOP_API_RATE_LIMIT, else 600. */
export function tokenRateLimit(): number {
  return readEnv().LIFELOOP_API_RATE_LIMIT ?? DEFAULT_RATE_LIMIT_PER_MINUTE;
}
