import { type APIRequestContext, type Page, expect, test } from "@playwright/test";
import { type Account, DEFAULT_PASSWORD, HOME_PATH, NAVIGATION_TIMEOUT, randomEmail, sameOrigin, signIn, statusIn, submitSignUp, urlOf } from "./helpers";

type OutboxItem = { kind: string; status: string; to: string; subject: string; text: string; createdAt: string; sentAt: string | null; error: string | null };

/**
 * Signs up like helpers' signUp, with more patience: these are often the first sign-ups on a
 * freshly started server (opening the database, first argon2 hash) on a busy machine.
 */
async function signUp(page: Page): Promise<Account> {
  const account: Account = { email: randomEmail("mail"), password: DEFAULT_PASSWORD, name: "" };
  await submitSignUp(page, account);
  await expect(page).toHaveURL(urlOf(HOME_PATH), { timeout: 3 * NAVIGATION_TIMEOUT });
  return account;
}

async function outbox(request: APIRequestContext): Promise<OutboxItem[]> {
  const response = await request.get("/api/v1/outbox");
  expect(response.status()).toBe(200);
  return ((await response.json()) as { items: OutboxItem[] }).items;
}

test.describe("[notifications]", () => {
  // Each waits for the scheduler and signs up on a possibly cold server: give them room.
  test.describe.configure({ timeout: 300_000 });
  test("turning the digest on: at the chosen hour, what needs the user lands in the outbox", async ({ page }) => {
    const account = await signUp(page);
    await page.goto("/settings/notifications");
    await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible({ timeout: NAVIGATION_TIMEOUT });
    await page.waitForLoadState("networkidle"); // hydrated: the form submits through its action
    await expect(page.getByRole("heading", { name: "Outbox: not sent, no mail server configured" })).toBeVisible();
    await expect(page.getByText("No mail yet.")).toBeVisible();

    const form = page.getByRole("form", { name: "Digest settings" });
    await expect(form.getByLabel("Send me a daily digest")).not.toBeChecked();
    await form.getByLabel("Send me a daily digest").check();
    // The browser runs in UTC, so the account's zone is UTC: pick the hour we are in.
    await form.getByLabel("Send it from").selectOption(String(new Date().getUTCHours()));
    await form.getByLabel("Weekly review day").selectOption("3");
    await form.getByRole("button", { name: "Save digest settings" }).click();
    await expect(statusIn(page).filter({ hasText: "Saved. The digest is on." })).toBeVisible();

    const settings = await page.request.get("/api/v1/settings");
    expect(await settings.json()).toMatchObject({ digestEnabled: true, digestHour: new Date().getUTCHours(), reviewDay: 3 });

    // A callback that times out in a few seconds: the scheduler (every 2 s here) times it out and the digest goes to the outbox.
    const now = Date.now();
    const created = await page.request.post("/api/v1/callbacks", {
      ...sameOrigin(),
      data: { title: "Reply from the gallery", expectedReplyBy: new Date(now + 1_000).toISOString(), timesOutAt: new Date(now + 3_000).toISOString() },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { id } = (await created.json()) as { id: string };

    await expect.poll(async () => (await outbox(page.request)).length, { timeout: 60_000 }).toBe(1);
    const [digest] = await outbox(page.request);
    expect(digest).toMatchObject({ kind: "digest", status: "outbox", to: account.email, sentAt: null, error: null });
    expect(digest!.text).toContain("Reply from the gallery");
    expect(digest!.text).toContain(`/callbacks/${id}`);
    expect(digest!.text).toContain("/unsubscribe/");

    await page.reload();
    const item = page.getByRole("list", { name: "Outbox: not sent, no mail server configured" }).getByRole("listitem");
    await expect(item).toHaveCount(1);
    await expect(item.getByText("Not sent")).toBeVisible();
    await item.getByText(digest!.subject).click();
    await expect(item.getByText(/Reply from the gallery/).first()).toBeVisible();
  });

  test("forgot password: the link arrives in the outbox, resets the password once and signs out every session", async ({ page, browser }) => {
    const account = await signUp(page);

    const other = await browser.newContext();
    const stranger = await other.newPage();
    await stranger.goto("/signin");
    await stranger.waitForLoadState("networkidle");
    await stranger.getByRole("link", { name: "Forgot password?" }).click();
    await expect(stranger).toHaveURL(urlOf("/forgot-password"));
    await stranger.waitForLoadState("networkidle");
    const form = stranger.getByRole("form", { name: "Reset password" });
    // An unknown address gets the same answer as a real one.
    await form.getByLabel("Email").fill(`nobody-${Date.now()}@example.com`);
    await form.getByRole("button", { name: "Send me a reset link" }).click();
    const answer = "If an account exists for that email, we sent a link to reset its password. It works once, for an hour.";
    await expect(statusIn(stranger).filter({ hasText: answer })).toBeVisible();
    await form.getByLabel("Email").fill(account.email);
    await form.getByRole("button", { name: "Send me a reset link" }).click();
    await expect(statusIn(stranger).filter({ hasText: answer })).toBeVisible();

    // Locally (no SMTP_URL) the mail waits in the outbox, readable where the account is signed in.
    // Delivered right after the answer (to the outbox here), or by the next scheduler run.
    await expect
      .poll(async () => (await outbox(page.request)).filter((item) => item.kind === "password-reset" && item.status === "outbox").length, { timeout: 30_000 })
      .toBe(1);
    const reset = (await outbox(page.request)).find((item) => item.kind === "password-reset")!;
    expect(reset).toMatchObject({ status: "outbox", to: account.email, subject: "Reset your Lifeloop password" });
    const link = /https?:\/\/\S+\/reset-password\/[A-Za-z0-9_-]+/.exec(reset.text)![0];

    await stranger.goto(link);
    await stranger.waitForLoadState("networkidle");
    const resetForm = stranger.getByRole("form", { name: "Choose a new password" });
    await resetForm.getByLabel("New password", { exact: true }).fill("password1");
    await resetForm.getByLabel("Repeat the new password").fill("password1");
    await resetForm.getByRole("button", { name: "Set new password" }).click();
    await expect(resetForm.getByLabel("New password", { exact: true })).toHaveAttribute("aria-invalid", "true");
    const newPassword = "amber lantern over quiet fjords 71";
    await resetForm.getByLabel("New password", { exact: true }).fill(newPassword);
    await resetForm.getByLabel("Repeat the new password").fill(newPassword);
    await resetForm.getByRole("button", { name: "Set new password" }).click();
    await expect(statusIn(stranger).filter({ hasText: "Password changed." })).toBeVisible({ timeout: NAVIGATION_TIMEOUT });

    // The first browser's session was revoked.
    await page.goto("/settings/notifications");
    await expect(page).toHaveURL(/\/signin/, { timeout: NAVIGATION_TIMEOUT });
    // The link works once.
    await stranger.goto(link);
    await expect(stranger.getByText("This reset link is invalid, expired or already used.")).toBeVisible();
    await signIn(stranger, { email: account.email, password: newPassword });
    await other.close();
  });
});
