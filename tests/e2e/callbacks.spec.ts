import { type APIRequestContext, type Page, expect, test } from "@playwright/test";
import { NAVIGATION_TIMEOUT, alertIn, signIn, signOut, signUp, statusIn, sameOrigin } from "./helpers";

/** The value shown next to a term in a callback's facts (a <dt>/<dd> pair). */
function fact(page: Page, term: string) {
  return page.getByRole("main").locator("dt", { hasText: new RegExp(`^${term}$`) }).locator("xpath=following-sibling::dd[1]");
}

/** Captures through the JSON API with the browser's session cookie; returns the new id. */
async function captureViaApi(request: APIRequestContext, body: Record<string, unknown>): Promise<string> {
  const response = await request.post("/api/callbacks", { ...sameOrigin(), data: { confirmOverflow: true, ...body } });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

async function openCallback(page: Page, id: string) {
  await page.goto(`/callbacks/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible({ timeout: NAVIGATION_TIMEOUT });
}

test.describe("[callbacks]", () => {
  test("quick capture by keyboard needs only a title and shows up in the list and the load meter", async ({ page }) => {
    await signUp(page);
    await page.goto("/callbacks");
    await expect(page.getByRole("button", { name: /Load 0 of 7/ })).toBeVisible();
    await page.getByRole("main").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("n");
    const dialog = page.getByRole("dialog", { name: "Capture a callback" });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel("Title")).toBeFocused();
    await page.keyboard.type("Coffee chat ask to Priya");
    await page.keyboard.press("Enter");
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("status").filter({ hasText: "Captured" })).toContainText("Coffee chat ask to Priya");
    await expect(page.getByRole("main").getByRole("link", { name: "Coffee chat ask to Priya" }).first()).toBeVisible();
    await expect(page.getByRole("button", { name: /Load 1 of 7/ })).toBeVisible();
  });

  test("bad input gets its message next to the field and nothing is saved", async ({ page }) => {
    await signUp(page);
    await page.goto("/callbacks/new");
    const form = page.getByRole("form", { name: "New callback" });
    await form.getByLabel("Prior probability (%)").fill("150");
    await form.getByRole("button", { name: "Save callback" }).click();
    await expect(form.getByText("Give it a title.")).toBeVisible();
    await expect(form.getByText("Use 1–99 %.")).toBeVisible();
    await expect(form.getByLabel("Title")).toHaveAttribute("aria-invalid", "true");

    await page.getByRole("link", { name: "Callbacks", exact: true }).click();
    await expect(page.getByRole("heading", { name: "No callbacks yet" })).toBeVisible();
    await expect(page.getByRole("button", { name: /Load 0 of 7/ })).toBeVisible();
  });

  test("evidence moves the probability; a follow-up restarts the reply clock; settling ends it", async ({ page }) => {
    await signUp(page);
    const fiveDaysAgo = new Date(Date.now() - 5 * 86_400_000).toISOString();
    const id = await captureViaApi(page.request, {
      title: "Intro message to Sam",
      kind: "NETWORKING_MESSAGE",
      startedAt: fiveDaysAgo,
      priorPercent: 30,
    });
    await openCallback(page, id);
    // Five days of silence against a 3-day median reply: overdue, and the probability has decayed below the prior.
    await expect(page.getByRole("main").getByText("Overdue").first()).toBeVisible();
    await expect(fact(page, "Prior")).toHaveText("30 %");
    await expect(fact(page, "Probability now")).toHaveText("12 %");

    await page.getByRole("button", { name: "Log follow-up" }).click();
    await page.getByRole("dialog", { name: "Log follow-up" }).getByRole("button", { name: "Log follow-up" }).click();
    await expect(statusIn(page).filter({ hasText: /follow-up/i }).first()).toBeVisible();
    // The silence restarts: back to the explicit probability, and no longer overdue.
    await expect(fact(page, "Probability now")).toHaveText("30 %");
    await expect(page.getByRole("main").getByText("Overdue")).toHaveCount(0);
    // The reply clock restarted: expected 3 days after the follow-up (the hint under the date).
    await expect(fact(page, "Expected reply by").locator("xpath=..")).toContainText(/in (2|3) days/);

    await page.getByRole("button", { name: "Add evidence" }).click();
    await page.getByRole("dialog", { name: "Add evidence" }).getByRole("button", { name: /Replied with interest/ }).click();
    // Odds 0.3/0.7 × 3 = 1.2857 → 56 %.
    await expect(fact(page, "Probability now")).toHaveText("56 %");

    await page.getByRole("button", { name: "Mark fulfilled" }).click();
    await page.getByRole("dialog", { name: "Mark fulfilled" }).getByRole("button", { name: "Mark fulfilled" }).click();
    await expect(page.getByRole("main").getByText("Fulfilled").first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Reopen" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Log follow-up" })).toHaveCount(0);
  });

  test("a callback whose deadline passes times out on the server without anyone touching it", async ({ page }) => {
    await signUp(page);
    const now = Date.now();
    const id = await captureViaApi(page.request, {
      title: "Grant proposal",
      kind: "OTHER",
      startedAt: new Date(now - 60_000).toISOString(),
      expectedReplyBy: new Date(now + 2_000).toISOString(),
      timesOutAt: new Date(now + 4_000).toISOString(),
    });
    // Nobody opens anything while the deadline passes; the sweeper (every 2 s in e2e) records it.
    await page.waitForTimeout(8_000);
    const detail = await page.request.get(`/api/callbacks/${id}`);
    const body = (await detail.json()) as { state: string; events: { type: string }[] };
    expect(body.state).toBe("TIMED_OUT");
    expect(body.events.filter((event) => event.type === "TIMED_OUT")).toHaveLength(1);
    await openCallback(page, id);
    await expect(page.getByRole("main").getByText("Timed out").first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Extend deadline" })).toBeVisible();
  });

  test("capturing past capacity asks first", async ({ page }) => {
    await signUp(page);
    await page.getByLabel("Capacity (open threads)").fill("1");
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(statusIn(page).filter({ hasText: "Profile saved." })).toBeVisible();
    await captureViaApi(page.request, { title: "First thread" });
    await page.goto("/callbacks");
    await page.getByRole("button", { name: /Capture/ }).first().click();
    const dialog = page.getByRole("dialog", { name: "Capture a callback" });
    await dialog.getByLabel("Title").fill("One thread too many");
    await dialog.getByRole("button", { name: "Capture", exact: true }).click();
    await expect(dialog.getByRole("alert")).toContainText("more open threads than you can hold");
    await dialog.getByRole("button", { name: "Start it anyway" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("button", { name: /Load 2 of 1: Overflow/ })).toBeVisible();
  });

  test("user B gets not found for user A's callback from the page and the API", async ({ page, browser }) => {
    const alice = await signUp(page);
    const id = await captureViaApi(page.request, { title: "Alice's secret application" });
    await signOut(page);

    await signUp(page);
    const response = await page.goto(`/callbacks/${id}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "That callback was not found" })).toBeVisible();
    expect((await page.request.get(`/api/callbacks/${id}`)).status()).toBe(404);
    expect((await page.request.delete(`/api/callbacks/${id}`, sameOrigin())).status()).toBe(404);
    const list = (await (await page.request.get("/api/callbacks?state=ALL&q=secret")).json()) as { items: unknown[] };
    expect(list.items).toHaveLength(0);
    await page.goto("/callbacks?state=ALL");
    await expect(page.getByText("Alice's secret application")).toHaveCount(0);

    // Alice still has it, untouched.
    const context = await browser.newContext();
    const alicePage = await context.newPage();
    await signIn(alicePage, alice);
    await openCallback(alicePage, id);
    await expect(alicePage.getByRole("heading", { level: 1 })).toHaveText("Alice's secret application");
    await expect(alertIn(alicePage)).toHaveCount(0);
    await context.close();
  });
});
