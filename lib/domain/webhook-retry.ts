/**
 * When a failed webhook delivery is tried again, and when to give up. Pure: attempts in, delays
 * out (no clock).
 */

/** Attempts of one delivery before it is marked failed (about a day of retries with the backoff below). */
export const MAX_DELIVERY_ATTEMPTS = 10;
/** Failed attempts in a row (across deliveries) after which the webhook is disabled. */
export const DISABLE_AFTER_FAILURES = 15;
/** The first retry waits this long; each later one twice as long. */
export const FIRST_RETRY_SECONDS = 30;
/** No wait is longer than this. */
export const MAX_RETRY_SECONDS = 6 * 60 * 60;

/**
 * Seconds to wait before the next attempt after `attempts` (≥ 1) failed ones: 30 s, 1 min, 2 min, 4 min …
 * doubling, at most 6 hours. Null when the delivery has had all its attempts.
 */
export function retryDelaySeconds(attempts: number): number | null {
  if (!Number.isInteger(attempts) || attempts < 1) throw new RangeError("attempts must be a whole number ≥ 1");
  if (attempts >= MAX_DELIVERY_ATTEMPTS) return null;
  return Math.min(MAX_RETRY_SECONDS, FIRST_RETRY_SECONDS * 2 ** (attempts - 1));
}
