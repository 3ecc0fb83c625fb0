import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { DEFAULT_PASSWORD, HOME_PATH, randomEmail, submitSignUp, urlOf } from "./helpers";

/** Signs up through the form; patient, because argon2 on a busy two-core machine can take a while. */
async function signUp(page: Page) {
  await submitSignUp(page, { email: randomEmail("a11y"), password: DEFAULT_PASSWORD });
  await expect(page).toHaveURL(urlOf(HOME_PATH), { timeout: 120_000 });
}

/**
 * axe-core (WCAG 2.0/2.1 A and AA rules) over every page, signed out and signed in, in light and
 * dark, and with the dialogs open: any serious or critical violation fails, with the rule, the
 * elements and axe's summary in the message.
 */

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const SCHEMES = ["light", "dark"] as const;

async function expectNoSeriousViolations(
  page: Page,
  label: string,
  include?: string,
) {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const serious = violations.filter(
    (violation) =>
      violation.impact === "serious" || violation.impact === "critical",
  );
  const report = serious.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes
        .slice(0, 5)
        .map(
          (node) =>
            `    ${node.target.join(" ")}\n      ${node.failureSummary?.replace(/\n/g, "\n      ")}`,
        )
        .join("\n"),
  );
  // Soft: one run lists every page with findings, not just the first.
  expect.soft(report, label).toEqual([]);
}

/** Loads a page and waits until it is settled enough to judge (charts drawn, fonts in). */
async function visit(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator("main").first()).toBeVisible();
  await page.waitForLoadState("load");
}

test("signed out pages have no serious accessibility findings", async ({
  page,
}) => {
  test.setTimeout(600_000);
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of ["/", "/signin", "/signup", "/offline", "/docs/api"]) {
      await visit(page, path);
      await expectNoSeriousViolations(page, `${path} (${scheme})`);
    }
  }
});

for (const scheme of SCHEMES) {
  test(`signed in pages and their dialogs have no serious accessibility findings (${scheme})`, async ({
    page,
  }) => {
    test.setTimeout(600_000);
    await signUp(page);
    const origin = new URL(page.url()).origin;
    // Something on every page: a few callbacks (one settled, one without an area), a commitment.
    const areas = (await (await page.request.get("/api/v1/areas")).json()) as {
      items: { id: string }[];
    };
    const created: string[] = [];
    for (const [index, body] of [
      {
        title: "Applied to Acme, backend role",
        kind: "JOB_APPLICATION",
        areaId: areas.items[0]?.id,
      },
      { title: "Coffee chat ask to Priya", kind: "NETWORKING_MESSAGE" },
      {
        title: "Pitch the talk to the meetup",
        kind: "CREATIVE_LAUNCH",
        areaId: areas.items[3]?.id,
        startedAt: new Date(Date.now() - 20 * 86_400_000).toISOString(),
      },
    ].entries()) {
      const response = await page.request.post("/api/v1/callbacks", {
        headers: { Origin: origin },
        data: body,
      });
      expect(response.status(), `callback ${index}`).toBe(201);
      created.push(((await response.json()) as { id: string }).id);
    }
    await page.request.post(`/api/v1/callbacks/${created[1]}/settle`, {
      headers: { Origin: origin },
      data: { outcome: "FULFILLED", realisedPayoff: 5 },
    });
    const today = new Date().toISOString().slice(0, 10);
    const inNinetyDays = new Date(Date.now() + 90 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const commitment = await page.request.post("/api/v1/commitments", {
      headers: { Origin: origin },
      data: {
        title: "Run three times a week",
        why: "Energy for everything else",
        startsOn: today,
        endsOn: inNinetyDays,
        cadence: "WEEKLY",
      },
    });
    expect(commitment.status(), await commitment.text()).toBe(201);
    const commitmentId = ((await commitment.json()) as { id: string }).id;

    const pages = [
      "/today",
      "/callbacks",
      "/callbacks?state=ALL",
      `/callbacks/${created[0]}`,
      `/callbacks/${created[1]}`,
      "/callbacks/new",
      "/commitments",
      `/commitments/${commitmentId}`,
      "/commitments/new",
      "/portfolio",
      "/review",
      "/review/compare",
      "/insights",
      "/settings",
      "/settings/security",
      "/settings/api",
      "/settings/keyboard",
    ];
    {
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of pages) {
        await visit(page, path);
        await expectNoSeriousViolations(page, `${path} (${scheme})`);
      }

      // Dialogs, judged while open (axe sees only the modal's content then, as a screen reader does).
      await visit(page, "/today");
      await page
        .getByRole("banner")
        .getByRole("button", { name: /Capture/ })
        .click();
      await expect(
        page.getByRole("dialog", { name: "Capture a callback" }),
      ).toBeVisible();
      await expectNoSeriousViolations(page, `quick capture dialog (${scheme})`);
      await page.keyboard.press("Escape");

      await visit(page, `/callbacks/${created[0]}`);
      await page.getByRole("button", { name: "Log follow-up" }).click();
      const followUp = page.getByRole("dialog", { name: "Log follow-up" });
      await expect(followUp).toBeVisible();
      // It opens on its first field, not on the × in its corner.
      await expect(followUp.locator("input:not([type=hidden]), select, textarea").first()).toBeFocused();
      await expectNoSeriousViolations(page, `follow-up dialog (${scheme})`);
      await page.keyboard.press("Escape");
    }
  });
}

test.describe("on a phone", () => {
  test.use({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });

  test("at 390 px every section is reachable and keyboard hints are hidden on touch", async ({
    page,
  }) => {
    test.setTimeout(600_000);
    await signUp(page);
    await visit(page, "/today");
    const header = page.getByRole("banner");
    // The header is one row: no taller than its Capture button plus padding.
    const box = await header.boundingBox();
    expect(box!.height).toBeLessThan(64);
    await expect(header.getByRole("button", { name: /Capture/ })).toBeVisible();
    await expect(page.locator(".keyboard-hint").first()).toBeHidden();
    const nav = page.getByRole("navigation", { name: "Main" });
    for (const name of ["Today", "Callbacks", "Commitments", "Portfolio"])
      await expect(nav.getByRole("link", { name })).toBeVisible();
    for (const name of ["Review", "Insights", "Settings"]) {
      await nav.getByRole("button", { name: "More" }).click();
      await nav.getByRole("link", { name }).click();
      await expect(page).toHaveURL(new RegExp(`/${name.toLowerCase()}`), { timeout: 60_000 });
    }
    // No page scrolls sideways (tables fit).
    for (const path of [
      "/today",
      "/callbacks",
      "/portfolio",
      "/review",
      "/insights",
      "/settings",
    ]) {
      await visit(page, path);
      const overflow = await page.evaluate(
        () =>
          document.documentElement.scrollWidth -
          document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
      await expectNoSeriousViolations(page, `${path} at 390 px`);
    }
  });
});

test("single-key shortcuts can be turned off", async ({ page }) => {
  test.setTimeout(300_000);
  await signUp(page);
  await visit(page, "/today");
  await page.getByRole("main").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("n");
  await expect(
    page.getByRole("dialog", { name: "Capture a callback" }),
  ).toBeVisible();
  await page.keyboard.press("Escape");

  await visit(page, "/settings/keyboard");
  await page.getByLabel("Use single-key shortcuts").uncheck();
  await expect(
    page
      .getByRole("main")
      .getByRole("status")
      .filter({ hasText: "Single-key shortcuts are off." }),
  ).toBeVisible();
  await visit(page, "/today");
  await page.getByRole("main").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("n");
  await expect(
    page.getByRole("dialog", { name: "Capture a callback" }),
  ).toBeHidden();
  await expect(
    page.getByRole("banner").getByRole("button", { name: /Capture/ }),
  ).not.toContainText("N");
});
