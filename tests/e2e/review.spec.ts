import { type Page, expect, test } from "@playwright/test";
import { NAVIGATION_TIMEOUT, signUp, statusIn, sameOrigin } from "./helpers";

const SHOTS = process.env.LIFELOOP_SHOTS_DIR;

async function gotoReview(page: Page, path = "/review") {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1, name: "Weekly review" })).toBeVisible({ timeout: NAVIGATION_TIMEOUT });
}

async function completeWith(page: Page, reflections: Partial<Record<"What to stop" | "What to double" | "What to block on", string>>) {
  const form = page.getByRole("form", { name: "Complete review" });
  for (const [label, text] of Object.entries(reflections)) await form.getByLabel(label).fill(text);
  await form.getByRole("button", { name: "Complete review" }).click();
  await expect(statusIn(page).filter({ hasText: /^Completed / })).toBeVisible({ timeout: NAVIGATION_TIMEOUT });
}

test.describe("[review]", () => {
  test("complete this week's review, see it listed and read-only, then compare it with last week", async ({ page }) => {
    await signUp(page);
    const captured = await page.request.post("/api/callbacks", { ...sameOrigin(), data: { title: "Application to Initech", payoff: 7, priorPercent: 40, confirmOverflow: true } });
    expect(captured.status()).toBe(201);
    const second = await page.request.post("/api/callbacks", { ...sameOrigin(), data: { title: "Coffee chat ask to Priya", confirmOverflow: true } });
    expect(second.status()).toBe(201);
    await page.goto(`/callbacks/${((await captured.json()) as { id: string }).id}`);
    await page.getByRole("button", { name: "Mark fulfilled" }).click({ timeout: NAVIGATION_TIMEOUT });
    await page.getByRole("dialog", { name: "Mark fulfilled" }).getByRole("button", { name: "Mark fulfilled" }).click();
    await expect(page.getByRole("button", { name: "Reopen" })).toBeVisible({ timeout: NAVIGATION_TIMEOUT });

    await gotoReview(page);
    await expect(statusIn(page).filter({ hasText: "This week is still running" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Bets and outcomes" })).toBeVisible();
    await expect(page.getByText(/PredictionBook's form/)).toBeVisible();
    // One settled, a yes at 40%: hit rate 100% against 40% expected; it produced all the value.
    await expect(page.getByText("1 of 1 came true; your forecasts expected 0.4 (40%)")).toBeVisible();
    await expect(page.getByText("Your top 20% of bets (1 of 1) produced 100% of the value.")).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: "Application to Initech" })).toBeVisible();
    await expect(page.getByText("No completed reviews yet.")).toBeVisible();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/review-open-light.png`, fullPage: true });

    // Nothing written: the message sits under the first field and nothing is saved.
    const form = page.getByRole("form", { name: "Complete review" });
    await form.getByRole("button", { name: "Complete review" }).click();
    await expect(form.getByText("Write at least one reflection: it is what makes the review yours.")).toBeVisible();
    await expect(form.getByLabel("What to stop")).toHaveAttribute("aria-invalid", "true");

    await completeWith(page, { "What to stop": "Applying without a referral", "What to block on": "The portfolio site" });
    await expect(page.getByRole("form", { name: "Complete review" })).toHaveCount(0);
    await expect(page.getByRole("main").getByText("Applying without a referral")).toBeVisible();
    const list = page.getByRole("list", { name: "Completed reviews" });
    await expect(list.getByRole("listitem")).toHaveCount(1);
    await expect(list).toContainText("2 started · 1 settled · hit rate 100%");

    // Opened from the list, it is read-only.
    await list.getByRole("link").first().click();
    await expect(page).toHaveURL(/\/review\/\d{4}-\d{2}-\d{2}$/);
    await expect(statusIn(page).filter({ hasText: /^Completed / })).toBeVisible({ timeout: NAVIGATION_TIMEOUT });
    await expect(page.getByRole("textbox")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Complete review" })).toHaveCount(0);

    // A past week not yet reviewed can be completed later.
    await page.getByRole("link", { name: "← Previous week" }).click();
    await expect(statusIn(page).filter({ hasText: "Not reviewed yet" })).toBeVisible({ timeout: NAVIGATION_TIMEOUT });
    await completeWith(page, { "What to double": "Warm intros" });
    await expect(page.getByRole("list", { name: "Completed reviews" }).getByRole("listitem")).toHaveCount(2);

    // Compare the two side by side.
    await page.getByRole("form", { name: "Compare two weeks" }).getByRole("button", { name: "Compare side by side" }).click();
    await expect(page).toHaveURL(/\/review\/compare\?a=\d{4}-\d{2}-\d{2}&b=\d{4}-\d{2}-\d{2}$/, { timeout: NAVIGATION_TIMEOUT });
    await expect(page.getByRole("heading", { level: 1, name: "Compare weeks" })).toBeVisible();
    const startedRow = page.getByRole("row", { name: /Bets started/ });
    await expect(startedRow.getByRole("cell")).toHaveText(["0", "2", "+2"]);
    await expect(page.getByRole("main").getByText("Warm intros")).toBeVisible();
    await expect(page.getByRole("main").getByText("The portfolio site")).toBeVisible();
    if (SHOTS) {
      await page.screenshot({ path: `${SHOTS}/review-compare-light.png`, fullPage: true });
      await page.emulateMedia({ colorScheme: "dark" });
      await page.screenshot({ path: `${SHOTS}/review-compare-dark.png`, fullPage: true });
      await gotoReview(page);
      await page.screenshot({ path: `${SHOTS}/review-done-dark.png`, fullPage: true });
    }
  });

  test("another account can't see a review by its week's URL, and weeks to come are not found", async ({ page, browser }) => {
    await signUp(page);
    await gotoReview(page);
    await completeWith(page, { "What to stop": "A private reflection" });
    await page.getByRole("list", { name: "Completed reviews" }).getByRole("link").first().click();
    await expect(page).toHaveURL(/\/review\/\d{4}-\d{2}-\d{2}$/);
    const weekUrl = new URL(page.url()).pathname;

    const other = await browser.newPage();
    try {
      await signUp(other);
      await gotoReview(other, weekUrl);
      await expect(statusIn(other).filter({ hasText: /still running|Not reviewed yet/ })).toBeVisible();
      await expect(other.getByRole("main").getByText("A private reflection")).toHaveCount(0);
      await expect(other.getByText("No completed reviews yet.")).toBeVisible();

      const response = await other.goto("/review/2999-01-07");
      expect(response?.status()).toBe(404);
      const notMonday = await other.goto("/review/2026-03-31");
      expect(notMonday?.status()).toBe(404);
    } finally {
      await other.close();
    }
  });
});
