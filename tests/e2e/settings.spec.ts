import { expect, test } from "@playwright/test";
import {
  DEFAULT_AREAS,
  NAVIGATION_TIMEOUT,
  alertIn,
  areaNames,
  areasForm,
  expectAreaTargets,
  expectSignInRefused,
  saveAreas,
  signUp,
} from "./helpers";

const DEFAULT_TARGETS = Object.fromEntries(DEFAULT_AREAS.map((area) => [area.name, area.targetPct]));

test("[settings] a profile update persists after reload", async ({ page }) => {
  const account = await signUp(page);
  const profile = page.getByRole("form", { name: "Profile" });
  await profile.getByLabel("Name", { exact: true }).fill("Grace Hopper");
  await profile.getByLabel("Time zone").selectOption("America/New_York");
  await profile.getByLabel("Capacity (open threads)").fill("9");
  await profile.getByRole("button", { name: "Save profile" }).click();
  await expect(profile.getByRole("status")).toHaveText("Profile saved.");

  await page.reload();
  await expect(profile.getByLabel("Name", { exact: true })).toHaveValue("Grace Hopper");
  await expect(profile.getByLabel("Time zone")).toHaveValue("America/New_York");
  await expect(profile.getByLabel("Capacity (open threads)")).toHaveValue("9");
  // The header greets by name instead of the email now, on screens wide enough for it (2xl and up;
  // narrower ones keep the navigation on one row).
  await page.setViewportSize({ width: 1600, height: 900 });
  await expect(page.getByRole("banner").getByText("Grace Hopper")).toBeVisible();
  await expect(page.getByText(`Signed in as ${account.email}.`)).toBeVisible();
});

test("[settings] an invalid capacity is refused next to the field and nothing is saved", async ({ page }) => {
  await signUp(page);
  const profile = page.getByRole("form", { name: "Profile" });
  await profile.getByLabel("Name", { exact: true }).fill("Not saved");
  const capacity = profile.getByLabel("Capacity (open threads)");
  await capacity.fill("0");
  await profile.getByRole("button", { name: "Save profile" }).click();
  await expect(profile.getByRole("alert")).toBeVisible();
  await expect(capacity).toHaveAttribute("aria-invalid", "true");
  await expect(capacity).toHaveAccessibleDescription(/Capacity is at least 1 open thread\./);

  await page.reload();
  await expect(profile.getByLabel("Name", { exact: true })).toHaveValue("");
  await expect(capacity).toHaveValue("7");
});

test("[settings] area targets must add up to 100 % and nothing is saved otherwise", async ({ page }) => {
  await signUp(page);
  const form = areasForm(page);
  await form.getByLabel("Target % of Health", { exact: true }).fill("30");
  await form.getByLabel("Name of area 2").fill("Deep Work");
  await expect(form.getByText("Active targets add up to 105 % (5 % over)")).toBeVisible();
  await saveAreas(page);
  await expect(alertIn(page)).toContainText("Targets of active areas must add up to 100 %; they add up to 105 % (5 % too much).");
  await expect(page.getByText("Areas saved.")).toHaveCount(0);

  await page.reload();
  expect(await areaNames(page)).toEqual(DEFAULT_AREAS.map((area) => area.name));
  await expectAreaTargets(page, DEFAULT_TARGETS);
});

test("[settings] renaming, recolouring, reordering, archiving and adding areas persist after reload", async ({ page }) => {
  await signUp(page);
  const form = areasForm(page);

  await form.getByLabel("Name of area 1").fill("Body");
  await form.getByLabel("Colour of Networking").fill("#ff0000");
  await form.getByRole("button", { name: "Move Exploration up" }).click();
  // Exploration is now 4th, Creative Output 5th.
  await page.getByRole("checkbox", { name: "Archive Creative Output" }).check();
  await expect(form.getByLabel("Target % of Creative Output", { exact: true })).toBeDisabled();
  await form.getByRole("button", { name: "Add area" }).click();
  await form.getByLabel("Name of area 6").fill("Writing");
  await form.getByLabel("Target % of Writing", { exact: true }).fill("15");
  await expect(form.getByText("Active targets add up to 100 %", { exact: true })).toBeVisible();
  await saveAreas(page);
  await expect(form.getByRole("status")).toHaveText("Areas saved.");

  await page.reload();
  expect(await areaNames(page)).toEqual(["Body", "Specific Knowledge", "Networking", "Exploration", "Creative Output", "Writing"]);
  await expectAreaTargets(page, { Body: 25, "Specific Knowledge": 30, Networking: 20, Exploration: 10, "Creative Output": 0, Writing: 15 });
  await expect(form.getByLabel("Colour of Networking")).toHaveValue("#ff0000");
  await expect(form.getByLabel("Colour of Body")).toHaveValue("#16a34a");
  await expect(page.getByRole("checkbox", { name: "Archive Creative Output" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Archive Writing" })).not.toBeChecked();
  await expect(form.getByLabel("Target % of Creative Output", { exact: true })).toBeDisabled();

  // Un-archiving brings the area back; its old target is gone, so the sum must be fixed first.
  await page.getByRole("checkbox", { name: "Archive Creative Output" }).uncheck();
  await form.getByLabel("Target % of Creative Output", { exact: true }).fill("5");
  await form.getByLabel("Target % of Writing", { exact: true }).fill("10");
  await saveAreas(page);
  await expect(form.getByRole("status")).toHaveText("Areas saved.");
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "Archive Creative Output" })).not.toBeChecked();
  await expectAreaTargets(page, { "Creative Output": 5, Writing: 10 });
});

test("[settings] two areas cannot share a name", async ({ page }) => {
  await signUp(page);
  const form = areasForm(page);
  await form.getByLabel("Name of area 2").fill("health");
  await saveAreas(page);
  await expect(alertIn(page)).toContainText("Two areas are called “health”");
  await expect(form.getByLabel("Name of area 2")).toHaveAttribute("aria-invalid", "true");
  await page.reload();
  expect(await areaNames(page)).toEqual(DEFAULT_AREAS.map((area) => area.name));
});

test("[settings] deleting the account signs out and the account is gone", async ({ page }) => {
  test.slow(); // several accounts or sign-ins: long on a busy machine
  const account = await signUp(page);
  const form = page.getByRole("form", { name: "Delete account" });
  const confirmation = form.getByLabel(`Type ${account.email} to confirm`);
  const button = form.getByRole("button", { name: "Delete my account" });
  await expect(button).toBeDisabled();
  await confirmation.fill("someone-else@example.com");
  await expect(button).toBeDisabled();
  await confirmation.fill(account.email);
  await expect(button).toBeEnabled();
  await button.click();

  await expect(page).toHaveURL(/\/\?deleted=1$/, { timeout: NAVIGATION_TIMEOUT });
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Your account and all its data were deleted.");
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/signin(\?|$)/);
  await expectSignInRefused(page, account);
  // The address can be used again: nothing of the old account is left to collide with.
  await signUp(page, { email: account.email });
  expect(await areaNames(page)).toEqual(DEFAULT_AREAS.map((area) => area.name));
});
