import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { HOME_PATH, NAVIGATION_TIMEOUT, signIn, signOut, signUp, statusIn, urlOf, type Account } from "./helpers";

const SESSION_COOKIE = "next-auth.session-token";

async function newBrowser(browser: Browser, headers?: Record<string, string>): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ extraHTTPHeaders: headers });
  return { context, page: await context.newPage() };
}

async function gotoSecurity(page: Page): Promise<void> {
  await page.goto("/settings/security");
  await expect(page.getByRole("heading", { level: 1, name: "Security" })).toBeVisible();
}

async function expectSignedOut(page: Page): Promise<void> {
  await page.goto("/today");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Ftoday$/, { timeout: NAVIGATION_TIMEOUT });
}

test("[sessions] a cookie copied before sign-out no longer reads /api/callbacks or a page", async ({ page, browser, playwright, baseURL }) => {
  test.slow(); // several accounts or sign-ins: long on a busy machine
  await signUp(page);
  const saved = (await page.context().cookies()).find((cookie) => cookie.name === SESSION_COOKIE);
  expect(saved).toBeDefined();

  // A fresh client per request: a kept-alive connection idle across the sign-out may be closed by the server.
  const withCopiedCookie = async () => {
    const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: `${SESSION_COOKIE}=${saved!.value}` } });
    const response = await api.get("/api/callbacks");
    const result = { status: response.status(), body: (await response.json()) as unknown };
    await api.dispose();
    return result;
  };
  expect((await withCopiedCookie()).status).toBe(200);

  await signOut(page);
  // The browser's own cookie is gone…
  expect((await page.context().cookies()).some((cookie) => cookie.name === SESSION_COOKIE)).toBe(false);
  // …and the copy is refused by the API and by pages.
  const refused = await withCopiedCookie();
  expect(refused.status).toBe(401);
  expect(refused.body).toMatchObject({ error: { code: "UNAUTHORIZED" } });

  const thief = await newBrowser(browser);
  await thief.context.addCookies([saved!]);
  await expectSignedOut(thief.page);
  await thief.context.close();
});

test("[sessions] changing the password: the current one is required, weak ones are refused, other browsers are signed out", async ({ page, browser }) => {
  test.slow(); // several accounts or sign-ins: long on a busy machine
  const account = await signUp(page);
  const other = await newBrowser(browser);
  await signIn(other.page, account);

  await gotoSecurity(page);
  const form = page.getByRole("form", { name: "Change password" });
  const current = form.getByLabel("Current password", { exact: true });
  const fresh = form.getByLabel("New password", { exact: true });
  const repeat = form.getByLabel("Repeat the new password", { exact: true });
  const submit = form.getByRole("button", { name: "Change password" });
  const newPassword = "quiet harbour seventeen kites";

  // A wrong current password: refused next to that field.
  await current.fill("not my password");
  await fresh.fill(newPassword);
  await repeat.fill(newPassword);
  await submit.click();
  await expect(current).toHaveAttribute("aria-invalid", "true");
  await expect(current).toHaveAccessibleDescription("That isn't your current password.");

  // A guessable new password: refused next to it, with the reason.
  await current.fill(account.password);
  await fresh.fill("password1234");
  await repeat.fill("password1234");
  await submit.click();
  await expect(fresh).toHaveAttribute("aria-invalid", "true");
  await expect(form.locator("#newPassword-error")).toHaveText(/^Too easy to guess\./);
  await expect(current).not.toHaveAttribute("aria-invalid", "true");

  // A good one: changed; this browser stays signed in, the other one is signed out.
  await fresh.fill(newPassword);
  await repeat.fill(newPassword);
  await submit.click();
  await expect(statusIn(page)).toHaveText("Password changed. 1 other session was signed out; this one stays signed in.");
  await expect(form.getByLabel("Current password", { exact: true })).toHaveValue("");
  await page.goto("/today");
  await expect(page).toHaveURL(urlOf(HOME_PATH));
  await expectSignedOut(other.page);

  // Only the new password signs in now.
  await signIn(other.page, { email: account.email, password: newPassword });
  await other.context.close();
});

test("[sessions] the sessions list marks this browser, signs out another, and signs out everywhere", async ({ page, browser }) => {
  test.slow(); // several accounts or sign-ins: long on a busy machine
  const account: Account = await signUp(page);
  // This one claims another address: with no proxy configured, the server does not believe it.
  const other = await newBrowser(browser, { "X-Forwarded-For": "6.6.6.6" });
  await signIn(other.page, account);

  await gotoSecurity(page);
  await expect(page.getByRole("list", { name: "Where you're signed in" })).not.toContainText("6.6.6.6");
  const list = page.getByRole("list", { name: "Where you're signed in" });
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await expect(list.getByRole("listitem").filter({ hasText: "This browser" })).toHaveCount(1);
  // The address the server saw (localhost may be IPv6 here), not one a client could claim.
  await expect(list.getByRole("listitem").first()).toContainText(/127\.0\.0\.1|::1/);

  // Sign out the other browser from here.
  await list.getByRole("button", { name: /^Sign out .*(?<!\(this browser\))$/ }).click();
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expect(list.getByRole("listitem")).toContainText("This browser");
  await expectSignedOut(other.page);

  // Sign in there again, then sign out everywhere: both browsers end up signed out.
  await signIn(other.page, account);
  await page.reload();
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await page.getByRole("button", { name: "Yes, sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/signin$/, { timeout: NAVIGATION_TIMEOUT });
  await expectSignedOut(page);
  await expectSignedOut(other.page);
  await other.context.close();
});
