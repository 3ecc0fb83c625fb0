import { mkdirSync } from "node:fs";
import { type Page, expect, test } from "@playwright/test";
import { NAVIGATION_TIMEOUT, signUp, sameOrigin } from "./helpers";

const SHOTS = process.env.PORTFOLIO_SHOTS_DIR;

async function gotoPortfolio(page: Page) {
  await page.goto("/portfolio");
  await expect(page.getByRole("heading", { level: 1, name: "Portfolio" })).toBeVisible({ timeout: NAVIGATION_TIMEOUT });
}

/** The row of an area in the 28-day share table. */
function shareRow(page: Page, area: string) {
  return page.getByRole("table", { name: /Target and actual share per area/ }).getByRole("row", { name: new RegExp(`^${area}`) });
}

async function logEffort(page: Page, trigger: string, fields: { area?: string; points: string; minutes?: string; note?: string }, submit: "click" | "enter" = "click") {
  await page.getByRole("main").getByRole("button", { name: trigger }).click();
  const dialog = page.getByRole("dialog", { name: /^Log effort/ });
  await expect(dialog).toBeVisible();
  if (fields.area) await dialog.getByLabel("Area").selectOption({ label: fields.area });
  await dialog.getByLabel("Energy points").fill(fields.points);
  if (fields.minutes) await dialog.getByLabel("Minutes (optional)").fill(fields.minutes);
  if (fields.note) await dialog.getByLabel("Note (optional)").fill(fields.note);
  if (submit === "enter") await dialog.getByLabel("Energy points").press("Enter");
  else await dialog.getByRole("button", { name: "Log effort" }).click();
  await expect(dialog).toBeHidden();
}

async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `${SHOTS}/${name}-${scheme}.png`, fullPage: true });
  }
  await page.emulateMedia({ colorScheme: "light" });
}

test.describe("[portfolio]", () => {
  test("the empty state teaches; logged, edited and deleted effort moves the shares", async ({ page }) => {
    await signUp(page);
    await gotoPortfolio(page);
    await expect(page.getByRole("heading", { name: "Log your first effort" })).toBeVisible();
    await expect(page.getByText("No open bets.")).toBeVisible();
    await shoot(page, "portfolio-empty");

    // A bad entry keeps its message next to the field.
    await page.getByRole("main").getByRole("button", { name: "Log your first effort" }).click();
    const dialog = page.getByRole("dialog", { name: "Log effort" });
    await expect(dialog.getByLabel("Area")).toBeFocused();
    await dialog.getByLabel("Area").selectOption({ label: "Health" });
    await dialog.getByLabel("Energy points").fill("500");
    await dialog.getByRole("button", { name: "Log effort" }).click();
    await expect(dialog.getByText(/One entry holds at most 100 points/)).toBeVisible();
    await expect(dialog.getByLabel("Energy points")).toHaveAttribute("aria-invalid", "true");
    await shoot(page, "log-effort-dialog");
    await dialog.getByLabel("Energy points").fill("3");
    await dialog.getByLabel("Minutes (optional)").fill("90");
    await dialog.getByRole("button", { name: "Log effort" }).click();
    await expect(dialog).toBeHidden();

    await expect(page.getByRole("heading", { name: "Actual vs target" })).toBeVisible();
    await expect(shareRow(page, "Health")).toContainText("100 %");
    await expect(shareRow(page, "Health")).toContainText("+75 pp");

    await logEffort(page, "Log effort", { area: "Networking", points: "1", note: "Coffee with Sam" });
    await expect(shareRow(page, "Health")).toContainText("75 %");
    await expect(shareRow(page, "Networking")).toContainText("25 %");
    await expect(page.getByRole("list", { name: "Effort entries" }).getByRole("listitem")).toHaveCount(2);
    await shoot(page, "portfolio-with-effort");

    // Edit the Networking entry: 1 → 3 points makes it an even split.
    await page.getByRole("button", { name: /^Edit 1 points on Networking/ }).click();
    const edit = page.getByRole("dialog", { name: "Edit effort entry" });
    await expect(edit.getByLabel("Energy points")).toHaveValue("1");
    await edit.getByLabel("Energy points").fill("3");
    await edit.getByRole("button", { name: "Save entry" }).click();
    await expect(edit).toBeHidden();
    await expect(page.getByRole("status").filter({ hasText: "Effort entry saved." })).toBeVisible();
    await expect(shareRow(page, "Health")).toContainText("50 %");
    await expect(shareRow(page, "Networking")).toContainText("50 %");

    // Delete it, confirmed: Health is all of it again.
    await page.getByRole("button", { name: /^Delete 3 points on Networking/ }).click();
    const confirm = page.getByRole("dialog", { name: "Delete this effort entry?" });
    await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
    await confirm.getByRole("button", { name: "Delete entry" }).click();
    await expect(confirm).toBeHidden();
    await expect(shareRow(page, "Health")).toContainText("100 %");
    await expect(shareRow(page, "Networking")).toContainText("0 %");
    await expect(page.getByRole("list", { name: "Effort entries" }).getByRole("listitem")).toHaveCount(1);
  });

  test("effort logged from a callback's page adds to its effort and shows in the portfolio", async ({ page }) => {
    await signUp(page);
    const response = await page.request.post("/api/callbacks", { ...sameOrigin(), data: { title: "Portfolio bet for Acme", payoff: 8, confirmOverflow: true } });
    expect(response.status(), await response.text()).toBe(201);
    const { id } = (await response.json()) as { id: string };

    await page.goto(`/callbacks/${id}`);
    await expect(page.getByRole("heading", { level: 1, name: "Portfolio bet for Acme" })).toBeVisible({ timeout: NAVIGATION_TIMEOUT });
    await expect(page.getByText("No effort logged for this callback yet.")).toBeVisible();
    await logEffort(page, "Log effort", { area: "Specific Knowledge", points: "2.5", note: "Prepared the take-home" });
    const effortFact = page.getByRole("main").locator("dt", { hasText: /^Effort$/ }).locator("xpath=following-sibling::dd[1]");
    await expect(effortFact).toContainText("2.5");
    await expect(page.getByRole("list", { name: "Effort entries" })).toContainText("Prepared the take-home");
    await expect(page.getByRole("list", { name: "History, newest first" })).toContainText(/Effort:\s*0\s*→\s*(changed to\s*)?2\.5/);
    await shoot(page, "callback-effort");

    await gotoPortfolio(page);
    await expect(shareRow(page, "Specific Knowledge")).toContainText("100 %");
    await expect(page.getByRole("list", { name: "Effort entries" }).getByRole("link", { name: "Portfolio bet for Acme" })).toBeVisible();
    // The open bet is ranked, its energy the 2.5 points logged.
    const ranked = page.getByRole("table", { name: /ranked by expected value per energy point/ });
    await expect(ranked.getByRole("row", { name: /Portfolio bet for Acme/ })).toContainText("2.5");
    await shoot(page, "portfolio-with-bet");
  });
});

test.describe("[portfolio] phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("[portfolio] at 390×844 the page with effort and bets has no horizontal scroll", async ({ page }) => {
    await signUp(page);
    const response = await page.request.post("/api/callbacks", { ...sameOrigin(), data: { title: "A fairly long bet title for a narrow screen", payoff: 6, confirmOverflow: true } });
    expect(response.status(), await response.text()).toBe(201);
    await gotoPortfolio(page);
    // Submitted from the keyboard (Enter in a field), the way a phone's "Go" key does.
    await logEffort(page, "Log your first effort", { area: "Creative Output", points: "4", note: "Sketches" }, "enter");
    await expect(page.getByRole("heading", { name: "Actual vs target" })).toBeVisible();
    const size = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(size.scroll).toBeLessThanOrEqual(size.client);
    await shoot(page, "portfolio-phone");
  });
});
