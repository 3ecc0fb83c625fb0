import { expect, test } from "@playwright/test";
import { NAVIGATION_TIMEOUT, signUp } from "./helpers";

const BASE_URL = `http://localhost:${process.env.LIFELOOP_E2E_PORT}`;

test.describe("[calendar]", () => {
  test("the feed is turned on and rotated in Settings; calendar apps fetch it without signing in", async ({ page, playwright }) => {
    await signUp(page);
    await page.getByRole("navigation", { name: "Settings sections" }).getByRole("link", { name: "Calendar" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Calendar feed" })).toBeVisible({ timeout: NAVIGATION_TIMEOUT });
    await expect(page.getByText("No feed yet.")).toBeVisible();
    await page.getByRole("button", { name: "Turn on the calendar feed" }).click();
    const field = page.getByLabel("Feed address (shown once — copy it now)");
    await expect(field).toBeVisible();
    const first = await field.inputValue();
    expect(first).toMatch(new RegExp(`^${BASE_URL}/api/calendar/cal_[A-Za-z0-9_-]{43}\\.ics$`));
    await page.screenshot({ path: "test-results/e2e/calendar-on.png", fullPage: true });

    // A calendar app: no cookies at all.
    const calendarApp = await playwright.request.newContext();
    const feed = await calendarApp.get(first);
    expect(feed.status()).toBe(200);
    expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    const body = await feed.text();
    expect(body).toContain("BEGIN:VCALENDAR");
    expect(body).toContain("X-WR-CALNAME:Lifeloop");
    expect((await calendarApp.get(first, { headers: { "If-None-Match": feed.headers().etag! } })).status()).toBe(304);

    await page.getByRole("button", { name: "Make a new address" }).click();
    await expect(page.getByRole("main").getByRole("status").filter({ hasText: "New address made" })).toBeVisible();
    const second = await field.inputValue();
    expect(second).not.toBe(first);
    expect((await calendarApp.get(first)).status()).toBe(410);
    expect((await calendarApp.get(second)).status()).toBe(200);

    await page.reload();
    await expect(page.getByText(/The feed is on since/)).toBeVisible();
    await expect(page.getByText(second)).toHaveCount(0);
    await page.emulateMedia({ colorScheme: "dark" });
    await page.screenshot({ path: "test-results/e2e/calendar-dark.png", fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "test-results/e2e/calendar-phone.png", fullPage: true });
    await page.emulateMedia({ colorScheme: "light" });

    await page.getByRole("button", { name: "Turn off the feed" }).click();
    await expect(page.getByText("No feed yet.")).toBeVisible();
    expect((await calendarApp.get(second)).status()).toBe(410);
    await calendarApp.dispose();
  });

  test("[webhooks] the webhook form refuses plain http to other hosts and shows the secret once", async ({ page }) => {
    await signUp(page);
    await page.goto("/settings/webhooks");
    await expect(page.getByRole("heading", { level: 1, name: "Webhooks" })).toBeVisible({ timeout: NAVIGATION_TIMEOUT });
    const form = page.getByRole("form", { name: "Webhook address" });
    await form.getByLabel("Payload URL").fill("http://hooks.example.com/lifeloop");
    await form.getByRole("button", { name: "Add webhook" }).click();
    await expect(form.getByText(/Use https:\/\//)).toBeVisible();
    // Saving contacts nothing; no event is sent by this test.
    await form.getByLabel("Payload URL").fill("https://hooks.example.com/lifeloop");
    await form.getByRole("button", { name: "Add webhook" }).click();
    const secret = page.getByLabel("Signing secret (shown once — copy it now)");
    await expect(secret).toHaveValue(/^whsec_[A-Za-z0-9_-]{43}$/);
    await expect(page.getByText("Nothing sent yet.")).toBeVisible();
    await page.screenshot({ path: "test-results/e2e/webhooks.png", fullPage: true });
    await page.emulateMedia({ colorScheme: "dark" });
    await page.screenshot({ path: "test-results/e2e/webhooks-dark.png", fullPage: true });
    await page.reload();
    await expect(page.getByLabel("Signing secret (shown once — copy it now)")).toHaveCount(0);
    await expect(page.getByLabel("Payload URL")).toHaveValue("https://hooks.example.com/lifeloop");
  });
});
