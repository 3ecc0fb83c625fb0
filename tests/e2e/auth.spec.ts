import { expect, test } from "@playwright/test";
import {
  DEFAULT_AREAS,
  DEFAULT_PASSWORD,
  HOME_PATH,
  NAVIGATION_TIMEOUT,
  alertIn,
  areaNames,
  expectAreaTargets,
  expectSignInRefused,
  gotoSettings,
  randomEmail,
  signIn,
  signOut,
  signUp,
  submitSignIn,
  submitSignUp,
  urlOf,
} from "./helpers";

test.describe("sign up", () => {
  test.use({ timezoneId: "Europe/Berlin" });

  test("[auth] sign up with the browser's time zone signs in, with the five default areas", async ({ page }) => {
    const email = randomEmail("signup");
    await page.goto("/signup");
    const form = page.getByRole("form", { name: "Create your account" });
    // The zone comes from the browser (Europe/Berlin here), not the server's UTC.
    await expect(form.getByLabel("Time zone")).toHaveValue("Europe/Berlin");
    await form.getByLabel("Name (optional)").fill("Ada Lovelace");
    await form.getByLabel("Email", { exact: true }).fill(email);
    await form.getByLabel("Password", { exact: true }).fill(DEFAULT_PASSWORD);
    await form.getByRole("button", { name: "Create account" }).click();

    await expect(page).toHaveURL(urlOf(HOME_PATH), { timeout: NAVIGATION_TIMEOUT });
    await gotoSettings(page);
    const profile = page.getByRole("form", { name: "Profile" });
    await expect(profile.getByLabel("Name", { exact: true })).toHaveValue("Ada Lovelace");
    // Saved with the account: the settings page renders the stored zone.
    await expect(profile.getByLabel("Time zone")).toHaveValue("Europe/Berlin");
    await expect(page.getByText(`Signed in as ${email}.`)).toBeVisible();
    expect(await areaNames(page)).toEqual(DEFAULT_AREAS.map((area) => area.name));
    await expectAreaTargets(page, Object.fromEntries(DEFAULT_AREAS.map((area) => [area.name, area.targetPct])));
  });
});

test("[auth] sign out, then sign in again", async ({ page }) => {
  test.slow(); // several accounts or sign-ins: long on a busy machine
  const account = await signUp(page);
  await signOut(page);
  // Signed out for real: the protected page sends us to sign in.
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/signin(\?|$)/);

  await signIn(page, account);
  // Signed in, the landing page sends us home.
  await page.goto("/");
  await expect(page).toHaveURL(urlOf(HOME_PATH));
  await gotoSettings(page);
  await expect(page.getByText(`Signed in as ${account.email}.`)).toBeVisible();
  // Email addresses are case-insensitive.
  await signOut(page);
  await signIn(page, { email: account.email.toUpperCase(), password: account.password });
  await gotoSettings(page);
  await expect(page.getByText(`Signed in as ${account.email}.`)).toBeVisible();
});

test("[auth] a wrong password is refused with a message", async ({ page }) => {
  const account = await signUp(page);
  await signOut(page);
  await expectSignInRefused(page, { email: account.email, password: `${account.password}!` });
  // An unknown email gets the same message (no account enumeration).
  await expectSignInRefused(page, { email: randomEmail("unknown"), password: account.password });
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/signin(\?|$)/);
});

test.describe("rate limit", () => {
  test.use({ timezoneId: "UTC", locale: "en-GB" });

  test("[auth] the 6th sign-in within 15 minutes is refused, even with the right password", async ({ page }) => {
    test.slow(); // several accounts or sign-ins: long on a busy machine
    const account = await signUp(page);
    await signOut(page);
    await page.goto("/signin");
    const firstFailureAt = Date.now();
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await submitSignIn(page, account.email, `wrong password ${attempt}`);
      await expect(alertIn(page)).toHaveText("Email or password is wrong.");
    }
    const lastAttemptAt = Date.now();
    await submitSignIn(page, account.email, account.password);
    const alert = alertIn(page);
    await expect(alert).toHaveText(/^Too many failed sign-ins for this email\. Try again at \d{2}:\d{2}\.$/);
    await expect(page).toHaveURL(/\/signin/);

    // The retry time is 15 minutes after the first of the five failures (shown in UTC here).
    const shown = /at (\d{2}:\d{2})\./.exec((await alert.textContent()) ?? "")?.[1];
    const candidates = new Set<string>();
    for (let t = firstFailureAt - 60_000; t <= lastAttemptAt + 60_000; t += 30_000) {
      candidates.add(new Date(t + 15 * 60_000).toISOString().slice(11, 16));
    }
    expect([...candidates]).toContain(shown);

    // Still refused on the next try: refused attempts are not let through.
    await submitSignIn(page, account.email, account.password);
    await expect(alertIn(page)).toHaveText(/^Too many failed sign-ins/);
    await page.goto("/settings");
    await expect(page).toHaveURL(/\/signin(\?|$)/);

    // The lock is per email: another account signs in normally meanwhile.
    const other = await test.step("another account", async () => {
      const context = await page.context().browser()!.newContext();
      const otherPage = await context.newPage();
      const created = await signUp(otherPage);
      await context.close();
      return created;
    });
    await signIn(page, other);
  });
});

test("[auth] a protected page redirects to sign-in and comes back after signing in", async ({ page }) => {
  const account = await signUp(page);
  await signOut(page);
  await page.goto("/settings");
  // Soft, so that the return trip below is still checked when this part fails.
  await expect.soft(page).toHaveURL(/\/signin\?callbackUrl=%2Fsettings$/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await submitSignIn(page, account.email, account.password);
  await expect(page).toHaveURL(urlOf("/settings"), { timeout: NAVIGATION_TIMEOUT });
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
});

test("[auth] sign-in honours a callbackUrl on this site", async ({ page }) => {
  const account = await signUp(page);
  await signOut(page);
  // A path other than the home page, so following callbackUrl is observable.
  await signIn(page, account, { start: `/signin?callbackUrl=${encodeURIComponent("/settings?tab=areas")}`, lands: "/settings?tab=areas" });
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
});

test("[security] sign-in ignores a callbackUrl to another site", async ({ page }) => {
  test.slow(); // several accounts or sign-ins: long on a busy machine
  const account = await signUp(page);
  await signOut(page);
  for (const target of ["https://evil.example/steal", "//evil.example/steal"]) {
    await page.goto(`/signin?callbackUrl=${encodeURIComponent(target)}`);
    await submitSignIn(page, account.email, account.password);
    // Lands on the home page of this site instead.
    await expect(page).toHaveURL(new RegExp(`^http://localhost:\\d+${HOME_PATH}$`), { timeout: NAVIGATION_TIMEOUT });
    await signOut(page);
  }
});

test.describe("sign-up validation", () => {
  test("[auth] a malformed email is refused next to the field", async ({ page }) => {
    await submitSignUp(page, { email: "not-an-email", password: DEFAULT_PASSWORD });
    const email = page.getByLabel("Email", { exact: true });
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(email).toHaveAccessibleDescription("Enter a valid email address, like you@example.com.");
    await expect(page.getByLabel("Password", { exact: true })).not.toHaveAttribute("aria-invalid", "true");
    await expect(page).toHaveURL(/\/signup$/);
  });

  test("[auth] a short password is refused next to the field and creates no account", async ({ page }) => {
    const email = randomEmail("short");
    await submitSignUp(page, { email, password: "too-short" });
    const password = page.getByLabel("Password", { exact: true });
    await expect(password).toHaveAttribute("aria-invalid", "true");
    await expect(password).toHaveAccessibleDescription(/Too short: 9 of 12 characters\./);
    await expect(page).toHaveURL(/\/signup$/);

    await expectSignInRefused(page, { email, password: "too-short" });
    // The address is still free.
    await signUp(page, { email });
  });

  test("[auth] a taken email is refused next to the field and keeps the first account's password", async ({ page, browser }) => {
    test.slow(); // several accounts or sign-ins: long on a busy machine
    const first = await test.step("first account", async () => {
      const context = await browser.newContext();
      const created = await signUp(await context.newPage());
      await context.close();
      return created;
    });
    const secondPassword = "another password 123";
    await submitSignUp(page, { email: first.email.toUpperCase(), password: secondPassword });
    const email = page.getByLabel("Email", { exact: true });
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(email).toHaveAccessibleDescription("An account with this email already exists. Sign in instead?");
    await expect(page).toHaveURL(/\/signup$/);

    await expectSignInRefused(page, { email: first.email, password: secondPassword });
    await signIn(page, first);
  });
});

test("[auth] a guessable password is refused with the reason, shown once: the error takes the rule's place under the field", async ({ page }) => {
  const email = randomEmail("weak");
  await page.goto("/signup");
  const form = page.getByRole("form", { name: "Create your account" });
  const password = form.getByLabel("Password", { exact: true });
  await form.getByLabel("Email", { exact: true }).fill(email);
  // The meter rates what is typed, with the estimator the server uses.
  await password.fill("password1234");
  await expect(form.getByText(/^Strength: Weak\./)).toBeVisible();
  await form.getByRole("button", { name: "Create account" }).click();

  await expect(password).toHaveAttribute("aria-invalid", "true");
  const error = form.locator("#password-error");
  await expect(error).toHaveText(/^Too easy to guess\. This is similar to a commonly used password\./);
  const hint = form.locator("#password-hint");
  // The error replaces the rule and the meter's advice, so nothing under the field says the same thing twice.
  await expect(hint).toHaveCount(0);
  await expect(form.getByText(/^Strength:/)).toHaveCount(0);
  await expect(page).toHaveURL(/\/signup$/);

  // Editing the password clears the stale error and brings the rule back; a strong one is accepted.
  await password.fill("violet tram under ninety lamps");
  await expect(error).toHaveCount(0);
  await expect(hint).toHaveText(/^At least 12 characters, and not easy to guess\./);
  await expect(form.getByText(/^Strength: (Good|Strong)\.$/)).toBeVisible();
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(urlOf(HOME_PATH), { timeout: NAVIGATION_TIMEOUT });
});

test("[auth] signing out at 127.0.0.1 stays on 127.0.0.1", async ({ page }) => {
  const origin = `http://127.0.0.1:${process.env.LIFELOOP_E2E_PORT}`;
  await page.goto(`${origin}/signup`);
  const form = page.getByRole("form", { name: "Create your account" });
  await form.getByLabel("Email", { exact: true }).fill(randomEmail("host"));
  await form.getByLabel("Password", { exact: true }).fill(DEFAULT_PASSWORD);
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(`${origin}${HOME_PATH}`, { timeout: NAVIGATION_TIMEOUT });
  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(`${origin}/`, { timeout: NAVIGATION_TIMEOUT });
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
});
