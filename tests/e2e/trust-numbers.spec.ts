import { type Page, expect, test } from "@playwright/test";
import { NAVIGATION_TIMEOUT, signUp } from "./helpers";

const DAY = 86_400_000;

/** A datetime-local value `days` from now, in UTC (the test browser's zone). */
function localIn(days: number): string {
  return new Date(Date.now() + days * DAY).toISOString().slice(0, 16);
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/e2e/trust-numbers-${name}.png`, fullPage: true });
}

test.describe("[trust-numbers]", () => {
  test("s on a commitment's check-in in Today puts it off until tomorrow and says so", async ({ page }) => {
    await signUp(page);
    await page.goto("/commitments/new");
    const form = page.getByRole("form", { name: "New commitment" });
    await form.getByLabel("I block on…").fill("Write every morning");
    await form.getByLabel("Last day").fill(new Date(Date.now() + 10 * DAY).toISOString().slice(0, 10));
    await form.getByLabel("Daily").check();
    await form.getByRole("button", { name: "Make the commitment" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Write every morning" })).toBeVisible({ timeout: NAVIGATION_TIMEOUT });
    // Made a moment ago: locked, cancel not offered, typo fixes still open.
    await expect(page.getByRole("button", { name: "Cancel commitment" })).toHaveCount(0);
    await shoot(page, "commitment-locked-light");
    await page.emulateMedia({ colorScheme: "dark" });
    await page.setViewportSize({ width: 390, height: 844 });
    await shoot(page, "commitment-locked-dark-390");
    await page.emulateMedia({ colorScheme: "light" });
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.goto("/today");
    const queue = page.getByRole("main");
    await expect(queue.getByText("Did you keep it today?")).toBeVisible();
    await page.keyboard.press("s");
    await expect(page.getByRole("status").filter({ hasText: "The check-in for “Write every morning” is put off until tomorrow; nothing was marked." })).toBeVisible();
    await expect(queue.getByText("Did you keep it today?")).toHaveCount(0);
    await shoot(page, "today-later");
    await page.reload();
    await expect(queue.getByText("Did you keep it today?")).toHaveCount(0);
  });

  test("a typed timeout before the kind's default reply says what the default was, and one click fixes it", async ({ page }) => {
    await signUp(page);
    await page.goto("/callbacks/new");
    const form = page.getByRole("form", { name: "New callback" });
    await form.getByLabel("Title").fill("Apply to Acme");
    await form.getByLabel("Times out at").fill(localIn(5));
    await form.getByRole("button", { name: "Save callback" }).click();
    await expect(form.getByText(/You left the expected reply blank, so the job application default applied: 14 days after the start/).first()).toBeVisible();
    const fix = form.getByRole("button", { name: "Expect the reply by the timeout and save" });
    await expect(fix).toBeVisible();
    await shoot(page, "capture-fix");
    await fix.click();
    await expect(page.getByRole("heading", { level: 1, name: "Apply to Acme" })).toBeVisible({ timeout: NAVIGATION_TIMEOUT });
    // The detail page says where the deadlines came from.
    await expect(page.getByText(/set by you; only you move it/)).toBeVisible();
    await expect(page.getByText(/set by you; a contact restarts it/)).toBeVisible();
  });
});
