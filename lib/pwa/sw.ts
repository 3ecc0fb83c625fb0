/// <reference lib="webworker" />
/**
 * Lifeloop's service worker (Serwist), bundled by app/serwist/[path]/route.ts and served as
 * /serwist/sw.js with scope "/".
 *
 * What it keeps: the app shell, i.e. Next's built JS/CSS, the font, the icons and the /offline
 * page (precached at install, one revision per build). What it never keeps: a signed-in page or
 * an API answer. A page load that cannot reach the server gets the /offline page, which says so
 * and can queue a capture (lib/pwa/capture-queue.ts); pages with the person's data are not
 * stored on the device, so nothing private outlives a sign-out and nothing stale is shown as
 * current.
 */
import { CacheFirst, ExpirationPlugin, NetworkOnly, type PrecacheEntry, Serwist, type SerwistGlobalConfig } from "serwist";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;

const OFFLINE_PATH = "/offline";

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  disableDevLogs: true,
  runtimeCaching: [
    {
      // Built files have content hashes in their names: once fetched they never change.
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/_next/static/"),
      handler: new CacheFirst({ cacheName: "static", plugins: [new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 30 * 24 * 3600 })] }),
    },
    {
      // Pages always come from the server; without a connection, the offline page stands in.
      matcher: ({ request, sameOrigin }) => sameOrigin && request.mode === "navigate",
      handler: new NetworkOnly(),
    },
  ],
  fallbacks: {
    entries: [{ url: OFFLINE_PATH, matcher: ({ request }) => request.destination === "document" }],
  },
});

serwist.addEventListeners();
