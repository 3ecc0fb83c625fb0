import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { findChromium, missingBrowserMessage } from "../../../scripts/browser.mjs";

const dir = mkdtempSync(path.join(os.tmpdir(), "lifeloop-browser-"));
const fakeChrome = path.join(dir, "chrome");
writeFileSync(fakeChrome, "#!/bin/sh\n");
chmodSync(fakeChrome, 0o755);
const none = { systemCandidates: [], managed: () => null };

describe("findChromium", () => {
  test("CHROMIUM_PATH wins when it is an executable", () => {
    expect(findChromium({ CHROMIUM_PATH: fakeChrome, PATH: "" }, { ...none, managed: () => "/elsewhere" })).toEqual({ path: fakeChrome, source: "CHROMIUM_PATH" });
  });

  test("a CHROMIUM_PATH that does not exist is a problem, not a silent fallback", () => {
    const found = findChromium({ CHROMIUM_PATH: path.join(dir, "missing"), PATH: "" }, { systemCandidates: [fakeChrome], managed: () => null });
    expect(found.path).toBeNull();
    expect(found).toMatchObject({ problem: expect.stringContaining("is not an executable file") });
  });

  test.each([
    ["Playwright's own browser before the system's", { systemCandidates: [fakeChrome], managed: () => "/pw/chrome" }, { path: "/pw/chrome", source: "Playwright" }],
    ["the system's when Playwright has none", { systemCandidates: [path.join(dir, "missing"), fakeChrome], managed: () => null }, { path: fakeChrome, source: "system" }],
  ])("%s", (_name, options, expected) => {
    expect(findChromium({ PATH: "" }, options)).toEqual(expected);
  });

  test("a chromium on PATH counts as the system's", () => {
    const bin = mkdtempSync(path.join(os.tmpdir(), "lifeloop-path-"));
    const onPath = path.join(bin, "chromium");
    writeFileSync(onPath, "#!/bin/sh\n");
    chmodSync(onPath, 0o755);
    expect(findChromium({ PATH: bin }, none)).toEqual({ path: onPath, source: "system" });
  });

  test("nothing anywhere: one line that says what to install", () => {
    const found = findChromium({ PATH: "" }, none);
    expect(found.path).toBeNull();
    const message = missingBrowserMessage("problem" in found ? found.problem : "");
    expect(message).not.toContain("\n");
    expect(message).toMatch(/apt-get install chromium/);
    expect(message).toMatch(/CHROMIUM_PATH/);
  });
});
