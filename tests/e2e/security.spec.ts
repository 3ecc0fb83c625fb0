import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page, type Request } from "@playwright/test";
import { DEFAULT_AREAS, alertIn, areaNames, areasForm, expectAreaTargets, saveAreas, signUp, type Account } from "./helpers";

type Session = { page: Page; account: Account; close: () => Promise<void> };

async function newUser(browser: Browser, name: string): Promise<Session> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const account = await signUp(page, { name });
  return { page, account, close: () => context.close() };
}

/** Saves the areas form and returns the server-action request the browser sent. */
async function saveAreasCapturingRequest(page: Page): Promise<Request> {
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && r.headers()["next-action"] !== undefined),
    saveAreas(page),
  ]);
  await expect(areasForm(page).getByRole("status")).toHaveText("Areas saved.");
  return request;
}

/**
 * User A with a recognisable area, profile name and email, and the saveAreas request A's browser
 * sent (its body lists A's area ids).
 */
async function userWithSecretArea(browser: Browser) {
  const secret = `Secret ${randomUUID().slice(0, 8)}`;
  const a = await newUser(browser, `Alice ${randomUUID().slice(0, 8)}`);
  await areasForm(a.page).getByLabel("Name of area 1").fill(secret);
  const request = await saveAreasCapturingRequest(a.page);
  const body = request.postData() ?? "";
  expect(body).toContain(secret);
  return { a, secret, actionId: request.headers()["next-action"]!, body, contentType: request.headers()["content-type"] };
}

async function expectAreasUntouched(page: Page, secret: string): Promise<void> {
  await page.reload();
  expect(await areaNames(page)).toEqual([secret, ...DEFAULT_AREAS.slice(1).map((area) => area.name)]);
  await expectAreaTargets(page, { [secret]: 25, ...Object.fromEntries(DEFAULT_AREAS.slice(1).map((area) => [area.name, area.targetPct])) });
}

test("[security] user B's settings show only B's data, and B's edits leave A's areas alone", async ({ browser }) => {
  test.slow(); // several accounts or sign-ins: long on a busy machine
  const { a, secret } = await userWithSecretArea(browser);
  const b = await newUser(browser, "Bob");

  await expect(b.page.getByText(`Signed in as ${b.account.email}.`)).toBeVisible();
  expect(await areaNames(b.page)).toEqual(DEFAULT_AREAS.map((area) => area.name));
  // Nothing of A anywhere in B's page, including the serialized data behind it.
  const html = await b.page.content();
  for (const value of [a.account.email, a.account.name, secret]) expect(html).not.toContain(value);

  await areasForm(b.page).getByLabel("Name of area 1").fill("Bob's health");
  await areasForm(b.page).getByLabel("Target % of Bob's health", { exact: true }).fill("35");
  await areasForm(b.page).getByLabel("Target % of Exploration", { exact: true }).fill("0");
  await saveAreas(b.page);
  await expect(areasForm(b.page).getByRole("status")).toHaveText("Areas saved.");
  const profile = b.page.getByRole("form", { name: "Profile" });
  await profile.getByLabel("Name", { exact: true }).fill("Bob B.");
  await profile.getByRole("button", { name: "Save profile" }).click();
  await expect(profile.getByRole("status")).toHaveText("Profile saved.");

  await expectAreasUntouched(a.page, secret);
  await expect(a.page.getByRole("form", { name: "Profile" }).getByLabel("Name", { exact: true })).toHaveValue(a.account.name);
  await b.close();
  await a.close();
});

test("[security] B sending A's area ids to the saveAreas action is refused and changes nothing", async ({ browser }) => {
  test.slow(); // several accounts or sign-ins: long on a busy machine
  const { a, secret, body } = await userWithSecretArea(browser);
  const b = await newUser(browser, "Mallory");

  // B's browser submits B's own form, but the request carries A's rows (A's ids), renamed.
  const forged = body.replaceAll(secret, "Hijacked");
  expect(forged).not.toEqual(body);
  await b.page.route("**/settings", async (route) => {
    const request = route.request();
    if (request.method() === "POST" && request.headers()["next-action"]) await route.continue({ postData: forged });
    else await route.continue();
  });
  await saveAreas(b.page);
  await expect(alertIn(b.page)).toHaveText("One of these areas was not found. Reload the page and try again.");
  await b.page.unroute("**/settings");

  await expectAreasUntouched(a.page, secret);
  // B's own areas are untouched too (the save is all or nothing).
  await b.page.reload();
  expect(await areaNames(b.page)).toEqual(DEFAULT_AREAS.map((area) => area.name));
  await b.close();
  await a.close();
});

test("[security] a signed-out request to the saveAreas action is refused and changes nothing", async ({ browser, playwright, baseURL }) => {
  const { a, secret, actionId, body, contentType } = await userWithSecretArea(browser);
  const anonymous = await playwright.request.newContext({ baseURL });
  const response = await anonymous.post("/settings", {
    headers: {
      "next-action": actionId,
      "content-type": contentType ?? "text/plain;charset=UTF-8",
      accept: "text/x-component",
      origin: baseURL!,
    },
    data: body.replaceAll(secret, "Hijacked"),
  });
  expect(await response.text()).toContain("Your session has ended. Sign in again.");
  await anonymous.dispose();
  await expectAreasUntouched(a.page, secret);
  await a.close();
});
