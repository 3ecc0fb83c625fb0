// Every API route answers JSON for what Next would answer in plain text: a method the route
// doesn't serve (a JSON 405 with Allow) and a path with a broken percent-encoding, both answered
// by the server before Next (lib/api-front.ts, lib/api-methods.ts, scripts/start.ts).
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { allowedMethods, malformedPathAnswer, malformedPathProblem } from "@/lib/api-methods";
import { apiFront, apiPathOf } from "@/lib/api-front";

const API_DIR = fileURLToPath(new URL("../../../app/api", import.meta.url));
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Every route file under app/api as a path template ("/api/callbacks/{id}", "/api/auth/{...nextauth}"). */
function apiRouteFiles(): { template: string; file: string }[] {
  const found: { template: string; file: string }[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name), [...segments, entry.name.replace(/^\[(\.\.\.)?(.+)\]$/, (_, dots: string | undefined, name: string) => `{${dots ?? ""}${name}}`)]);
      else if (entry.name === "route.ts") found.push({ template: `/api${segments.length ? `/${segments.join("/")}` : ""}`, file: path.join(dir, entry.name) });
    }
  };
  walk(API_DIR, []);
  return found;
}

/** A concrete path for a template. */
function concrete(template: string): string {
  return template.replace(/\{\.\.\.\w+\}/g, "a/b").replace(/\{\w+\}/g, "abc123");
}

describe("methods a route doesn't serve", () => {
  test("the table the server reads agrees with the route files (every method they export, nothing more)", async () => {
    for (const { template, file } of apiRouteFiles()) {
      if (template === "/api/{...path}") continue; // the catch-all answers every method with a JSON 404
      const routeModule = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
      const exported = METHODS.filter((method) => typeof routeModule[method] === "function");
      const allowed = allowedMethods(concrete(template));
      expect(allowed, template).not.toBeNull();
      for (const method of exported) expect(allowed, `${method} ${template}`).toContain(method);
      for (const method of allowed!.filter((each) => each !== "OPTIONS" && each !== "HEAD")) expect(exported, `${template} exports ${method}`).toContain(method);
    }
  });

  test("the server answers an unsupported method with a JSON 405 and Allow, and lets supported ones through", () => {
    const put = apiFront({ method: "PUT", pathname: apiPathOf("/api/v1/callbacks?x=1")! }, undefined);
    expect(put.answer?.status).toBe(405);
    expect(put.answer?.headers.Allow).toBe("GET, POST, HEAD, OPTIONS");
    expect(put.answer?.headers["Content-Type"]).toContain("application/json");
    expect(put.answer?.headers["X-Request-Id"]).toBe(put.requestId);
    expect(put.answer?.headers["Content-Security-Policy"]).toContain("default-src 'none'");
    expect(JSON.parse(put.answer!.body)).toEqual({ error: { code: "METHOD_NOT_ALLOWED", message: "PUT is not supported here. Use GET, POST." } });

    for (const [method, url, allow] of [
      ["GET", "/api/v1/callbacks/abc/settle", "POST, OPTIONS"],
      ["DELETE", "/api/v1/openapi.json", "GET, HEAD, OPTIONS"],
      ["PUT", "/api/callbacks/abc", "GET, PATCH, DELETE, HEAD, OPTIONS"],
      ["POST", "/api/health", "GET, HEAD, OPTIONS"],
      ["GET", "/api/auth/sign-out", "POST, OPTIONS"],
      ["patch", "/api/v1/reviews/2026-03-02/complete", "POST, OPTIONS"],
    ] as const) {
      const { answer } = apiFront({ method, pathname: url }, undefined);
      expect(answer?.status, `${method} ${url}`).toBe(405);
      expect(answer?.headers.Allow).toBe(allow);
      expect((JSON.parse(answer!.body) as { error: { code: string } }).error.code).toBe("METHOD_NOT_ALLOWED");
    }
    for (const [method, url] of [["GET", "/api/v1/callbacks"], ["POST", "/api/v1/callbacks/abc/settle"], ["HEAD", "/api/health"], ["OPTIONS", "/api/v1/callbacks"], ["PUT", "/api/v1/nowhere"]] as const) {
      const front = apiFront({ method, pathname: url }, undefined);
      expect(front.answer, `${method} ${url}`).toBeNull();
      expect(front.headers["X-Content-Type-Options"]).toBe("nosniff");
    }
  });

  test("a target that reaches /api/ only once Next resolves it (dot segments, encoded ones, doubled slashes) is an API request too", () => {
    for (const [target, expected] of [
      ["/api/v1/callbacks?x=1", "/api/v1/callbacks"],
      ["/foo/../api/health", "/api/health"],
      ["/./api/health", "/api/health"],
      ["/foo/%2e%2e/api/health", "/api/health"],
      ["/%2E/api/health", "/api/health"],
      ["//api/health", "/api/health"],
      ["/api/v1/../v1/callbacks#frag", "/api/v1/callbacks"],
      ["/api/../callbacks", null],
      ["/api", null],
      ["/apiary/x", null],
      ["/callbacks", null],
    ] as const) expect(apiPathOf(target), target).toBe(expected);
  });

  test("the request id: the client's when it looks like one, else a new one on request and response; HSTS only over https", () => {
    const kept = apiFront({ method: "GET", pathname: "/api/health", requestId: "trace-1234abcd" }, undefined);
    expect(kept.requestId).toBe("trace-1234abcd");
    expect(kept.headers["X-Request-Id"]).toBe("trace-1234abcd");
    const fresh = apiFront({ method: "GET", pathname: "/api/health", requestId: "<script>" }, undefined);
    expect(fresh.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(fresh.headers["X-Request-Id"]).toBe(fresh.requestId);
    expect(fresh.headers["Strict-Transport-Security"]).toBeUndefined();
    expect(apiFront({ method: "GET", pathname: "/api/health", forwardedProto: "https" }, undefined).headers["Strict-Transport-Security"]).toMatch(/^max-age=/);
    expect(apiFront({ method: "GET", pathname: "/api/health" }, "https://loop.example").headers["Strict-Transport-Security"]).toMatch(/^max-age=/);
  });
});

describe("paths with a broken percent-encoding", () => {
  test.each(["/api/callbacks/%E0%A4%A", "/api/v1/callbacks/%E0%A4%A", "/api/v1/callbacks/abc%ZZ/settle", "/api/%", "/api/v1/callbacks/%C0%80?x=1"])("%s is a JSON 400", (target) => {
    const problem = malformedPathProblem(target);
    expect(problem).toMatch(/percent-encoding/);
    const answer = malformedPathAnswer(target, problem!);
    expect(answer.status).toBe(400);
    expect(answer.headers["Content-Type"]).toBe("application/json");
    expect(JSON.parse(answer.body)).toEqual({ error: { code: "BAD_REQUEST", message: problem } });
  });

  test("a page path gets a short HTML page; well-formed paths (query included) are left to Next", () => {
    const answer = malformedPathAnswer("/callbacks/%E0%A4%A", malformedPathProblem("/callbacks/%E0%A4%A")!);
    expect(answer.status).toBe(400);
    expect(answer.headers["Content-Type"]).toContain("text/html");
    for (const target of ["/api/callbacks/abc", "/api/v1/callbacks?q=%E0%A4%A", "/callbacks/%E0%A4%A4", "/", "/api/v1/callbacks/%00"]) expect(malformedPathProblem(target), target).toBeNull();
  });
});
