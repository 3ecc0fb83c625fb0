import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { findChromium } from "./scripts/browser.mjs";

/**
 * End-to-end tests run the BUILT app (`scripts/start.ts`: build if stale, migrate, serve in-process)
 * on a fresh embedded database in a temporary folder, with Debian's Chromium.
 *
 * Playwright loads this file in the runner and again in every worker. The runner picks the port
 * and the run folder and puts them in the environment, which the workers inherit; so all of them
 * agree, and only the runner owns (and removes) the folder.
 */
const isRunner = !process.env.LIFELOOP_E2E_RUN_DIR;

function freePort(): number {
  // Synchronous on purpose: the config is evaluated synchronously.
  const script =
    "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return Number(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }));
}

if (isRunner) {
  const runDir = mkdtempSync(path.join(os.tmpdir(), "lifeloop-e2e-"));
  process.env.LIFELOOP_E2E_RUN_DIR = runDir;
  process.env.LIFELOOP_E2E_PORT ??= String(freePort());
  // The web server is stopped before the runner exits, so the folder is no longer in use here.
  process.on("exit", () => rmSync(runDir, { recursive: true, force: true }));
}

const RUN_DIR = process.env.LIFELOOP_E2E_RUN_DIR!;
const PORT = Number(process.env.LIFELOOP_E2E_PORT);
const BASE_URL = `http://localhost:${PORT}`;
const DATA_DIR = path.join(RUN_DIR, "data");
const XDG_CONFIG_HOME = path.join(RUN_DIR, "xdg-config");
const XDG_CACHE_HOME = path.join(RUN_DIR, "xdg-cache");
// start.ts opens PGlite in DATA_DIR/pglite without creating DATA_DIR first.
if (isRunner) for (const dir of [DATA_DIR, XDG_CONFIG_HOME, XDG_CACHE_HOME]) mkdirSync(dir, { recursive: true });

const isCI = Boolean(process.env.CI);
// `npm test` resolves the browser (and may install one) before the suites; a direct
// `npx playwright test` looks the same way and otherwise lets Playwright report what is missing.
const CHROMIUM = findChromium().path ?? undefined;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results/e2e",
  // Each test signs up its own user, so tests do not share state and can run side by side.
  fullyParallel: true,
  workers: 2,
  retries: isCI ? 1 : 0,
  forbidOnly: isCI,
  // Generous: the machines have two cores, shared by the server, two browsers and other work.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_FILE ?? "test-results/playwright.json" }]],
  use: {
    ...devices["Desktop Chrome"],
    baseURL: BASE_URL,
    // The browser's language decides the formatting locale of a user who chose none (Settings):
    // en-US keeps the suite's expected dates and numbers; tests/e2e/locale.spec.ts covers others.
    locale: "en-US",
    timezoneId: "UTC",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
      // Keeps Chromium from writing its profile bits into $HOME.
      env: { ...process.env, XDG_CONFIG_HOME, XDG_CACHE_HOME },
    },
  },
  projects: [{ name: "chromium" }],
  webServer: {
    command: "node --import tsx scripts/start.ts",
    url: `${BASE_URL}/signin`,
    reuseExistingServer: false,
    // The first run builds the app: about a minute on two idle cores, several on a busy machine.
    timeout: 600_000,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    env: {
      PORT: String(PORT),
      LIFELOOP_DATA_DIR: DATA_DIR,
      NEXTAUTH_URL: BASE_URL,
      NEXT_TELEMETRY_DISABLED: "1",
      // Always the embedded database, even when the shell points at a Postgres server.
      DATABASE_URL: "",
      NEXTAUTH_SECRET: "",
      // The background timeout sweep runs as in production, but every 2 s so tests can watch it.
      LIFELOOP_SCHEDULER: "on",
      LIFELOOP_SWEEP_SECONDS: "2",
      // A line per sweep every 2 s would bury the test output; warnings and errors still show.
      LIFELOOP_LOG_LEVEL: "warn",
    },
  },
});
