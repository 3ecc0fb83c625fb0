import { PHASE_PRODUCTION_SERVER } from "next/constants.js";

/**
 * Security headers for what proxy.ts does not see: Next's built files (_next/static), the image
 * optimizer and public files. proxy.ts sets the same ones (plus the Content-Security-Policy with
 * its per-request nonce, and HSTS over https) on pages and API routes. Kept equal to
 * STATIC_SECURITY_HEADERS in lib/security-headers.ts (a unit test compares them).
 */
export const STATIC_SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value:
      "accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), serial=(), usb=(), browsing-topics=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  async headers() {
    return [{ source: "/:path*", headers: STATIC_SECURITY_HEADERS }];
  },
  // PGlite ships wasm and data files it loads from its own folder at run time; bundling it breaks
  // that (and would copy ~14 MB into public static files). The database adapters and the WASM
  // migration engine are server-only packages too.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/adapter-pg",
    "@prisma/schema-engine-wasm",
    "@node-rs/argon2",
    "pg",
    // What @serwist/turbopack's withSerwist() adds: esbuild bundles the service worker at build
    // time (app/serwist/[path]/route.ts) and must stay out of the server bundle. Listed here
    // rather than importing Serwist into this file, which tests load directly.
    "esbuild",
    "esbuild-wasm",
  ],
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  outputFileTracingExcludes: { "*": ["./data/**", "./tests/**"] },
  experimental: {
    // Next loads every route's server code when it starts, by default; most requests go to a few
    // pages, and each API route carries its own copy of the shared modules (21 copies of one 435 KB
    // chunk were in the heap). Loaded on first use instead. Measured after the bench's page and
    // capture load: live heap 114 → 92 MB, peak RSS ~395 → ~370 MB.
    preloadEntriesOnStart: false,
  },
};

// next-intl without i18n routing: no [locale] segment and no middleware. The plugin points
// `next-intl/config` at lib/i18n/request.ts (a Turbopack resolve alias, merged into the config
// above); the request config picks the messages and the formatting locale per request. The
// message files are precompiled at build time, so browsers get no ICU parser (smaller first load).
// The plugin only shapes the build (aliases and loaders compiled into .next). The production
// server (`npm start`) loads this file too, and the plugin would bring its message extractor with
// it, @swc/core's native compiler included, for nothing. Measured: RSS of the ready server
// 307–339 → 250–277 MB together with the smaller buffer cache (lib/embedded-db.ts). So
// the server gets the plain config, and the plugin is imported only when something builds.
export default async function config(phase) {
  if (phase === PHASE_PRODUCTION_SERVER) return nextConfig;
  const { default: createNextIntlPlugin } = await import("next-intl/plugin");
  const withNextIntl = createNextIntlPlugin({
    requestConfig: "./lib/i18n/request.ts",
    experimental: { messages: { path: "./lib/i18n/messages", format: "json", locales: "infer", sourceLocale: "en", precompile: true } },
  });
  return withNextIntl(nextConfig);
}
