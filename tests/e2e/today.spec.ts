import { type APIRequestContext, type Page, expect, test } from "@playwright/test";
import { HOME_PATH, NAVIGATION_TIMEOUT, signUp, urlOf, sameOrigin } from "./helpers";

const DAY = 86_400_000;
const iso = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();

async function capture(request: APIRequestContext, body: Record<string, unknown>): Promise<string> {
  const response = await request.post("/api/callbacks", { ...sameOrigin(), data: { confirmOverflow: true, ...body } });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

function queue(page: Page) {
  return page.getByRole("list", { name: "Tick queue" });
}

/** The queue's items, top to bottom, by their titles. */
function item(page: Page, title: string) {
  return queue(page).getByRole("listitem").filter({ has: page.getByRole("link", { name: title, exact: true }) });
}

test.describe("[today]", () => {
  test("signing up lands on Today, with the date in the user's zone and the load level", async ({ page }) => {
    await signUp(page);
    expect(HOME_PATH).toBe("/today");
    await page.goto("/today");
    await expect(page.getByRole("heading", { level: 1, name: "Today" })).toBeVisible();
    const today = new Intl.DateTimeFormat("en-US", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" }).format(new Date());
    await expect(page.getByRole("main").getByText(today)).toBeVisible();
    await expect(page.getByRole("main").getByText("OK · 0 of 7")).toBeVisible();
    // A new account has nothing to process: the loop is clear, counted since joining.
    await expect(page.getByRole("heading", { name: "Loop clear" })).toBeVisible();
    await expect(page.getByText("Since you joined:")).toBeVisible();
    await page.getByRole("link", { name: "Lifeloop" }).click();
    await expect(page).toHaveURL(urlOf("/today"));
  });

  test("a whole tick processed with the keyboard only ends in loop clear and is recorded", async ({ page }) => {
    await signUp(page);
    const request = page.request;
    await capture(request, {
      title: "Overdue grant report",
      kind: "LEARNING_BET",
      startedAt: iso(-10 * DAY),
      expectedReplyBy: iso(-2 * DAY),
      timesOutAt: iso(20 * DAY),
    });
    await capture(request, { title: "Nudge Priya about coffee", kind: "NETWORKING_MESSAGE", startedAt: iso(-4 * DAY) });
    await capture(request, {
      title: "Quiet course application",
      kind: "LEARNING_BET",
      startedAt: iso(-20 * DAY),
      expectedReplyBy: iso(5 * DAY),
      timesOutAt: iso(10 * DAY),
    });
    // Its hard deadline a few seconds ahead (a deadline already past is refused at capture): the
    // server's sweep (every 2 s in these tests) times it out by itself.
    await capture(request, {
      title: "Cold email to Acme",
      kind: "OTHER",
      startedAt: iso(-5 * DAY),
      expectedReplyBy: iso(-2 * DAY),
      timesOutAt: iso(5_000),
    });

    await expect(async () => {
      await page.goto("/today");
      await expect(item(page, "Cold email to Acme").getByText("Timed out", { exact: true })).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: NAVIGATION_TIMEOUT });

    const items = queue(page).getByRole("listitem");
    await expect(items).toHaveCount(4);
    await expect(page.getByRole("heading", { name: "4 items need you" })).toBeVisible();
    // Most urgent first: the timeout, then the follow-up, the overdue reply, the quiet one.
    await expect(items.nth(0)).toContainText("Cold email to Acme");
    await expect(items.nth(1)).toContainText("Nudge Priya about coffee");
    await expect(items.nth(2)).toContainText("Overdue grant report");
    await expect(items.nth(3)).toContainText("Quiet course application");

    // ? lists the keys; Escape closes.
    await page.keyboard.press("?");
    const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await expect(help).toBeVisible();
    await expect(help.getByText("Accept the silence: it stays timed out")).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(help).toBeHidden();

    // j/k move the focus through the queue.
    await page.keyboard.press("j");
    await expect(items.nth(1)).toBeFocused();
    await page.keyboard.press("j");
    await expect(items.nth(2)).toBeFocused();
    await page.keyboard.press("k");
    await page.keyboard.press("k");
    await expect(items.nth(0)).toBeFocused();

    // a: accept the silence on the timed-out one; focus moves to the next item.
    await page.keyboard.press("a");
    await expect(item(page, "Cold email to Acme")).toHaveCount(0);
    await expect(item(page, "Nudge Priya about coffee")).toBeFocused();

    // u: log a follow-up. Typing in the note fires no shortcut; Ctrl+Enter saves.
    await page.keyboard.press("u");
    const followUp = page.getByRole("dialog", { name: "Log follow-up" });
    await expect(followUp.getByLabel("Note (optional)")).toBeFocused();
    await page.keyboard.type("Sent a short nudge");
    await page.keyboard.press("Control+Enter");
    await expect(followUp).toBeHidden();
    await expect(item(page, "Nudge Priya about coffee")).toHaveCount(0);
    await expect(item(page, "Overdue grant report")).toBeFocused();

    // e: extend with the prefilled date; Enter saves.
    await page.keyboard.press("e");
    const extend = page.getByRole("dialog", { name: "Extend deadline" });
    await expect(extend.getByLabel("Wait until")).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(extend).toBeHidden();
    await expect(item(page, "Overdue grant report")).toHaveCount(0);
    await expect(item(page, "Quiet course application")).toBeFocused();

    // f: the quiet one came back with a yes.
    await page.keyboard.press("f");
    const settle = page.getByRole("dialog", { name: "Mark fulfilled" });
    await expect(settle).toBeVisible();
    await page.keyboard.type("Accepted!");
    await page.keyboard.press("Control+Enter");
    await expect(settle).toBeHidden();

    // The queue is empty: loop clear takes the focus and the tick is recorded.
    const clear = page.getByRole("heading", { name: "Loop clear" });
    await expect(clear).toBeFocused();
    await expect(page.getByText(/^Tick recorded at \d{1,2}:\d\d\s[AP]M · 4 items processed\.$/)).toBeVisible();
    // Since joining: one settled, four new.
    await expect(page.getByRole("list", { name: "What changed" })).toContainText("1 settled (1 fulfilled, 0 rejected)");
    await expect(page.getByRole("list", { name: "What changed" })).toContainText("4 new callbacks");

    // It stays recorded: a fresh visit counts from this tick.
    await page.reload();
    await expect(page.getByRole("heading", { name: "Loop clear" })).toBeVisible();
    await expect(page.getByText(/^Since your last tick/)).toBeVisible();
    await expect(page.getByText(/\(4 items processed\)/)).toBeVisible();

    // The actions reached the callbacks themselves: the settled one is in the fulfilled list.
    await page.goto("/callbacks?state=FULFILLED");
    await expect(page.getByRole("main").getByRole("link", { name: "Quiet course application" })).toBeVisible();
  });

  test("a commitment's check-in is part of the tick: c, then kept, clears the loop", async ({ page }) => {
    await signUp(page);
    const lastDay = new Date(Date.now() + 10 * DAY).toISOString().slice(0, 10);
    await page.goto("/commitments/new");
    const form = page.getByRole("form", { name: "New commitment" });
    await form.getByLabel("I block on…").fill("Write every morning");
    await form.getByLabel("Last day").fill(lastDay);
    await form.getByLabel("Daily").check();
    await form.getByRole("button", { name: "Make the commitment" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Write every morning" })).toBeVisible({ timeout: NAVIGATION_TIMEOUT });

    await page.goto("/today");
    const checkIn = item(page, "Write every morning");
    await expect(checkIn).toContainText("Did you keep it today?");
    await page.keyboard.press("c");
    const dialog = page.getByRole("dialog", { name: "Check in" });
    await expect(dialog.getByLabel("Note (optional)")).toBeFocused();
    await page.keyboard.type("Two pages");
    await page.keyboard.press("Control+Enter");
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("heading", { name: "Loop clear" })).toBeFocused();
    await expect(page.getByText(/^Tick recorded at \d{1,2}:\d\d\s[AP]M · 1 item processed\.$/)).toBeVisible();
  });
});
