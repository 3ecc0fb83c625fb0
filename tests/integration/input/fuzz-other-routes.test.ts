// Property: arbitrary input to the route handlers of app/api outside v1 (the first wave's
// /api/callbacks aliases, the health check, sign-out, unsubscribe) is answered without a
// 5xx; every refusal of ours is a 4xx JSON error with a message.
import { beforeAll, describe, expect, test } from "vitest";
import { OTHER_API_ROUTES } from "@/lib/api-methods";
import { V1_OPERATIONS } from "@/lib/v1/operations";
import { ORIGIN } from "../api/helpers";
import { type Fixture, type FuzzRoute, type Handler, INPUTS_PER_ROUTE, checkAnswer, createFuzzFixture } from "./fuzz-harness";
import { fuzzRoute, statsLine } from "./fuzz-run";

let fixture: Fixture;
// Generous: on a busy machine the fixture's few writes wait behind every other test file.
beforeAll(async () => {
  fixture = await createFuzzFixture();
}, 600_000);

type Module = Record<string, Handler | undefined>;
const MODULES: Record<string, () => Promise<unknown>> = {
  "/api/callbacks": () => import("@/app/api/callbacks/route"),
  "/api/callbacks/{id}": () => import("@/app/api/callbacks/[id]/route"),
  "/api/health": () => import("@/app/api/health/route"),
  "/api/auth/sign-out": () => import("@/app/api/auth/sign-out/route"),
  "/api/unsubscribe/{token}": () => import("@/app/api/unsubscribe/[token]/route"),
  "/api/calendar/{file}": () => import("@/app/api/calendar/[file]/route"),
};

/** The aliases parse with the v1 operation they alias (same handler, same schemas). */
function aliasRoutes(): FuzzRoute[] {
  const routes: FuzzRoute[] = [];
  for (const { path, methods } of OTHER_API_ROUTES) {
    const load = MODULES[path];
    if (!load) continue;
    for (const method of methods) {
      // HEAD runs the GET handler's code without a body (and a Request can't carry the harness's body with HEAD).
      if (method === "HEAD" && methods.includes("GET")) continue;
      const operation = V1_OPERATIONS.find((each) => each.method === method && each.path === path.replace("/api/", "/api/v1/"));
      routes.push({
        name: `${method} ${path}`,
        method,
        path,
        load: async () => ((await load()) as Module)[method]!,
        params: [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!),
        body: null,
        query: null,
        hasBody: method !== "GET" && method !== "DELETE",
        operation,
      });
    }
  }
  return routes;
}

/** NextAuth's own handler needs Next's request scope; it is exercised end to end (tests/e2e/auth.spec.ts). */
const NOT_FUZZED_HERE = new Set(["/api/auth/{...nextauth}"]);

describe("fuzz: API routes outside v1", () => {
  test("every route outside v1 is fuzzed here", () => {
    expect(OTHER_API_ROUTES.map((route) => route.path).filter((path) => !MODULES[path] && !NOT_FUZZED_HERE.has(path))).toEqual([]);
  });

  // Sign-out revokes the session it is sent with: last, so the other routes keep theirs.
  const routes = aliasRoutes().sort((a, b) => Number(a.path.includes("sign-out")) - Number(b.path.includes("sign-out")));
  for (const route of routes) {
    test(`${route.name}: ${INPUTS_PER_ROUTE} generated inputs, no 5xx, every refusal a 4xx JSON error`, { timeout: 180_000 }, async () => {
      const started = performance.now();
      const stats = await fuzzRoute(route, fixture);
      if (process.env.LIFELOOP_FUZZ_STATS) console.log(statsLine(route.name, stats, performance.now() - started));
      expect(stats.inputs).toBe(INPUTS_PER_ROUTE);
    });
  }

  test("a body over 1 MB, a body that isn't JSON and an empty body are refused with JSON errors", async () => {
    const { POST } = await import("@/app/api/callbacks/route");
    for (const [body, status] of [["x".repeat(1024 * 1024 + 10), 413], ["{\"title\":", 400], ["not json at all", 400], ["", 422]] as const) {
      const response = await POST(new Request(new URL("/api/callbacks", ORIGIN), { method: "POST", headers: { authorization: `Bearer ${fixture.token}`, "content-type": "application/json" }, body }), {
        params: Promise.resolve({}),
      });
      expect(response.status).toBe(status);
      await checkAnswer(response, () => `body of ${body.length} characters`);
    }
  });
});
