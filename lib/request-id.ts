/**
 * Every request carries an id: the one a trusted client or proxy sent in X-Request-Id (when it
 * looks like an id), or a new UUID. proxy.ts puts it on the request (so pages, route handlers and
 * the error log see the same one) and on the response.
 */
export const REQUEST_ID_HEADER = "x-request-id";

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{8,64}$/;

/** The request's id: `given` when it looks like one, else a fresh random UUID. */
export function requestIdFrom(given: string | null | undefined): string {
  return given && REQUEST_ID_PATTERN.test(given) ? given : crypto.randomUUID();
}
