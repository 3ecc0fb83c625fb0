import { expect, test } from "@playwright/test";
import { NAVIGATION_TIMEOUT, signUp } from "./helpers";

const BASE_URL = `http://localhost:${process.env.LIFELOOP_E2E_PORT}`;

test.describe("[api]", () => {
  test("a token created in Settings is shown once, copied, used by a script, and revoked", async ({ page, context, playwright }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: BASE_URL });
    await signUp(page);
    await page.getByRole("navigation", { name: "Settings sections" }).getByRole("link", { name: "API tokens" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "API tokens" })).toBeVisible({ timeout: NAVIGATION_TIMEOUT });
    await expect(page.getByText("No tokens yet.")).toBeVisible();

    const form = page.getByRole("form", { name: "Create an API token" });
    await form.getByRole("button", { name: "Create token" }).click();
    await expect(form.getByText("Name the token (e.g. the script that uses it).")).toBeVisible();
    await form.getByLabel("Name").fill("Job-board importer");
    await form.getByRole("radio", { name: /Read and write/ }).check();
    await form.getByRole("button", { name: "Create token" }).click();

    const panel = page.getByRole("region", { name: /Copy “Job-board importer” now/ });
    await expect(panel).toBeVisible();
    const token = await panel.getByLabel("Your new API token").inputValue();
    expect(token).toMatch(/^ll_[A-Za-z0-9_-]{43}$/);
    await panel.getByRole("button", { name: "Copy" }).click();
    await expect(panel.getByRole("status")).toHaveText("Copied to the clipboard.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
    await page.screenshot({ path: "test-results/e2e/api-tokens-created.png", fullPage: true });
    await panel.getByRole("button", { name: "Done" }).click();
    await expect(panel).toBeHidden();

    const row = page.getByRole("row", { name: /Job-board importer/ });
    await expect(row).toContainText("Read and write");
    await expect(row).toContainText("Never");
    await page.reload();
    await expect(page.locator(`input[value="${token}"]`)).toHaveCount(0);
    await expect(page.getByText(token)).toHaveCount(0);

    // A script: no cookies, only the token.
    const script = await playwright.request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
    const created = await script.post("/api/v1/callbacks", { data: { title: "Captured by the importer", kind: "JOB_APPLICATION" } });
    expect(created.status(), await created.text()).toBe(201);
    const id = ((await created.json()) as { id: string }).id;
    const list = (await (await script.get("/api/v1/callbacks?state=ALL")).json()) as { items: { id: string }[] };
    expect(list.items.map((item) => item.id)).toContain(id);
    await page.reload();
    await expect(page.getByRole("row", { name: /Job-board importer/ })).not.toContainText("Never");
    await page.emulateMedia({ colorScheme: "dark" });
    await page.screenshot({ path: "test-results/e2e/api-tokens-dark.png", fullPage: true });
    await page.emulateMedia({ colorScheme: "light" });

    await page.getByRole("button", { name: "Revoke Job-board importer" }).click();
    const dialog = page.getByRole("dialog", { name: "Revoke “Job-board importer”?" });
    await dialog.getByRole("button", { name: "Revoke token" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText("No tokens yet.")).toBeVisible();
    const refused = await script.get("/api/v1/callbacks");
    expect(refused.status()).toBe(401);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("UNAUTHORIZED");
    await script.dispose();
  });

  test("the API reference is public and lists every route with a curl example", async ({ page }) => {
    await page.goto("/docs/api");
    await expect(page.getByRole("heading", { level: 1, name: "Lifeloop API v1" })).toBeVisible({ timeout: NAVIGATION_TIMEOUT });
    const capture = page.getByRole("article", { name: "Capture a callback" });
    await expect(capture).toContainText("POST/api/v1/callbacks");
    await expect(capture.locator("pre")).toContainText(`curl -X POST "$LIFELOOP_URL/api/v1/callbacks"`);
    const document = (await (await page.request.get("/api/v1/openapi.json")).json()) as { paths: Record<string, Record<string, unknown>> };
    const operations = Object.values(document.paths).reduce((sum, methods) => sum + Object.keys(methods).length, 0);
    await expect(page.getByRole("article")).toHaveCount(operations);
    await page.screenshot({ path: "test-results/e2e/api-docs.png" });
    await page.emulateMedia({ colorScheme: "dark" });
    await page.screenshot({ path: "test-results/e2e/api-docs-dark.png" });
  });
});
