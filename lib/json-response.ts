/** JSON bodies shorter than this (in characters) are sent as they are, not gzipped. */
export const COMPRESS_FROM_CHARS = 4096;

/**
 * A JSON response. A short body is marked `Cache-Control: no-transform`, which Next's compression
 * honours: gzip on a body of a few hundred bytes costs more CPU than the bytes it saves (most
 * single-item answers are that small: a captured callback is ~0.9 KB), and it was ~8% of the
 * server's CPU on POST /api/v1/callbacks at 20 concurrent clients. Next drops a Content-Length
 * set here (send-response.ts), so the compression's own 1 KB threshold never applies to routes.
 * Longer bodies (lists, exports) are still compressed for clients that accept it.
 */
export function jsonResponse(data: unknown, init: ResponseInit = {}): Response {
  const body = JSON.stringify(data);
  const headers = new Headers(init.headers);
  headers.set("Content-Type", "application/json");
  if (body.length < COMPRESS_FROM_CHARS) {
    const cacheControl = headers.get("Cache-Control");
    headers.set("Cache-Control", cacheControl ? `${cacheControl}, no-transform` : "no-transform");
  }
  // Its length, so a server that sends it whole can frame it without chunking (lib/api-direct.ts).
  headers.set("Content-Length", String(Buffer.byteLength(body)));
  return new Response(body, { ...init, headers });
}
