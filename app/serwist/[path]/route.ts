import { randomUUID } from "node:crypto";
import { createSerwistRoute } from "@serwist/turbopack";

/**
 * Serves the service worker (/serwist/sw.js and its source map), bundled from lib/pwa/sw.ts at
 * build time by Serwist's Turbopack route (Turbopack has no webpack plugins, so @serwist/next's
 * plugin does not apply). The precache list is Next's built static files and public/, plus the
 * offline page with a fresh revision per build (it renders per request, so it has no file hash).
 */
export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: "lib/pwa/sw.ts",
  // esbuild is already installed (tsx uses it); esbuild-wasm is not.
  useNativeEsbuild: true,
  additionalPrecacheEntries: [{ url: "/offline", revision: randomUUID() }],
  globIgnores: ["public/icons/maskable-*.png"],
  maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
});
