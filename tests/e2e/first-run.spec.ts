import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { NAVIGATION_TIMEOUT, signUp } from "./helpers";

/**
 * A new account: Today teaches (what a callback is, an example per kind), and "Explore with
 * sample data" populates Portfolio, Review and Insights at once; one click removes it all.
 */
test("first run: sample data fills Portfolio, Review and Insights and goes away in one click", async ({ page }) => {
  test.setTimeout(300_000);
  await signUp(page);
  await page.goto("/today");
  const firstRun = page.getByRole("region", { name: "Welcome: start your loop" });
  await expect(firstRun).toContainText("A callback is a bet you placed");

  // An example opens quick capture with its kind chosen (not the last one used).
  await firstRun.getByRole("button", { name: /Job application/ }).click();
  const dialog = page.getByRole("dialog", { name: "Capture a callback" });
  await expect(dialog.getByLabel("Kind")).toHaveValue("JOB_APPLICATION");
  await expect(dialog.getByLabel("Title")).toBeFocused();
  await page.keyboard.press("Escape");

  await firstRun.getByRole("button", { name: "Explore with sample data" }).click();
  await expect(page).toHaveURL(/\/portfolio$/, { timeout: NAVIGATION_TIMEOUT });
  const banner = page.getByText("Sample data.", { exact: false }).first();
  await expect(banner).toBeVisible();
  await expect(page.getByRole("heading", { name: /Best use of the next hour/ })).toBeVisible();

  for (const path of ["/portfolio", "/review", "/insights"]) {
    await page.goto(path);
    await expect(page.getByRole("main")).toBeVisible();
    await page.waitForLoadState("load");
    const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const serious = violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
    expect.soft(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`), path).toEqual([]);
  }

  await page.getByRole("button", { name: "Remove sample data" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Removed the sample data" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Remove sample data" })).toHaveCount(0);
  const list = (await (await page.request.get("/api/v1/callbacks?state=ALL&limit=50")).json()) as { items: unknown[] };
  expect(list.items).toHaveLength(0);

  // Exploring finished the first run: with the samples gone, Today doesn't greet again.
  await page.goto("/today");
  await expect(page.getByRole("heading", { name: /Loop clear|Nothing due/ })).toBeVisible();
  await expect(page.getByRole("region", { name: "Welcome: start your loop" })).toHaveCount(0);
});

test("first run: hiding it keeps it hidden", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page);
  await page.goto("/today");
  const firstRun = page.getByRole("region", { name: "Welcome: start your loop" });
  await expect(firstRun).toBeVisible();
  await firstRun.getByRole("button", { name: "I know the ropes — hide this" }).click();
  await expect(firstRun).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("heading", { name: /Loop clear|Nothing due/ })).toBeVisible();
  await expect(page.getByRole("region", { name: "Welcome: start your loop" })).toHaveCount(0);
});
