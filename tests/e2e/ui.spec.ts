import { expect, test, type Page } from "@playwright/test";
import { signUp } from "./helpers";

/** Relative luminance (0 = black, 1 = white) of a CSS colour, converted by the browser itself. */
async function luminanceOf(page: Page, color: string): Promise<number> {
  return page.evaluate((css) => {
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 1;
    const ctx = canvas.getContext("2d")!;
    ctx.fillStyle = css;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b] = Array.from(ctx.getImageData(0, 0, 1, 1).data).map((v) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  }, color);
}

async function bodyLuminance(page: Page): Promise<number> {
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  return luminanceOf(page, background);
}

/** Mean luminance of a screenshot of the viewport, decoded by the browser. */
async function screenshotLuminance(page: Page): Promise<number> {
  const png = (await page.screenshot()).toString("base64");
  const scratch = await page.context().newPage();
  const mean = await scratch.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.width;
    canvas.height = image.height;
    const ctx = canvas.getContext("2d")!;
    ctx.drawImage(image, 0, 0);
    const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let sum = 0;
    for (let i = 0; i < pixels.length; i += 4) sum += 0.2126 * pixels[i]! + 0.7152 * pixels[i + 1]! + 0.0722 * pixels[i + 2]!;
    return sum / (pixels.length / 4) / 255;
  }, png);
  await scratch.close();
  return mean;
}

test.describe("dark mode", () => {
  test.use({ colorScheme: "dark" });

  test("[ui] pages follow a dark colour scheme", async ({ page }, testInfo) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await bodyLuminance(page)).toBeLessThan(0.05);
    expect(await screenshotLuminance(page)).toBeLessThan(0.2);

    await signUp(page);
    expect(await bodyLuminance(page)).toBeLessThan(0.05);
    const shot = await page.screenshot({ fullPage: true });
    await testInfo.attach("settings-dark", { body: shot, contentType: "image/png" });
    expect(await screenshotLuminance(page)).toBeLessThan(0.2);
    // Form fields are dark too, not white boxes on a dark page.
    const field = page.getByRole("form", { name: "Profile" }).getByLabel("Name", { exact: true });
    const fieldBackground = await field.evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(await luminanceOf(page, fieldBackground)).toBeLessThan(0.1);
  });
});

test.describe("light mode", () => {
  test.use({ colorScheme: "light" });

  test("[ui] pages follow a light colour scheme", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await bodyLuminance(page)).toBeGreaterThan(0.8);
    expect(await screenshotLuminance(page)).toBeGreaterThan(0.6);
  });
});

test.describe("phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 });

  test("[ui] at 390×844 the pages have no horizontal scroll", async ({ page }) => {
    const hasNoHorizontalScroll = () =>
      page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));

    await page.goto("/");
    let size = await hasNoHorizontalScroll();
    expect(size.scroll, "landing page").toBeLessThanOrEqual(size.client);

    await page.goto("/signup");
    size = await hasNoHorizontalScroll();
    expect(size.scroll, "sign-up page").toBeLessThanOrEqual(size.client);

    await signUp(page);
    // The editor with an extra, long-named row is the widest thing on Settings.
    await page.getByRole("button", { name: "Add area" }).click();
    await page.getByLabel("Name of area 6").fill("A rather long area name of forty chars");
    size = await hasNoHorizontalScroll();
    expect(size.client).toBe(390);
    expect(size.scroll, "settings page").toBeLessThanOrEqual(size.client);
  });
});
