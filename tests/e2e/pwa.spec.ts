import { expect, type Page, test } from "@playwright/test";
import { signUp } from "./helpers";

/**
 * Installable and offline: the manifest and icons Chromium needs to offer "Install", the service
 * worker controlling the page, the offline state, and a capture made offline arriving exactly
 * once when the connection returns (even when its first answer was lost).
 */

type Manifest = {
  name: string;
  short_name: string;
  start_url: string;
  display: string;
  theme_color: string;
  icons: { src: string; sizes: string; type: string; purpose?: string }[];
  share_target: { action: string; method: string; params: Record<string, string> };
};

async function waitForServiceWorker(page: Page): Promise<string> {
  const scriptUrl = await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL ?? "");
  const controlled = () => navigator.serviceWorker.controller !== null;
  // clientsClaim: the worker takes this page over without a reload. The claim reaches only pages
  // already loaded when the worker activates: a page whose navigation was still in flight then
  // (these tests go from sign-up to settings to Today while it installs) stays uncontrolled until
  // its next load, as it would for a person. Reload once in that case; a worker that never
  // controls a page still fails the test.
  const claimed = await page.waitForFunction(controlled, undefined, { timeout: 10_000 }).then(
    () => true,
    () => false,
  );
  if (!claimed) {
    await page.reload();
    await page.waitForFunction(controlled);
  }
  return scriptUrl;
}

async function countCallbacks(page: Page, title: string): Promise<number> {
  const response = await page.request.get(`/api/v1/callbacks?state=ALL&q=${encodeURIComponent(title)}&limit=50`);
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { items: { title: string }[] };
  return body.items.filter((item) => item.title === title).length;
}

test("the manifest, icons and favicon make the app installable", async ({ page, request }) => {
  await page.goto("/signin");
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(href).toBeTruthy();
  const manifest = (await (await request.get(href!)).json()) as Manifest;
  expect(manifest).toMatchObject({ name: "Lifeloop", short_name: "Lifeloop", display: "standalone", start_url: "/today" });
  expect(manifest.share_target).toEqual({ action: "/capture", method: "GET", params: { title: "title", text: "text", url: "url" } });
  for (const size of ["192x192", "512x512"]) {
    for (const purpose of ["any", "maskable"]) {
      const icon = manifest.icons.find((candidate) => candidate.sizes === size && candidate.purpose === purpose);
      expect(icon, `${purpose} ${size}`).toBeTruthy();
      const response = await request.get(icon!.src);
      expect(response.headers()["content-type"]).toBe("image/png");
      // A real PNG of the stated size (width and height from the IHDR chunk).
      const png = await response.body();
      expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(size);
    }
  }
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect((await request.get("/apple-touch-icon.png")).status()).toBe(200);
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute("href", "/apple-touch-icon.png");
});

test("offline: the app shell says so, a capture is queued and arrives exactly once", async ({ page, context }) => {
  await signUp(page);
  await page.goto("/today");
  expect(await waitForServiceWorker(page)).toMatch(/\/serwist\/sw\.js$/);

  await context.setOffline(true);
  // A page load without a connection: the service worker answers with the offline state.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "You're offline" })).toBeVisible();

  // Capture while offline: kept on this device.
  const title = `Offline capture ${Date.now().toString(36)}`;
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Kind").selectOption("NETWORKING_MESSAGE");
  await page.getByRole("button", { name: "Keep it for later" }).click();
  await expect(page.getByRole("heading", { name: "Waiting to be sent (1)" })).toBeVisible();

  // The first send's answer is "lost": the request reaches the server, the page never hears back.
  type Queued = { idempotencyKey: string; title: string; kind: string; startedAt: string };
  const queued = await page.evaluate(
    () =>
      new Promise<Queued>((resolve, reject) => {
        const open = indexedDB.open("lifeloop");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction("capture-queue").objectStore("capture-queue").getAll();
          read.onsuccess = () => resolve((read.result as Queued[])[0]!);
          read.onerror = () => reject(read.error);
        };
      }),
  );
  expect(queued).toMatchObject({ title, kind: "NETWORKING_MESSAGE" });
  // (The test's own request client is not the browser: it reaches the server while the page can't.)
  const first = await page.request.post("/api/v1/callbacks", {
    headers: { "Idempotency-Key": queued.idempotencyKey, Origin: new URL(page.url()).origin },
    data: { title: queued.title, kind: queued.kind, startedAt: queued.startedAt },
  });
  expect(first.status()).toBe(201);

  // Back online, the queue is sent (again, same key) and the server replays the first answer.
  await context.setOffline(false);
  await expect(page.getByRole("status").filter({ hasText: "Sent the capture you made offline" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Waiting to be sent/ })).toHaveCount(0);
  expect(await countCallbacks(page, title)).toBe(1);
});

test("quick capture while offline is queued and sent once when the connection returns", async ({ page, context }) => {
  await signUp(page);
  await page.goto("/today");
  await waitForServiceWorker(page);

  await context.setOffline(true);
  await expect(page.getByRole("status").filter({ hasText: "You're offline." })).toBeVisible();
  const title = `Quick offline ${Date.now().toString(36)}`;
  await page.getByRole("banner").getByRole("button", { name: /Capture/ }).click();
  const dialog = page.getByRole("dialog", { name: "Capture a callback" });
  await expect(dialog.getByLabel("Title")).toBeFocused();
  await dialog.getByLabel("Title").fill(title);
  await dialog.getByRole("button", { name: "Capture" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toContainText(title);
  await expect(page.getByRole("status").filter({ hasText: "1 capture waiting" })).toBeVisible();

  await context.setOffline(false);
  await expect(page.getByRole("status").filter({ hasText: "Sent the capture you made offline" })).toContainText(title);
  expect(await countCallbacks(page, title)).toBe(1);
});
