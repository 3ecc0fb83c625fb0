import { type APIRequestContext, expect, test } from "@playwright/test";
import { NAVIGATION_TIMEOUT, sameOrigin, signUp } from "./helpers";

// Issue 12's render weight and per-request reads, seen from the browser: the layout and the page
// share one load read (React cache) yet a render after a server action shows the new load; the
// callbacks list renders each callback once; the tick renders action buttons for the active item.
const DAY = 86_400_000;
const iso = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();

async function capture(request: APIRequestContext, body: Record<string, unknown>): Promise<void> {
  const response = await request.post("/api/callbacks", { ...sameOrigin(), data: { confirmOverflow: true, ...body } });
  expect(response.status(), await response.text()).toBe(201);
}

test.describe("[perf]", () => {
  test("after a capture (a server action) the layout's meter and Today's load line both show the new load", async ({ page }) => {
    await signUp(page);
    await page.goto("/today");
    await expect(page.getByRole("button", { name: /Load 0 of 7/ })).toBeVisible();
    await expect(page.getByRole("main").getByText("OK · 0 of 7")).toBeVisible();
    await page.getByRole("main").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("n");
    const dialog = page.getByRole("dialog", { name: "Capture a callback" });
    await expect(dialog.getByLabel("Title")).toBeFocused();
    await page.keyboard.type("Ask Dana for an intro");
    await page.keyboard.press("Enter");
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("button", { name: /Load 1 of 7/ })).toBeVisible({ timeout: NAVIGATION_TIMEOUT });
    await expect(page.getByRole("main").getByText("OK · 1 of 7")).toBeVisible();
  });

  test("the callbacks list is one row per callback, at desktop and phone widths; the tick's buttons follow the active item", async ({ page }) => {
    await signUp(page);
    await capture(page.request, { title: "Overdue grant report", kind: "LEARNING_BET", startedAt: iso(-10 * DAY), expectedReplyBy: iso(-2 * DAY), timesOutAt: iso(20 * DAY) });
    await capture(page.request, { title: "Nudge Priya about coffee", kind: "NETWORKING_MESSAGE", startedAt: iso(-4 * DAY), counterparty: "Priya" });

    for (const width of [1200, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/callbacks");
      const list = page.getByRole("list", { name: "Callbacks" });
      await expect(list.getByRole("listitem")).toHaveCount(2);
      await expect(page.getByRole("link", { name: "Nudge Priya about coffee" })).toHaveCount(1);
      await expect(list.getByRole("listitem").filter({ hasText: "Nudge Priya about coffee" })).toContainText("Priya");
      for (const scheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.screenshot({ path: test.info().outputPath(`callbacks-${width}-${scheme}.png`), fullPage: true });
      }
    }

    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto("/today");
    const queue = page.getByRole("list", { name: "Tick queue" });
    await expect(queue.getByRole("listitem")).toHaveCount(2);
    // One group of buttons: the active (first) item's.
    await expect(page.getByRole("group", { name: /^Actions for / })).toHaveCount(1);
    const first = (await page.getByRole("group", { name: /^Actions for / }).getAttribute("aria-label"))!;
    await queue.getByRole("listitem").first().focus();
    await page.keyboard.press("j");
    await expect(page.getByRole("group", { name: /^Actions for / })).toHaveCount(1);
    await expect(page.getByRole("group", { name: /^Actions for / })).not.toHaveAttribute("aria-label", first);
    // A click makes an item active, and its buttons appear.
    await queue.getByRole("listitem").first().click({ position: { x: 5, y: 5 } });
    await expect(page.getByRole("group", { name: first })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath("today-1200-light.png"), fullPage: true });
  });
});
