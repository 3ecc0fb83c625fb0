import { type Page, expect, test } from "@playwright/test";
import { NAVIGATION_TIMEOUT, sameOrigin, signUp } from "./helpers";

/** The value shown next to a term in a callback's facts (a <dt>/<dd> pair). */
function fact(page: Page, term: string) {
  return page.getByRole("main").locator("dt", { hasText: new RegExp(`^${term}$`) }).locator("xpath=following-sibling::dd[1]");
}

async function saveProfile(page: Page, changes: { timeZone?: string; locale?: string }) {
  const profile = page.getByRole("form", { name: "Profile" });
  if (changes.timeZone) await profile.getByLabel("Time zone", { exact: true }).selectOption(changes.timeZone);
  if (changes.locale !== undefined) await profile.getByLabel("Dates and numbers").selectOption(changes.locale);
  await profile.getByRole("button", { name: "Save profile" }).click();
  await expect(profile.getByRole("status")).toHaveText("Profile saved.");
}

async function capture(page: Page, body: Record<string, unknown>): Promise<string> {
  const response = await page.request.post("/api/v1/callbacks", { ...sameOrigin(), data: { confirmOverflow: true, ...body } });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

test.describe("[locale] a browser in New York, a profile in Tokyo", () => {
  test.use({ timezoneId: "America/New_York" });

  test("date-time fields speak the profile's zone, like the rest of the page", async ({ page }) => {
    await signUp(page);
    await saveProfile(page, { timeZone: "Asia/Tokyo" });
    // 18:14 in Tokyo on a day well ahead; New York's wall clock would be 04:14.
    const timesOutAt = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 2, 12, 9, 14));
    const id = await capture(page, { title: "Grant application to the Tokyo fund", kind: "JOB_APPLICATION", timesOutAt: timesOutAt.toISOString() });
    await page.goto(`/callbacks/${id}`);
    await expect(fact(page, "Times out at")).toContainText("6:14 PM", { timeout: NAVIGATION_TIMEOUT });

    await page.getByRole("button", { name: "Edit", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Edit callback" });
    const field = dialog.getByLabel("Times out at");
    await expect(field).toHaveValue(/T18:14$/);
    await expect(field).toHaveAccessibleDescription(/Times are in Asia\/Tokyo\./);

    // A quick date keeps the field's time of day: "+1m" from today at 18:14, Tokyo time (after the expected reply).
    await dialog.locator('[data-shortcuts-for="edit-timesOutAt"]').getByRole("button", { name: "+1m" }).click();
    await expect(field).toHaveValue(/T18:14$/);
    await dialog.getByRole("button", { name: "Save changes" }).click();
    await expect(dialog).toBeHidden();
    await expect(fact(page, "Times out at")).toContainText("6:14 PM");
  });
});

test.describe("[locale] formatting", () => {
  test("a chosen locale formats dates and numbers; Automatic follows the browser", async ({ page }) => {
    await signUp(page);
    const id = await capture(page, { title: "Pitch to the editor", kind: "JOB_APPLICATION", timesOutAt: new Date(Date.UTC(new Date().getUTCFullYear() + 1, 2, 12, 15, 30)).toISOString() });
    await page.goto(`/callbacks/${id}`);
    await expect(fact(page, "Times out at")).toContainText("Mar 12,", { timeout: NAVIGATION_TIMEOUT });

    await page.goto("/settings");
    await saveProfile(page, { locale: "de-DE" });
    await page.goto(`/callbacks/${id}`);
    await expect(fact(page, "Times out at")).toContainText("12.03.");

    await page.goto("/settings");
    await saveProfile(page, { locale: "" });
    await page.goto(`/callbacks/${id}`);
    await expect(fact(page, "Times out at")).toContainText("Mar 12,");
  });

  test("the zone picker lists current names with offsets and narrows by search", async ({ page }) => {
    await signUp(page);
    const profile = page.getByRole("form", { name: "Profile" });
    const select = profile.getByLabel("Time zone", { exact: true });
    // Current IANA names, not the retired spellings engines report.
    await expect(select.locator("option[value='Asia/Kolkata']")).toHaveCount(1);
    await expect(select.locator("option[value='Asia/Calcutta']")).toHaveCount(0);
    await expect(select.locator("option[value='Europe/Kyiv']")).toHaveText(/^UTC\+0[23]:00 · Kyiv \(Europe\)$/);

    await profile.getByLabel("Filter zones by city, region or offset").fill("+5:30");
    await expect(select.locator("option[value='Asia/Kolkata']")).toHaveCount(1);
    await expect(select.locator("option[value='Europe/Berlin']")).toHaveCount(0);
    await select.selectOption("Asia/Kolkata");
    await saveProfile(page, {});
    await page.reload();
    await expect(select).toHaveValue("Asia/Kolkata");
  });
});

test.describe("[locale] a French browser", () => {
  test.use({ locale: "fr-FR" });

  test("with Automatic, dates follow the browser's language", async ({ page }) => {
    await signUp(page);
    const id = await capture(page, { title: "Candidature", kind: "JOB_APPLICATION", timesOutAt: new Date(Date.UTC(new Date().getUTCFullYear() + 1, 2, 12, 15, 30)).toISOString() });
    await page.goto(`/callbacks/${id}`);
    await expect(fact(page, "Times out at")).toContainText("12 mars", { timeout: NAVIGATION_TIMEOUT });
  });
});

test.describe("[locale] where weeks start", () => {
  test("an en-US browser's weeks start on Sunday until the profile picks Monday", async ({ page }) => {
    await signUp(page);
    const areas = (await (await page.request.get("/api/v1/areas")).json()) as { items: { id: string }[] };
    const logged = await page.request.post("/api/v1/effort-entries", { ...sameOrigin(), data: { areaId: areas.items[0]!.id, points: 2 } });
    expect(logged.status(), await logged.text()).toBe(201);

    await page.goto("/portfolio");
    await expect(page.getByText(/weeks \(Sunday to Saturday, your time zone\)/)).toBeVisible({ timeout: NAVIGATION_TIMEOUT });

    await page.goto("/settings");
    const profile = page.getByRole("form", { name: "Profile" });
    await expect(profile.getByLabel("Weeks start on")).toHaveValue("");
    await expect(profile.getByLabel("Weeks start on").locator("option[value='']")).toHaveText("Automatic (Sunday, from your locale)");
    await profile.getByLabel("Weeks start on").selectOption("1");
    await saveProfile(page, {});
    await page.goto("/portfolio");
    await expect(page.getByText(/weeks \(Monday to Sunday, your time zone\)/)).toBeVisible();
  });
});
