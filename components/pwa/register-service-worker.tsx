"use client";

import { useEffect } from "react";

export const SERVICE_WORKER_URL = "/serwist/sw.js";

/**
 * Registers the service worker (lib/pwa/sw.ts) once the page has loaded, so it never competes
 * with the first render. Not under `next dev`, where a cached shell would hide code changes.
 */
export function RegisterServiceWorker() {
  useEffect(() => {
    if (process.env.NODE_ENV === "development" || !("serviceWorker" in navigator)) return;
    const register = () => {
      navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: "/" }).catch(() => {
        // No service worker (private mode, blocked by policy): the app works online as before.
      });
    };
    if (document.readyState === "complete") register();
    else window.addEventListener("load", register, { once: true });
    return () => window.removeEventListener("load", register);
  }, []);
  return null;
}
