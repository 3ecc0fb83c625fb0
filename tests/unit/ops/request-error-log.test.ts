import { Writable } from "node:stream";
import { afterEach, describe, expect, test } from "vitest";
import { createLogger } from "@/lib/log";
import { logRequestError } from "@/lib/request-error-log";

const globalForLog = globalThis as typeof globalThis & { __lifeloopLogger?: unknown };

function captureProcessLog(): Record<string, unknown>[] {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  globalForLog.__lifeloopLogger = createLogger({ level: "info", destination });
  return lines;
}

afterEach(() => {
  globalForLog.__lifeloopLogger = undefined;
});

const request = {
  path: "/callbacks?q=private",
  method: "GET",
  headers: { "x-request-id": "req-abcdef12", cookie: "next-auth.session-token=secret" },
};
const context = { routerKind: "App Router", routePath: "/(app)/callbacks", routeType: "render", renderSource: "react-server-components" };

describe("[ops] onRequestError → one log line", () => {
  test("an unexpected error: level error, with the request id, route, digest and stack; no query, no cookie", () => {
    const lines = captureProcessLog();
    logRequestError(Object.assign(new Error("boom"), { digest: "123456" }), request, context);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: "error", msg: "request failed", requestId: "req-abcdef12", method: "GET", path: "/callbacks", route: "/(app)/callbacks", routeType: "render", digest: "123456" });
    expect((lines[0]!.err as { stack: string }).stack).toContain("boom");
    expect(JSON.stringify(lines[0])).not.toContain("secret");
    expect(JSON.stringify(lines[0])).not.toContain("private");
  });

  test("the database being away: a warning without a stack", () => {
    const lines = captureProcessLog();
    logRequestError(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }), request, context);
    expect(lines[0]).toMatchObject({ level: "warn", reason: "database unavailable", requestId: "req-abcdef12" });
    expect(lines[0]!.err).toBeUndefined();
  });
});
