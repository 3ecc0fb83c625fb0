import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { NAVIGATION_TIMEOUT, signIn, signOut, signUp } from "./helpers";

const SAMPLE = readFileSync(new URL("../../docs/samples/job-tracker.csv", import.meta.url));

async function openData(page: Page) {
  await page.getByRole("navigation", { name: "Settings sections" }).getByRole("link", { name: "Data" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your data" })).toBeVisible({ timeout: NAVIGATION_TIMEOUT });
}

test.describe("[data]", () => {
  // Sign-up hashes a password and the import runs a transaction: slow on a busy two-core machine.
  test.setTimeout(300_000);
  test("export downloads everything as JSON, and one table as CSV with a BOM for spreadsheets", async ({ page }) => {
    await signUp(page);
    await openData(page);
    const [json] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download everything (JSON)" }).click()]);
    expect(json.suggestedFilename()).toMatch(/^lifeloop-export-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(readFileSync((await json.path())!, "utf8"));
    expect(file).toMatchObject({ format: "lifeloop-export", version: 2, callbacks: [] });
    expect(file.areas.map((area: { name: string }) => area.name)).toContain("Networking");

    await page.getByLabel("One table as CSV").selectOption("areas");
    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^lifeloop-areas-.*\.csv$/);
    const bytes = readFileSync((await csv.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8")).toContain("Specific Knowledge");
  });

  test("CSV import: columns guessed with a preview, a dry run lists a bad row by line, then the fixed file imports", async ({ page }) => {
    await signUp(page);
    await openData(page);
    const csvSection = page.locator("section", { has: page.getByRole("heading", { name: "Import callbacks from a CSV" }) });
    const bad = Buffer.from(`${SAMPLE.toString("utf8").trimEnd()}\nGlobex,Ops Engineer,Maybe later,2026-01-20,,,,https://globex.example,\n`);
    await csvSection.getByLabel("CSV file").setInputFiles({ name: "applications.csv", mimeType: "text/csv", buffer: bad });
    await expect(csvSection.getByLabel("Title (required)")).toHaveValue("Job Title");
    await expect(csvSection.getByLabel("Company / counterparty")).toHaveValue("Company");
    await expect(csvSection.getByRole("cell", { name: "Northwind Analytics" })).toBeVisible();
    await expect(csvSection.getByRole("button", { name: "Import" })).toBeDisabled();

    await csvSection.getByRole("button", { name: "Check all rows (dry run)" }).click();
    const problems = csvSection.getByRole("table", { name: "Rows that can't be imported" });
    await expect(problems.getByRole("row")).toHaveCount(2);
    await expect(problems.getByRole("row").nth(1)).toContainText("15");
    await expect(problems).toContainText("Unknown status “Maybe later”");
    await expect(csvSection.getByRole("button", { name: "Import" })).toBeDisabled();
    await page.screenshot({ path: "test-results/e2e/data-csv-dry-run.png", fullPage: true });

    await csvSection.getByLabel("CSV file").setInputFiles({ name: "job-tracker.csv", mimeType: "text/csv", buffer: SAMPLE });
    await csvSection.getByRole("button", { name: "Check all rows (dry run)" }).click();
    await expect(csvSection.getByRole("status")).toContainText("All 12 rows are fine: importing adds 12 callbacks.");
    await csvSection.getByRole("button", { name: "Import" }).click();
    await expect(csvSection.getByRole("status")).toContainText("Imported 12 callbacks.");

    await page.goto("/callbacks?state=ALL");
    await expect(page.getByText("Staff Engineer", { exact: true }).first()).toBeVisible();
    await page.goto("/settings/data");
    await page.emulateMedia({ colorScheme: "dark" });
    await page.screenshot({ path: "test-results/e2e/data-settings-dark.png", fullPage: true });
    await page.setViewportSize({ width: 390, height: 900 });
    await page.emulateMedia({ colorScheme: "light" });
    await page.screenshot({ path: "test-results/e2e/data-settings-390.png", fullPage: true });
  });

  test("the bookmarklet opens /capture with the page's title and URL, which survives a sign-in", async ({ page }) => {
    const account = await signUp(page);
    await openData(page);
    const href = await page.getByTestId("bookmarklet").getAttribute("href");
    expect(href).toMatch(/^javascript:/);
    expect(href).toContain("/capture?title=");
    await page.screenshot({ path: "test-results/e2e/data-settings.png", fullPage: true });

    // Signed out, the capture link goes through sign-in and comes back with its fields.
    await signOut(page);
    const capture = `/capture?${new URLSearchParams({ title: "Staff Engineer – Acme", url: "https://acme.example/jobs/42?ref=x" })}`;
    await page.goto(capture);
    await expect(page).toHaveURL(/\/signin\?callbackUrl=/, { timeout: NAVIGATION_TIMEOUT });
    await signIn(page, account, { start: page.url(), lands: capture });
    const form = page.getByRole("form", { name: "New callback" });
    await expect(form.getByLabel("Title")).toHaveValue("Staff Engineer – Acme");
    await expect(form.getByLabel("Link")).toHaveValue("https://acme.example/jobs/42?ref=x");
    await page.screenshot({ path: "test-results/e2e/data-capture.png", fullPage: true });
    await form.getByRole("button", { name: "Save callback" }).click();
    await expect(page).toHaveURL(/\/callbacks\/[a-z0-9]+$/, { timeout: NAVIGATION_TIMEOUT });
    await expect(page.getByRole("heading", { level: 1, name: "Staff Engineer – Acme" })).toBeVisible();

    // A share sheet sends the address inside `text`.
    await page.goto(`/capture?title=Shared&text=${encodeURIComponent("Worth a try https://jobs.example/7")}`);
    await expect(page.getByRole("form", { name: "New callback" }).getByLabel("Link")).toHaveValue("https://jobs.example/7");
    await expect(page.getByRole("form", { name: "New callback" }).getByLabel("Notes")).toHaveValue("Worth a try");
  });
});
