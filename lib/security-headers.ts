/**
 * The security headers of every response, in one place. proxy.ts sets them on pages and API
 * routes (with a fresh script nonce per page request); next.config.js sets the static ones on
 * everything else Next serves (built JS/CSS, fonts, public files).
 *
 * Content-Security-Policy of a page:
 * - scripts: only those carrying this request's nonce ('strict-dynamic' then trusts what they
 *   load, i.e. Next's chunks and next/dynamic imports). No 'unsafe-inline', no 'unsafe-eval'
 *   (except under `next dev`, where React needs eval for its error overlays). Next reads the
 *   nonce from this header on the request and puts it on its own scripts, which is why every
 *   page renders dynamically (app/layout.tsx).
 * - styles: 'self' plus 'unsafe-inline'. Server-rendered `style` attributes (bar widths, area
 *   colours) cannot carry a nonce, and `style-src-attr` alone is not honoured everywhere. Inline
 *   styles can restyle a page, not run code.
 * - images: same origin and data: URLs; fonts, fetches, web workers (a service worker) and the
 *   web manifest: same origin only. No plugins, no <base>, forms post only to this site, and no
 *   other site may frame a page (frame-ancestors, and X-Frame-Options for old browsers).
 * - https only: upgrade-insecure-requests (on plain http it would break a LAN install).
 */
export type SecurityHeaderOptions = {
  /** The page's script nonce (base64); omit for API responses. */
  nonce?: string;
  /** Served over https (the app's URL is https, or a proxy in front says so): adds HSTS. */
  https: boolean;
  /** `next dev`: React needs eval for its dev-only error overlays. */
  dev?: boolean;
};

/** Features Lifeloop never uses: no page (nor anything framed or injected) may ask for them. */
export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "hid=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "serial=()",
  "usb=()",
  "browsing-topics=()",
].join(", ");

/** Headers every response gets, whatever it is (also set on static files by next.config.js). */
export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": PERMISSIONS_POLICY,
  "Cross-Origin-Opener-Policy": "same-origin",
};

/** Two years; subdomains of the app's own host only. Sent over https only (browsers ignore it on http). */
export const HSTS = "max-age=63072000; includeSubDomains";

/** The Content-Security-Policy of an HTML page rendered with `nonce`. */
export function pageContentSecurityPolicy({ nonce, https, dev = false }: { nonce: string; https: boolean; dev?: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/**
 * The Content-Security-Policy of an API response. JSON runs nothing; NextAuth's few HTML pages
 * under /api/auth (sign-out confirmation, error) use inline styles and post forms to this site.
 */
export const API_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src 'self' data:",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** Every security header of one response. */
export function securityHeaders({ nonce, https, dev = false }: SecurityHeaderOptions): Record<string, string> {
  return {
    ...STATIC_SECURITY_HEADERS,
    "Content-Security-Policy": nonce ? pageContentSecurityPolicy({ nonce, https, dev }) : API_CONTENT_SECURITY_POLICY,
    ...(https ? { "Strict-Transport-Security": HSTS } : {}),
  };
}

/**
 * Whether a request reached the app over https: the app's public URL (NEXTAUTH_URL) is https, the
 * request itself is, or a proxy in front of the app says so in X-Forwarded-Proto.
 */
export function isHttpsRequest(request: { url: string; headers: Headers }, appUrl: string | undefined): boolean {
  return request.url.startsWith("https://") || isHttpsBehind(request.headers.get("x-forwarded-proto"), appUrl);
}

/** The same for a request the Node server received itself (always plain http): the app's URL or X-Forwarded-Proto. */
export function isHttpsBehind(forwardedProto: string | null | undefined, appUrl: string | undefined): boolean {
  if (appUrl?.trim().toLowerCase().startsWith("https://")) return true;
  return forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https";
}

/** A fresh nonce: 128 random bits, base64. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
