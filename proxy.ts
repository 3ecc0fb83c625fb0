import { NextResponse, type NextRequest } from "next/server";
import { checkDatabase, databaseUnreachableSince } from "@/lib/db-health";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/lib/request-id";
import { createNonce, isHttpsRequest, securityHeaders } from "@/lib/security-headers";
import { isDocumentRequest } from "@/lib/document-request";
import { UNAVAILABLE_RETRY_SECONDS, renderUnavailablePage } from "@/lib/unavailable-page";

/** The header that tells server components which path was asked for (for sign-in's callbackUrl). */
export const REQUEST_PATH_HEADER = "x-lifeloop-path";

function withHeaders(response: NextResponse, headers: Record<string, string>): NextResponse {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

/**
 * Runs before every page request (API routes get the same service from the Node server in front
 * of Next, lib/api-front.ts, at a fraction of the cost; built static files get their headers from
 * next.config.js):
 * - security headers on every response (lib/security-headers.ts), with a fresh CSP script nonce
 *   per page, passed to the render in the request's own CSP header, where Next finds it;
 * - a request id on the request (the page and the error log see the same one) and on the
 *   response (X-Request-Id);
 * - the requested path for the render, so a signed-out visit to a signed-in page can come back
 *   there after sign-in (layouts do not receive the pathname);
 * - while the database is known to be unreachable, a page load gets the "can't reach the
 *   database" page (503, Retry-After) without rendering, after one cheap recheck (shared by
 *   concurrent requests, at most once a second).
 * Authentication is checked where the data is read, not here.
 */
export async function proxy(request: NextRequest) {
  const requestId = requestIdFrom(request.headers.get(REQUEST_ID_HEADER));
  const { pathname, search } = request.nextUrl;
  const nonce = createNonce();
  const headers: Record<string, string> = {
    ...securityHeaders({ nonce, https: isHttpsRequest(request, process.env.NEXTAUTH_URL), dev: process.env.NODE_ENV === "development" }),
    "X-Request-Id": requestId,
  };

  if (databaseUnreachableSince() !== null && isDocumentRequest(request.method, request.headers)) {
    const check = await checkDatabase(1_000);
    if (!check.ok) {
      return withHeaders(
        new NextResponse(request.method === "HEAD" ? null : renderUnavailablePage({ nonce }), {
          status: 503,
          headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Retry-After": String(UNAVAILABLE_RETRY_SECONDS) },
        }),
        headers,
      );
    }
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  requestHeaders.set(REQUEST_PATH_HEADER, `${pathname}${search}`);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"] ?? "");
  requestHeaders.set("x-nonce", nonce);
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), headers);
}

export const config = {
  // Everything but Next's built static files and image optimizer (headers from next.config.js)
  // and everything under /api/ (lib/api-front.ts, in scripts/start.ts).
  matcher: ["/((?!_next/static|_next/image|api/).*)"],
};
