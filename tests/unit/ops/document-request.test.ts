import { describe, expect, it } from "vitest";
import { isDocumentRequest } from "@/lib/document-request";

const HTML_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

describe("isDocumentRequest (which requests get the database-unavailable page)", () => {
  it.each([
    ["an address-bar page load", "GET", { accept: HTML_ACCEPT, "sec-fetch-dest": "document", "sec-fetch-mode": "navigate" }, true],
    ["a HEAD page load", "HEAD", { accept: HTML_ACCEPT, "sec-fetch-dest": "document" }, true],
    // What Chromium sends when the service worker relays a navigation (seen in the outage e2e).
    ["a navigation relayed by the service worker", "GET", { accept: HTML_ACCEPT, "sec-fetch-dest": "empty", "sec-fetch-mode": "navigate" }, true],
    ["a client without fetch metadata asking for HTML", "GET", { accept: HTML_ACCEPT }, true],
    ["a client-side navigation (RSC)", "GET", { accept: "*/*", rsc: "1", "sec-fetch-dest": "empty" }, false],
    ["a router prefetch", "GET", { accept: HTML_ACCEPT, "next-router-prefetch": "1", "sec-fetch-dest": "empty" }, false],
    ["a server action", "POST", { accept: "text/x-component", "next-action": "abc", "sec-fetch-dest": "empty" }, false],
    ["a script's fetch of JSON", "GET", { accept: "*/*", "sec-fetch-dest": "empty", "sec-fetch-mode": "cors" }, false],
    ["an image", "GET", { accept: "image/avif,image/webp,*/*", "sec-fetch-dest": "image" }, false],
    ["an iframe asking for HTML", "GET", { accept: HTML_ACCEPT, "sec-fetch-dest": "iframe" }, false],
    ["a form POST", "POST", { accept: HTML_ACCEPT, "sec-fetch-dest": "document" }, false],
  ])("%s → %s", (_, method, headers, expected) => {
    expect(isDocumentRequest(method, new Headers(headers as Record<string, string>))).toBe(expected);
  });
});
