/**
 * Whether a request is a page load in the browser's address bar, the only kind of request the
 * proxy answers with the self-contained "can't reach the database" page. Not a client-side
 * navigation (`RSC`), prefetch or server action, which Next's router handles itself.
 *
 * `Sec-Fetch-Dest: document` is the plain case. A page load relayed by the service worker
 * (lib/pwa/sw.ts fetches navigations from the network) arrives as the worker's own fetch:
 * Chromium sends it with `Sec-Fetch-Dest: empty` and `Sec-Fetch-Mode: navigate`, so an HTML `Accept` decides there, as it does
 * for clients that send no fetch metadata at all.
 */
export function isDocumentRequest(method: string, headers: Headers): boolean {
  if (method !== "GET" && method !== "HEAD") return false;
  if (headers.has("rsc") || headers.has("next-action") || headers.has("next-router-prefetch")) return false;
  const destination = headers.get("sec-fetch-dest");
  if (destination === "document") return true;
  if (destination && destination !== "empty") return false;
  return (headers.get("accept") ?? "").includes("text/html");
}
