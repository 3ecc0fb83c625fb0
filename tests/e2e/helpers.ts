import { randomUUID } from "node:crypto";
import { expect, type Locator, type Page, type Response } from "@playwright/test";
import { HOME_PATH } from "../../lib/routes";

export { HOME_PATH };

export const DEFAULT_PASSWORD = "correct horse battery staple";

/** The five areas every new account starts with, in order. */
export const DEFAULT_AREAS = [
  { name: "Health", targetPct: 25 },
  { name: "Specific Knowledge", targetPct: 30 },
  { name: "Networking", targetPct: 20 },
  { name: "Creative Output", targetPct: 15 },
  { name: "Exploration", targetPct: 10 },
] as const;

/**
 * Signing up or in hashes or verifies an argon2 password and then renders Settings; on a busy
 * two-core machine that can take a while, so waits for that navigation are longer than usual.
 */
export const NAVIGATION_TIMEOUT = 30_000;

export type Account = { email: string; password: string; name: string };

/** Matches a page URL whose path (and query) is exactly `path`. */
export function urlOf(path: string): RegExp {
  return new RegExp(`^https?://[^/]+${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
}

/** A fresh address per call, so tests never share an account (or a sign-in rate limit). */
export function randomEmail(tag = "user"): string {
  return `e2e-${tag}-${randomUUID().slice(0, 12)}@example.com`;
}

/**
 * Alerts of the page itself. Next's route announcer is also role="alert" and lives outside
 * `main`, so every alert locator is scoped to `main`.
 */
export function alertIn(page: Page): Locator {
  return page.getByRole("main").getByRole("alert");
}

export function statusIn(page: Page): Locator {
  return page.getByRole("main").getByRole("status");
}

/** Fills the sign-up form and submits it; does not wait for the outcome. */
export async function submitSignUp(page: Page, account: Partial<Account> & { email: string; password: string }): Promise<void> {
  await page.goto("/signup");
  const form = page.getByRole("form", { name: "Create your account" });
  if (account.name) await form.getByLabel("Name (optional)").fill(account.name);
  await form.getByLabel("Email", { exact: true }).fill(account.email);
  await form.getByLabel("Password", { exact: true }).fill(account.password);
  await form.getByRole("button", { name: "Create account" }).click();
}

/** Opens Settings and waits for it to render. */
export async function gotoSettings(page: Page): Promise<void> {
  await page.goto("/settings");
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
}

/**
 * Creates an account through the UI, waits until it lands, signed in, on the home page, and
 * then opens Settings (where most tests work).
 */
export async function signUp(page: Page, options: Partial<Account> = {}): Promise<Account> {
  const account: Account = {
    email: options.email ?? randomEmail(),
    password: options.password ?? DEFAULT_PASSWORD,
    name: options.name ?? "",
  };
  await submitSignUp(page, account);
  await expect(page).toHaveURL(urlOf(HOME_PATH), { timeout: NAVIGATION_TIMEOUT });
  await gotoSettings(page);
  return account;
}

/**
 * Submits the sign-in form once and waits for NextAuth's answer, so that repeated attempts with
 * the same message on screen are still counted one by one. The page must show the form.
 */
export async function submitSignIn(page: Page, email: string, password: string): Promise<Response> {
  const form = page.getByRole("form", { name: "Sign in" });
  await form.getByLabel("Email", { exact: true }).fill(email);
  await form.getByLabel("Password", { exact: true }).fill(password);
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials") && r.request().method() === "POST"),
    form.getByRole("button", { name: "Sign in" }).click(),
  ]);
  return response;
}

/**
 * Signs in through the form and waits for the page it leads to: `start` is where to begin (e.g.
 * with a callbackUrl), `lands` where to end up (the home page unless told).
 */
export async function signIn(
  page: Page,
  account: Pick<Account, "email" | "password">,
  { start = "/signin", lands = HOME_PATH }: { start?: string; lands?: string } = {},
): Promise<void> {
  await page.goto(start);
  await submitSignIn(page, account.email, account.password);
  await expect(page).toHaveURL(urlOf(lands), { timeout: NAVIGATION_TIMEOUT });
}

/** Tries to sign in and expects the generic refusal. */
export async function expectSignInRefused(page: Page, account: Pick<Account, "email" | "password">): Promise<void> {
  await page.goto("/signin");
  await submitSignIn(page, account.email, account.password);
  await expect(alertIn(page)).toHaveText("Email or password is wrong.");
  await expect(page).toHaveURL(/\/signin/);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/, { timeout: NAVIGATION_TIMEOUT });
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
}

/** The "Energy areas" form on Settings. */
export function areasForm(page: Page): Locator {
  return page.getByRole("form", { name: "Energy areas" });
}

/** The names in the areas editor, top to bottom. */
export async function areaNames(page: Page): Promise<string[]> {
  const inputs = areasForm(page).getByRole("textbox", { name: /^Name of area \d+$/ });
  return inputs.evaluateAll((elements) => elements.map((element) => (element as HTMLInputElement).value));
}

/** The target of each area (archived ones show 0), keyed by name. */
export async function expectAreaTargets(page: Page, targets: Record<string, number>): Promise<void> {
  for (const [name, pct] of Object.entries(targets)) {
    await expect(areasForm(page).getByLabel(`Target % of ${name}`, { exact: true })).toHaveValue(String(pct));
  }
}

export async function saveAreas(page: Page): Promise<void> {
  await areasForm(page).getByRole("button", { name: "Save areas" }).click();
}

/**
 * Headers for a cookie-authenticated JSON API write from a test: the API refuses session writes
 * without a same-origin `Origin` (CSRF), which a browser page would send by itself.
 */
export function sameOrigin(): { headers: Record<string, string> } {
  return { headers: { Origin: `http://localhost:${process.env.LIFELOOP_E2E_PORT}` } };
}

/** The security headers every response carries (pages, API, error pages, built files), served over plain http: no HSTS. */
export function expectCommonHeaders(headers: Record<string, string>): void {
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["permissions-policy"]).toContain("geolocation=()");
  expect(headers["strict-transport-security"]).toBeUndefined();
}
