// `npm test`: every test suite in one go. Runs vitest (all projects: unit, integration, and
// integration-postgres when TEST_DATABASE_URL is set), then the Playwright end-to-end tests, then
// prints a summary whose last line is exactly `N passed, N failed` (`, N skipped` when some were).
// The counts come from each runner's JSON report; a runner that crashes or exits with an error
// without reporting a failed test counts as one failure, never as "0 tests, all fine".
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { findChromium, missingBrowserMessage, playwrightManagedChromium } from "./browser.mjs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const REPORT_DIR = path.join(ROOT, "test-results");
const VITEST_JSON = path.join(REPORT_DIR, "vitest.json");
const PLAYWRIGHT_JSON = path.join(REPORT_DIR, "playwright.json");
const BIN = path.join(ROOT, "node_modules", ".bin");

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

let current = null;
let interrupted = false;
// Ctrl+C reaches the children already (same process group; a second SIGINT makes Playwright
// abandon its clean-up), so only SIGTERM is passed on. Either way the running step finishes its
// clean-up, the rest is skipped and the summary still prints.
process.on("SIGINT", () => {
  interrupted = true;
});
process.on("SIGTERM", () => {
  interrupted = true;
  current?.kill("SIGTERM");
});

/** Runs a command with inherited output; resolves with how it ended (never rejects). */
function run(command, args, extraEnv = {}) {
  return new Promise((resolve) => {
    const startedAt = Date.now();
    const child = spawn(command, args, { cwd: ROOT, stdio: "inherit", env: { ...env, ...extraEnv } });
    current = child;
    let spawnError = null;
    child.on("error", (error) => {
      spawnError = error;
    });
    child.on("close", (code, signal) => {
      current = null;
      resolve({ code, signal, spawnError, seconds: (Date.now() - startedAt) / 1000 });
    });
  });
}

function readJson(file) {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

function describeExit({ code, signal, spawnError }) {
  if (spawnError) return `could not start (${spawnError.message})`;
  return signal ? `was killed by ${signal}` : `exited with code ${code}`;
}

/** Counts from vitest's JSON reporter (jest-compatible format). */
function countVitest(report, exit) {
  const result = { name: "vitest", passed: 0, failed: 0, skipped: 0, failures: [], seconds: exit.seconds };
  if (!report) {
    result.failed = 1;
    result.failures.push(`vitest ${describeExit(exit)} without writing ${path.relative(ROOT, VITEST_JSON)}`);
    return result;
  }
  result.passed = report.numPassedTests ?? 0;
  result.failed = report.numFailedTests ?? 0;
  result.skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  for (const file of report.testResults ?? []) {
    const relative = path.relative(ROOT, file.name ?? "?");
    const failedTests = (file.assertionResults ?? []).filter((test) => test.status === "failed");
    for (const test of failedTests) result.failures.push(`${relative} › ${test.fullName}`);
    // A file that failed to load (syntax error, failing hook…) has no failed test of its own.
    if (file.status === "failed" && failedTests.length === 0) {
      result.failed += 1;
      const firstLine = String(file.message ?? "").split("\n")[0];
      result.failures.push(`${relative} (the file failed${firstLine ? `: ${firstLine}` : ""})`);
    }
  }
  if (exit.code !== 0 && result.failed === 0) {
    // e.g. unhandled errors between tests, or no test files at all.
    result.failed = 1;
    result.failures.push(`vitest ${describeExit(exit)} although no test failed (see its output above)`);
  }
  return result;
}

/** Counts from Playwright's JSON reporter: one entry per test (a retried test counts once). */
function countPlaywright(report, exit) {
  const result = { name: "playwright", passed: 0, failed: 0, skipped: 0, flaky: 0, failures: [], seconds: exit.seconds };
  if (!report) {
    result.failed = 1;
    result.failures.push(`playwright ${describeExit(exit)} without writing ${path.relative(ROOT, PLAYWRIGHT_JSON)}`);
    return result;
  }
  const visit = (suite, titles) => {
    const here = suite.title && !suite.title.endsWith(".ts") ? [...titles, suite.title] : titles;
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        const where = `${spec.file}:${spec.line} › ${[...here, spec.title].join(" › ")}`;
        if (test.status === "expected") result.passed += 1;
        else if (test.status === "flaky") {
          result.passed += 1;
          result.flaky += 1;
        } else if (test.status === "skipped") result.skipped += 1;
        else {
          result.failed += 1;
          result.failures.push(where);
        }
      }
    }
    for (const child of suite.suites ?? []) visit(child, here);
  };
  for (const suite of report.suites ?? []) visit(suite, []);
  // Errors outside any test: the web server did not start, a spec file did not load, …
  for (const error of report.errors ?? []) {
    result.failed += 1;
    const firstLine = String(error.message ?? error.value ?? "").split("\n").find((line) => line.trim()) ?? "error";
    result.failures.push(`playwright: ${firstLine.trim()}`);
  }
  if (exit.code !== 0 && result.failed === 0) {
    result.failed = 1;
    result.failures.push(`playwright ${describeExit(exit)} although no test failed (see its output above)`);
  }
  return result;
}

function formatSeconds(seconds) {
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}

function countsLine({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`;
}

/**
 * The browser for the end-to-end half, found before any suite runs: CHROMIUM_PATH, Playwright's
 * own, the system's; else one attempt at `playwright install chromium` (works where the network
 * allows). Null, with the one line printed, when there is none.
 */
async function resolveBrowser() {
  const found = findChromium();
  if (found.path) return found.path;
  if (!process.env.CHROMIUM_PATH?.trim()) {
    console.log("No Chromium found; trying `playwright install chromium`…");
    const install = await run(path.join(BIN, "playwright"), ["install", "chromium"]);
    const managed = install.code === 0 ? playwrightManagedChromium() : null;
    if (managed) return managed;
  }
  console.error(missingBrowserMessage(found.problem));
  return null;
}

async function main() {
  const startedAt = Date.now();
  const browser = await resolveBrowser();
  if (!browser) {
    process.exitCode = 1;
    return;
  }
  env.CHROMIUM_PATH = browser;
  mkdirSync(REPORT_DIR, { recursive: true });
  // A report left from an earlier run must never be read as this run's.
  for (const file of [VITEST_JSON, PLAYWRIGHT_JSON]) rmSync(file, { force: true });

  console.log(`\n▶ vitest (unit, integration${process.env.TEST_DATABASE_URL ? ", integration-postgres" : ""})\n`);
  const vitestExit = await run(path.join(BIN, "vitest"), [
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${VITEST_JSON}`,
  ]);
  const vitest = countVitest(readJson(VITEST_JSON), vitestExit);

  let playwright;
  if (interrupted) {
    playwright = { ...countPlaywright(null, { code: null, signal: "SIGINT", seconds: 0 }), failures: ["playwright: not run (interrupted)"] };
  } else {
    console.log("\n▶ playwright (end-to-end, built app on a fresh embedded database)\n");
    const playwrightExit = await run(path.join(BIN, "playwright"), ["test"], { PLAYWRIGHT_JSON_OUTPUT_FILE: PLAYWRIGHT_JSON });
    playwright = countPlaywright(readJson(PLAYWRIGHT_JSON), playwrightExit);
  }

  const runners = [vitest, playwright];
  const total = runners.reduce(
    (sum, r) => ({ passed: sum.passed + r.passed, failed: sum.failed + r.failed, skipped: sum.skipped + r.skipped }),
    { passed: 0, failed: 0, skipped: 0 },
  );

  console.log("\n──────── Summary ────────");
  for (const r of runners) {
    const flaky = r.flaky ? ` (${r.flaky} flaky: passed on retry)` : "";
    console.log(`${r.name.padEnd(11)} ${countsLine(r)}${flaky} in ${formatSeconds(r.seconds)}`);
  }
  const failures = runners.flatMap((r) => r.failures);
  if (failures.length) {
    console.log("\nFailed:");
    for (const failure of failures) console.log(`  ✗ ${failure}`);
  }
  console.log(`\nTotal time ${formatSeconds((Date.now() - startedAt) / 1000)}. Reports: ${path.relative(ROOT, REPORT_DIR)}/`);
  console.log(countsLine(total));
  process.exitCode = interrupted ? 130 : total.failed > 0 ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  console.log("0 passed, 1 failed");
  process.exitCode = 1;
});
