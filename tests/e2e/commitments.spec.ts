import { type Page, expect, test } from "@playwright/test";
import { NAVIGATION_TIMEOUT, signOut, signUp } from "./helpers";

/** A calendar day `offset` days from today in UTC (new accounts' time zone), as "YYYY-MM-DD". */
function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

/** Fills /commitments/new and submits it; does not wait for the outcome. */
async function submitCommitment(
  page: Page,
  values: { title: string; why?: string; area?: string; startsOn?: string; endsOn: string; cadence?: "Daily" | "Weekly" },
) {
  await page.goto("/commitments/new");
  const form = page.getByRole("form", { name: "New commitment" });
  await form.getByLabel("I block on…").fill(values.title);
  if (values.why) await form.getByLabel("Why (optional)").fill(values.why);
  if (values.area) await form.getByLabel("Area").selectOption({ label: values.area });
  if (values.startsOn) await form.getByLabel("First day").fill(values.startsOn);
  await form.getByLabel("Last day").fill(values.endsOn);
  await form.getByLabel(values.cadence ?? "Daily").check();
  await form.getByRole("button", { name: "Make the commitment" }).click();
  return form;
}

async function createCommitment(page: Page, values: Parameters<typeof submitCommitment>[1]): Promise<string> {
  await submitCommitment(page, values);
  await expect(page.getByRole("heading", { level: 1, name: values.title })).toBeVisible({ timeout: NAVIGATION_TIMEOUT });
  return new URL(page.url()).pathname;
}

test.describe("[commitments]", () => {
  test("a commitment's whole life: limit, check-ins, the lock, the focus guard, break and close", async ({ page }) => {
    test.setTimeout(300_000); // many steps, each a server round trip on a busy two-core machine
    await signUp(page);
    await page.goto("/commitments");
    await expect(page.getByRole("heading", { name: "No active commitments" })).toBeVisible();
    await expect(page.getByRole("button", { name: /Load 0 of 7/ })).toBeVisible();

    // Bad input: messages next to the fields, nothing saved.
    const form = await submitCommitment(page, { title: "", endsOn: day(3) });
    await expect(form.getByText("Say what you block on.")).toBeVisible();
    await expect(form.getByLabel("I block on…")).toHaveAttribute("aria-invalid", "true");
    await form.getByLabel("I block on…").fill("Too short");
    await form.getByRole("button", { name: "Make the commitment" }).click();
    await expect(form.getByText(/End it at least 7 days after the start/)).toBeVisible();
    await expect(form.getByText("Pick an area to turn on the focus guard", { exact: false })).toBeVisible();

    // Three commitments: one starting today, one already kept for 10 days, one without an area.
    const book = await createCommitment(page, { title: "Write the book", why: "Chapter a week", area: "Creative Output", endsOn: day(14) });
    await expect(page.getByText(/Locked until/).first()).toBeVisible();
    const run = await createCommitment(page, { title: "Run every morning", area: "Health", startsOn: day(-10), endsOn: day(0) });
    // The third takes the load to 9 of 7: it asks first, like a capture.
    const third = await submitCommitment(page, { title: "Learn Rust", endsOn: day(30), cadence: "Weekly" });
    await expect(third.getByRole("alert")).toContainText("This takes your load to 9 of 7: more open threads than you can hold. Make it anyway?");
    await third.getByRole("button", { name: "Make it anyway" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Learn Rust" })).toBeVisible({ timeout: NAVIGATION_TIMEOUT });
    await expect(page.getByText("The focus guard is off: this commitment has no area.")).toBeVisible();

    // A fourth is refused, with the reason.
    const fourth = await submitCommitment(page, { title: "One too many", endsOn: day(10) });
    await expect(fourth.getByRole("alert")).toContainText("You already have 3 active commitments");
    await page.goto("/commitments");
    await expect(page.getByRole("heading", { name: /Active/ })).toContainText("3 of 3");
    await expect(page.getByRole("button", { name: /Load 9 of 7/ })).toBeVisible();

    // Check-ins: yesterday missed, today kept → a streak of 1; a streak grows with kept days.
    await page.goto(run);
    await page.getByRole("form", { name: "Check in for yesterday" }).getByLabel("Note for yesterday (optional)").fill("Overslept");
    await page.getByRole("button", { name: "Missed yesterday" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Checked in yesterday: missed." })).toBeVisible();
    await page.getByRole("button", { name: "Kept today" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Checked in today: kept." })).toBeVisible();
    await expect(page.getByText("Current streak").locator("xpath=following-sibling::dd[1]")).toHaveText("1 day");
    await expect(page.getByRole("main").getByText("— Overslept")).toBeVisible();

    await page.goto(book);
    // Keyboard: the check-in buttons are reachable and work with Enter.
    await page.getByRole("button", { name: "Kept today" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "Checked in today: kept." })).toBeVisible();
    await expect(page.getByText("Current streak").locator("xpath=following-sibling::dd[1]")).toHaveText("1 day");

    // The lock: shortening is refused with "locked until"; cancelling isn't offered, and the page says when it unlocks.
    await expect(page.getByRole("button", { name: "Cancel commitment" })).toHaveCount(0);
    await expect(page.getByText(/Cancelling unlocks on/)).toBeVisible();
    await expect(page.getByText(/typo fixes to the title and why are open until/)).toBeVisible();
    await page.getByRole("button", { name: "Edit" }).click();
    const edit = page.getByRole("dialog", { name: "Edit commitment" });
    await edit.getByLabel("Last day").fill(day(8));
    await edit.getByRole("button", { name: "Save changes" }).click();
    await expect(edit.getByRole("alert")).toContainText(/can't be shortened — it's locked until/);
    await edit.getByLabel("Last day").fill(day(20));
    await edit.getByRole("button", { name: "Save changes" }).click();
    await expect(edit).toBeHidden();
    await expect(page.getByRole("status").filter({ hasText: "Commitment saved." })).toBeVisible();

    // The focus guard: a capture in another area asks (with the overload question), then records the override.
    await page.keyboard.press("n");
    const capture = page.getByRole("dialog", { name: "Capture a callback" });
    await capture.getByLabel("Title").fill("Apply to Acme");
    await capture.getByLabel("Area (optional)").selectOption({ label: "Networking" });
    await capture.getByRole("button", { name: "Capture", exact: true }).click();
    const question = capture.getByRole("alert");
    await expect(question).toContainText("This competes with “Write the book” and “Run every morning” — start it anyway?");
    await expect(question).toContainText("more open threads than you can hold");
    await capture.getByRole("button", { name: "Start it anyway" }).click();
    await expect(capture).toBeHidden();
    await page.reload();
    const overrides = page.getByRole("main").locator("section", { has: page.getByRole("heading", { name: "Focus overrides" }) });
    await expect(overrides.getByRole("link", { name: "Apply to Acme" })).toBeVisible();

    // Breaking is always possible, with a note.
    await page.getByRole("button", { name: "Mark broken" }).click();
    const breakDialog = page.getByRole("dialog", { name: "Mark broken" });
    await breakDialog.getByRole("button", { name: "Mark broken" }).click();
    await expect(breakDialog.getByText(/Say what happened/)).toBeVisible();
    await breakDialog.getByLabel("What happened").fill("A deadline at work ate the week.");
    await breakDialog.getByRole("button", { name: "Mark broken" }).click();
    await expect(breakDialog).toBeHidden();
    await expect(page.getByRole("main").getByText("A deadline at work ate the week.")).toBeVisible();

    // The one that reached its last day is closed kept, with a reflection.
    await page.goto(run);
    await page.getByRole("button", { name: "Close it: kept or broken" }).click();
    const closeDialog = page.getByRole("dialog", { name: "Close it" });
    await closeDialog.getByLabel("Kept").check();
    await closeDialog.getByLabel("Reflection").fill("Mornings are mine now.");
    await closeDialog.getByRole("button", { name: "Close commitment" }).click();
    await expect(closeDialog).toBeHidden();
    await expect(page.getByRole("main").getByText("Mornings are mine now.")).toBeVisible();

    await page.goto("/commitments");
    const past = page.getByRole("main").locator("section", { has: page.getByRole("heading", { name: "Past" }) });
    await expect(past.getByRole("listitem").filter({ hasText: "Run every morning" })).toContainText("Kept");
    await expect(past.getByRole("listitem").filter({ hasText: "Write the book" })).toContainText("Broken");
    await expect(page.getByRole("heading", { name: /Active/ })).toContainText("1 of 3");
  });

  test("user B gets not found for user A's commitment", async ({ page }) => {
    await signUp(page);
    const path = await createCommitment(page, { title: "Alice's secret block", endsOn: day(10) });
    await signOut(page);
    await signUp(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "That commitment was not found" })).toBeVisible();
    await page.goto("/commitments");
    await expect(page.getByText("Alice's secret block")).toHaveCount(0);
  });
});
