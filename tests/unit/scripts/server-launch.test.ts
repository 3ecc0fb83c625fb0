import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { SERVER_ENV, SERVER_NODE_ARGS } from "../../../scripts/bench/pages/server";

describe("the bench starts the server the way npm start does", () => {
  test("package.json's start script has the bench's node flags and environment", () => {
    const { scripts } = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> };
    const env = Object.entries(SERVER_ENV).map(([name, value]) => `${name}=${value}`);
    // `exec` (and env's own exec) keep one process: signals reach the server itself.
    expect(scripts.start).toBe(["exec", "env", ...env, "node", ...SERVER_NODE_ARGS, "scripts/start.mjs"].join(" "));
  });
});
