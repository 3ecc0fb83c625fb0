// Which Chromium the end-to-end tests drive. One answer for `npm test` (which may also try to
// install one) and for playwright.config.ts (which only looks):
//   1. CHROMIUM_PATH, when set (it must exist);
//   2. a browser Playwright manages itself (`npx playwright install chromium`);
//   3. the system's Chromium or Chrome.
import { accessSync, constants, existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

const SYSTEM_BROWSERS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/snap/bin/chromium",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/opt/google/chrome/chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The executable of Playwright's own Chromium when it is installed, else null. */
export function playwrightManagedChromium() {
  try {
    const file = require("playwright-core").chromium.executablePath();
    return file && existsSync(file) ? file : null;
  } catch {
    return null;
  }
}

function onPath(names, env) {
  for (const dir of (env.PATH ?? "").split(path.delimiter)) {
    for (const name of names) {
      const file = path.join(dir, name);
      if (dir && isExecutable(file)) return file;
    }
  }
  return null;
}

/**
 * The browser to use: `{ path, source }`, or `{ path: null, problem }` when CHROMIUM_PATH names a
 * missing file or nothing is found.
 */
export function findChromium(env = process.env, { systemCandidates = SYSTEM_BROWSERS, managed = playwrightManagedChromium } = {}) {
  const given = env.CHROMIUM_PATH?.trim();
  if (given) {
    return isExecutable(given) ? { path: given, source: "CHROMIUM_PATH" } : { path: null, problem: `CHROMIUM_PATH=${given} is not an executable file` };
  }
  const own = managed();
  if (own) return { path: own, source: "Playwright" };
  const system = systemCandidates.find(isExecutable) ?? onPath(["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"], env);
  if (system) return { path: system, source: "system" };
  return { path: null, problem: "no Chromium or Chrome found" };
}

/** The one line that says what to install when no browser can be found or fetched. */
export function missingBrowserMessage(problem) {
  return (
    `End-to-end tests need Chromium (${problem}): install it (Debian/Ubuntu: sudo apt-get install chromium; ` +
    "elsewhere: npx playwright install chromium, or install Google Chrome) or set CHROMIUM_PATH=/path/to/chromium, then run npm test again."
  );
}
