/**
 * The app's public origin (no trailing slash) for absolute links in feeds and API answers:
 * NEXTAUTH_URL when set (the address the app is known by), else the origin the request came to
 * (behind a proxy, its forwarded host and scheme).
 */
export function appUrlFor(request: Request): string {
  const configured = process.env.NEXTAUTH_URL?.trim();
  if (configured) return configured.replace(/\/+$/, "");
  const url = new URL(request.url);
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host") || url.host;
  const proto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || url.protocol.replace(":", "");
  return `${proto}://${host}`;
}
