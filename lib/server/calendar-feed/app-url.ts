/**
 * The app's public origin (no trailing slash) for absolute links in feeds and API answers:
 * NEXTAUTH_URL when set (the address the app is known by), else the origin the request came to
 * (behind a proxy, its forwarded host and scheme).
 */
export function appUrlFromHeaders(headers: Headers, requestUrl?: string): string {
  const configured = process.env.NEXTAUTH_URL?.trim();
  if (configured) return configured.replace(/\/+$/, "");
  const url = requestUrl ? new URL(requestUrl) : null;
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host") || url?.host || "localhost:3000";
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || url?.protocol.replace(":", "") || "http";
  return `${proto}://${host}`;
}

/** appUrlFromHeaders for a route handler's request. */
export function appUrlFor(request: Request): string {
  return appUrlFromHeaders(request.headers, request.url);
}
