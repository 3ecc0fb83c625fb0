import { type Page, expect, test } from "@playwright/test";
import { NAVIGATION_TIMEOUT, signUp, sameOrigin } from "./helpers";

const SHOTS = process.env.LIFELOOP_SHOTS_DIR;

async function settle(page: Page, id: string, outcome: "Mark fulfilled" | "Mark rejected") {
  await page.goto(`/callbacks/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible({ timeout: NAVIGATION_TIMEOUT });
  await page.getByRole("button", { name: outcome }).click();
  await page.getByRole("dialog", { name: outcome }).getByRole("button", { name: outcome }).click();
  await expect(page.getByRole("button", { name: "Reopen" })).toBeVisible({ timeout: NAVIGATION_TIMEOUT });
}

test.describe("[insights]", () => {
  test("shows what's needed before 5 settled callbacks, then calibration and Brier after settling them", async ({ page }) => {
    test.setTimeout(240_000);
    await signUp(page);
    await page.goto("/insights");
    await expect(page.getByRole("heading", { name: "Settle 5 more callbacks to see your calibration" })).toBeVisible({ timeout: NAVIGATION_TIMEOUT });
    await expect(page.getByRole("link", { name: "Settle a callback" })).toHaveAttribute("href", "/callbacks");
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/insights-needs-more-light.png`, fullPage: true });

    const bets = [
      { title: "Acme application", priorPercent: 80, outcome: "Mark fulfilled" },
      { title: "Globex application", priorPercent: 30, outcome: "Mark rejected" },
      { title: "Coffee chat with Priya", priorPercent: 60, outcome: "Mark fulfilled" },
      { title: "Grant proposal", priorPercent: 20, outcome: "Mark rejected" },
      { title: "Launch on Product Hunt", priorPercent: 50, outcome: "Mark fulfilled" },
    ] as const;
    const ids: string[] = [];
    for (const bet of bets) {
      const response = await page.request.post("/api/callbacks", {
        ...sameOrigin(),
        data: { title: bet.title, priorPercent: bet.priorPercent, payoff: 5, confirmOverflow: true },
      });
      expect(response.status(), await response.text()).toBe(201);
      ids.push(((await response.json()) as { id: string }).id);
    }
    for (const [index, id] of ids.slice(0, 4).entries()) await settle(page, id, bets[index]!.outcome);

    await page.goto("/insights");
    await expect(page.getByRole("heading", { name: "Settle 1 more callback to see your calibration" })).toBeVisible({ timeout: NAVIGATION_TIMEOUT });

    await settle(page, ids[4]!, bets[4].outcome);
    await page.goto("/insights");
    await expect(page.getByRole("heading", { name: "Calibration" })).toBeVisible({ timeout: NAVIGATION_TIMEOUT });
    await expect(page.getByRole("img", { name: /Calibration chart/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Brier score" })).toBeVisible();
    await expect(page.getByText(/0 is perfect, 0\.25 is always saying 50%/)).toBeVisible();
    await expect(page.getByRole("heading", { name: "Did your updates help?" })).toBeVisible();
    // Five bets in the table, in the 20%, 30%, 50%, 60% and 80% buckets.
    const table = page.getByRole("table", { name: "Calibration by bucket" });
    await expect(table.getByRole("row")).toHaveCount(6);
    await expect(table.getByRole("row", { name: /^80%/ })).toContainText("1 (100%)");
    await expect(page.getByRole("table", { name: "By kind" })).toContainText("5");
    if (SHOTS) {
      await page.screenshot({ path: `${SHOTS}/insights-light.png`, fullPage: true });
      await page.emulateMedia({ colorScheme: "dark" });
      await page.screenshot({ path: `${SHOTS}/insights-dark.png`, fullPage: true });
    }
  });
});
