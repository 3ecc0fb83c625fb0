import { type FrontAnswer, allowedMethods, methodNotAllowedAnswer } from "@/lib/api-methods";
import { requestIdFrom } from "@/lib/request-id";
import { isHttpsBehind, securityHeaders } from "@/lib/security-headers";

/** What the server does with an API request before Next: the request's id, headers for the response, and maybe the whole answer. */
export type ApiFront = { requestId: string; headers: Record<string, string>; answer: FrontAnswer | null };

/**
 * The API path a request target reaches, or null when it is not under /api/. Next reads the target
 * as a URL before routing: dot segments resolve, percent-encoded ones too (`/x/../api/health`,
 * `/./api/health`, `/x/%2e%2e/api/health` all reach /api/health), and a doubled leading slash is
 * redirected to the single one. The target is read the same way here (the WHATWG URL parser);
 * otherwise such a target would reach an API route past both this front and the pages' middleware.
 */
export function apiPathOf(target: string): string | null {
  let pathname: string;
  try {
    pathname = new URL(target.replace(/^\/+/, "/"), "http://front.invalid").pathname;
  } catch {
    return null;
  }
  return pathname.startsWith("/api/") ? pathname : null;
}

/**
 * What the Node server (scripts/start.ts) does with a request under /api before handing it to
 * Next. Pages go through proxy.ts, Next's middleware, which they need (a fresh CSP nonce per page,
 * the outage page); API requests no longer do: that layer cost ~3 ms of CPU per request on these
 * 2-core machines (a quarter of a capture through the API), for headers that are the same on every
 * API response. Here, in plain Node, for a few microseconds:
 * - the request id: the client's X-Request-Id when it looks like one, else a new one; the server
 *   puts it on the request, so the route, its error log and the response's X-Request-Id agree;
 * - the security headers of an API response (a CSP that runs nothing, nosniff, no framing, HSTS
 *   over https); set first, so a route's own header of the same name does not replace them;
 * - a method the route doesn't answer gets a JSON 405 with `Allow` (lib/api-methods.ts), not
 *   Next's plain-text one.
 */
export function apiFront(request: { method: string; pathname: string; requestId?: string; forwardedProto?: string }, appUrl: string | undefined): ApiFront {
  const requestId = requestIdFrom(request.requestId);
  const headers = { ...securityHeaders({ https: isHttpsBehind(request.forwardedProto, appUrl) }), "X-Request-Id": requestId };
  const allowed = allowedMethods(request.pathname);
  const method = request.method.toUpperCase();
  if (!allowed || allowed.includes(method)) return { requestId, headers, answer: null };
  const refused = methodNotAllowedAnswer(method, allowed);
  return { requestId, headers, answer: { ...refused, headers: { ...headers, ...refused.headers } } };
}
