// Draws the app icons from one SVG (the logo's loop on a brand-blue tile) with Chromium, so
// they are real PNG files committed to public/: `node scripts/draw-icons.mjs`.
//   - icon-192.png, icon-512.png: rounded tile ("any" purpose);
//   - maskable-192.png, maskable-512.png: full-bleed tile, the mark inside the 80 % safe zone;
//   - apple-touch-icon.png (180): full-bleed (iOS rounds the corners itself);
//   - favicon.ico: 16, 32 and 48 px PNGs in one ICO container.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { findChromium } from "./browser.mjs";

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const PUBLIC = path.join(ROOT, "public");
const BRAND = "#2563eb";
const AMBER = "#f59e0b";

/** The mark on a square of side 100; `inset` (0–0.5) shrinks it toward the centre. */
function svg({ rounded, inset }) {
  const scale = 1 - inset * 2;
  const offset = 50 * (1 - scale);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="100%" height="100%">
  <rect width="100" height="100" rx="${rounded ? 22 : 0}" fill="${BRAND}"/>
  <g transform="translate(${offset} ${offset}) scale(${scale})">
    <g transform="translate(50 50) scale(2.6) translate(-16 -16)">
      <circle cx="16" cy="16" r="11" fill="none" stroke="#ffffff" stroke-width="3.2" stroke-dasharray="52 18" stroke-linecap="round"/>
      <circle cx="25.5" cy="9.5" r="3.4" fill="${AMBER}"/>
    </g>
  </g>
</svg>`;
}

/** A Windows ICO file holding PNG images (allowed since Vista; every browser reads it). */
function ico(pngs) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  const entries = [];
  let offset = 6 + 16 * pngs.length;
  for (const { size, data } of pngs) {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2);
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    entries.push(entry);
  }
  return Buffer.concat([header, ...entries, ...pngs.map((png) => png.data)]);
}

const tmp = mkdtempSync(path.join(os.tmpdir(), "lifeloop-icons-"));
const browser = await chromium.launch({
  executablePath: findChromium().path ?? undefined,
  args: ["--headless", "--no-sandbox", "--disable-gpu"],
  env: { ...process.env, XDG_CONFIG_HOME: tmp, XDG_CACHE_HOME: tmp },
});
try {
  const page = await browser.newPage();
  async function draw(size, options) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg(options)}</body></html>`);
    return page.locator("svg").screenshot({ omitBackground: true });
  }
  const outputs = {
    "icons/icon-192.png": [192, { rounded: true, inset: 0.1 }],
    "icons/icon-512.png": [512, { rounded: true, inset: 0.1 }],
    "icons/maskable-192.png": [192, { rounded: false, inset: 0.2 }],
    "icons/maskable-512.png": [512, { rounded: false, inset: 0.2 }],
    "apple-touch-icon.png": [180, { rounded: false, inset: 0.14 }],
  };
  for (const [file, [size, options]] of Object.entries(outputs)) {
    writeFileSync(path.join(PUBLIC, file), await draw(size, options));
  }
  const favicons = [];
  for (const size of [16, 32, 48]) favicons.push({ size, data: await draw(size, { rounded: true, inset: 0 }) });
  writeFileSync(path.join(PUBLIC, "favicon.ico"), ico(favicons));
} finally {
  await browser.close();
  rmSync(tmp, { recursive: true, force: true });
}
