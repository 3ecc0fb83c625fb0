import { type Browser, type Page, expect, test } from "@playwright/test";
import { NAVIGATION_TIMEOUT, sameOrigin, signUp } from "./helpers";

const SHOTS = process.env.LIFELOOP_SHOTS_DIR;
const DAY = 86_400_000;

async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  await page.screenshot({ path: `${SHOTS}/${name}-light.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.screenshot({ path: `${SHOTS}/${name}-dark.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: "light" });
}

async function post(page: Page, path: string, data: unknown): Promise<{ id: string; key?: string }> {
  const response = await page.request.post(path, { ...sameOrigin(), data });
  expect(response.status(), await response.text()).toBeLessThan(300);
  return (await response.json()) as { id: string; key?: string };
}

async function newUser(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signUp(page);
  return { page, close: () => context.close() };
}

test.describe("[learning]", () => {
  test("a kind of your own: added in Settings, in the capture form, and its curve learned from 8 replies", async ({ page }) => {
    test.setTimeout(240_000);
    await signUp(page);
    await page.goto("/settings/kinds");
    const form = page.getByRole("form", { name: "Add a kind" });
    await form.getByLabel("Name").fill("Grant application");
    await form.getByLabel("Expected reply (days)").fill("10");
    await form.getByLabel("Times out after (days)").fill("5");
    await form.getByRole("button", { name: "Add kind" }).click();
    // Bad input: a field message, nothing saved.
    await expect(form.getByText("Timeout can't come before the expected reply.")).toBeVisible({ timeout: NAVIGATION_TIMEOUT });
    await form.getByLabel("Times out after (days)").fill("40");
    await form.getByLabel("Follow-ups (days)").fill("20");
    await form.getByRole("button", { name: "Add kind" }).click();
    await expect(page.getByText("Added “Grant application”.")).toBeVisible({ timeout: NAVIGATION_TIMEOUT });
    await expect(page.getByRole("form", { name: "Kind Grant application" })).toBeVisible();
    await shoot(page, "learning-settings-kinds");

    await page.goto("/callbacks/new");
    // Scoped to the page's form: the quick-capture dialog in the header has a kind select too.
    const capture = page.getByRole("form", { name: "New callback" });
    await capture.getByLabel("Kind").selectOption({ label: "Grant application" });
    await expect(page.getByTestId("reply-curve-source")).toContainText("default for grant applications");
    await expect(page.getByText("Grant application: reply expected in 10 days, times out after 40 days, follow-ups on days 20.")).toBeVisible();

    // Eight grants answered 3 days after they were sent (logged afterwards through the API).
    const now = Date.now();
    for (let i = 0; i < 8; i += 1) {
      const startedAt = new Date(now - (30 + i) * DAY);
      const { id } = await post(page, "/api/v1/callbacks", { title: `Grant ${i}`, kind: "GRANT_APPLICATION", startedAt: startedAt.toISOString() });
      await post(page, `/api/v1/callbacks/${id}/settle`, { outcome: i < 3 ? "FULFILLED" : "REJECTED", at: new Date(startedAt.getTime() + 3 * DAY).toISOString() });
    }

    await page.goto("/callbacks/new");
    await capture.getByLabel("Kind").selectOption({ label: "Grant application" });
    await expect(page.getByTestId("reply-curve-source")).toContainText("from 8 of your replies (median 3 days)");
    await capture.getByLabel("Title").fill("Arts council grant");
    await capture.getByRole("button", { name: "Save callback" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Arts council grant" })).toBeVisible({ timeout: NAVIGATION_TIMEOUT });
    await expect(page.getByRole("main").getByText("Grant application", { exact: true }).first()).toBeVisible();
    await expect(page.getByTestId("reply-curve-source")).toContainText("from 8 of your replies");

    await page.goto("/insights");
    await expect(page.getByRole("heading", { name: "How long replies take" })).toBeVisible({ timeout: NAVIGATION_TIMEOUT });
    await expect(page.getByText("After 3 days of silence, 0 % of your eventual yeses had still not replied (0 of 3).")).toBeVisible();
    await expect(page.getByRole("img", { name: /Grant application: share still silent/ })).toBeVisible();
    await shoot(page, "learning-insights-curves");

    const kinds = await page.request.get("/api/v1/kinds");
    const grant = ((await kinds.json()) as { items: { key: string; curve: unknown }[] }).items.find((item) => item.key === "GRANT_APPLICATION");
    expect(grant?.curve).toEqual({ medianDays: 3, events: 8, censored: 1, source: "history" });

    // The kind's default area (one setting for built-in and own kinds): quick capture shows it and uses it.
    const areas = ((await (await page.request.get("/api/v1/areas")).json()) as { items: { id: string; name: string }[] }).items;
    const area = areas[1]!;
    const patched = await page.request.patch("/api/v1/kinds/GRANT_APPLICATION", { ...sameOrigin(), data: { defaultAreaId: area.id } });
    expect(patched.status(), await patched.text()).toBe(200);
    await page.goto("/today");
    await page.getByRole("button", { name: /Capture/ }).first().click();
    const dialog = page.getByRole("dialog", { name: "Capture a callback" });
    await expect(dialog.getByTestId("quick-capture-summary")).toHaveText("Captures as Other, in no area.");
    await dialog.getByLabel("Kind").selectOption({ label: "Grant application" });
    await expect(dialog.getByLabel("Area (optional)")).toHaveValue(area.id);
    await expect(dialog.getByTestId("quick-capture-summary")).toHaveText(`Captures as Grant application in ${area.name}.`);
    await dialog.getByLabel("Title").fill("Quick grant");
    await dialog.getByRole("button", { name: "Capture", exact: true }).click();
    await expect(dialog).toBeHidden({ timeout: NAVIGATION_TIMEOUT });
    const list = (await (await page.request.get("/api/v1/callbacks?state=ALL&limit=50")).json()) as { items: { title: string; area: { id: string } | null }[] };
    expect(list.items.find((item) => item.title === "Quick grant")?.area?.id).toBe(area.id);
  });

  test("user B sees none of A's kinds, stages, board cards, curves or odds, and can't move A's bet", async ({ browser }) => {
    test.setTimeout(240_000);
    const a = await newUser(browser);
    await post(a.page, "/api/v1/kinds", { name: "Investor pitch", expectedReplyDays: 7, timeoutDays: 30 });
    const { id } = await post(a.page, "/api/v1/callbacks", { title: "A's secret seed round", kind: "INVESTOR_PITCH" });
    await a.page.goto("/board");
    await expect(a.page.getByRole("group", { name: /^A's secret seed round/ })).toBeVisible({ timeout: NAVIGATION_TIMEOUT });

    const b = await newUser(browser);
    for (const path of ["/board", "/settings/kinds", "/insights", "/portfolio", "/callbacks/new"]) {
      await b.page.goto(path);
      await expect(b.page.getByRole("main")).toBeVisible({ timeout: NAVIGATION_TIMEOUT });
      const html = await b.page.content();
      for (const secret of ["A's secret seed round", "Investor pitch", "INVESTOR_PITCH", id]) expect(html, `${path} shows ${secret}`).not.toContain(secret);
    }
    expect((await b.page.goto(`/callbacks/${id}`))?.status()).toBe(404);
    expect((await b.page.request.get(`/api/v1/callbacks/${id}`)).status()).toBe(404);
    const patch = await b.page.request.patch("/api/v1/kinds/INVESTOR_PITCH", { ...sameOrigin(), data: { archived: true } });
    expect(patch.status()).toBe(404);
    const odds = (await (await b.page.request.get("/api/v1/portfolio/odds")).json()) as { overall: { open: number } };
    expect(odds.overall.open).toBe(0);

    // A's board and kind are as they were.
    await a.page.goto("/board");
    await expect(a.page.getByRole("group", { name: /^A's secret seed round, at Sent/ })).toBeVisible({ timeout: NAVIGATION_TIMEOUT });
    await a.page.goto("/settings/kinds");
    await expect(a.page.getByRole("form", { name: "Kind Investor pitch" })).toBeVisible({ timeout: NAVIGATION_TIMEOUT });
    await b.close();
    await a.close();
  });

  test("the board: open job applications by stage, moved with the keyboard", async ({ page }) => {
    test.setTimeout(180_000);
    await signUp(page);
    const { id } = await post(page, "/api/v1/callbacks", { title: "Acme", kind: "JOB_APPLICATION", priorPercent: 10 });
    await post(page, "/api/v1/callbacks", { title: "Globex", kind: "JOB_APPLICATION", priorPercent: 10 });

    await page.goto("/board");
    const lane = page.getByRole("region", { name: "Job application" });
    await expect(lane).toBeVisible({ timeout: NAVIGATION_TIMEOUT });
    const applied = lane.getByRole("list", { name: /Applied/ });
    await expect(applied.getByRole("group")).toHaveCount(2);

    const card = page.getByRole("group", { name: /^Acme, at Applied/ });
    await card.focus();
    await page.keyboard.press("ArrowRight");
    await expect(lane.getByRole("status")).toHaveText("Moved “Acme” to Screen.", { timeout: NAVIGATION_TIMEOUT });
    const moved = page.getByRole("group", { name: /^Acme, at Screen, 25 %/ });
    await expect(moved).toBeFocused();
    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("group", { name: /^Acme, at Interview/ })).toBeFocused({ timeout: NAVIGATION_TIMEOUT });
    await page.getByRole("button", { name: "Move “Globex” on to Screen" }).click();
    await expect(lane.getByRole("list", { name: /Screen/ }).getByRole("group", { name: /^Globex/ })).toBeVisible({ timeout: NAVIGATION_TIMEOUT });
    await shoot(page, "learning-board");

    const detail = await page.request.get(`/api/v1/callbacks/${id}`);
    const body = (await detail.json()) as { explicitProbability: number; events: { type: string; label: string }[] };
    // 10 % → ×3 (screen) → ×4 (interview): odds 1/9 · 12 = 4/3, p = 4/7.
    expect(body.explicitProbability).toBeCloseTo(4 / 7, 6);
    expect(body.events.filter((event) => event.type === "EVIDENCE").map((event) => event.label)).toEqual(["Moved to Screen (×3, preset)", "Moved to Interview (×4, preset)"]);

    await page.goto("/portfolio");
    await expect(page.getByTestId("odds-overall")).toContainText("2 open bets:", { timeout: NAVIGATION_TIMEOUT });
    await expect(page.getByRole("img", { name: /Chance of at least one yes by each of the next 90 days/ })).toBeVisible();
    await shoot(page, "learning-portfolio-odds");
  });
});
