// Which requests the server hands straight to a v1 route handler (lib/api-direct.ts), and which
// stay with Next: only a path Next would route to the same file, unchanged.
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { directRouteFor } from "@/lib/api-direct";

const APP_DIR = fileURLToPath(new URL("../../../app", import.meta.url));

/** Every route folder under app/api/v1, relative to app/ ("api/v1/callbacks/[id]/settle"). */
function v1RouteDirs(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name));
      else if (entry.name === "route.ts") found.push(path.relative(APP_DIR, dir).split(path.sep).join("/"));
    }
  };
  walk(path.join(APP_DIR, "api", "v1"));
  return found;
}

describe("directRouteFor", () => {
  test("every v1 route folder is reached by its own path, with its parameters", () => {
    const dirs = v1RouteDirs();
    expect(dirs.length).toBeGreaterThan(30);
    for (const dir of dirs) {
      const concrete = `/${dir.replace(/\[(\w+)\]/g, "value-of-$1")}`;
      const route = directRouteFor(`${concrete}?limit=5`);
      expect(route?.routeDir, concrete).toBe(dir);
      for (const [, name] of dir.matchAll(/\[(\w+)\]/g)) expect(route?.params[name!]).toBe(`value-of-${name}`);
    }
  });

  test.each([
    ["/api/v1/callbacks/a%20b/settle", "api/v1/callbacks/[id]/settle", { id: "a b" }],
    ["/api/v1/callbacks/%E2%9C%93", "api/v1/callbacks/[id]", { id: "✓" }],
    ["/api/v1/callbacks/a%2Fb/events?x=1", "api/v1/callbacks/[id]/events", { id: "a/b" }],
    ["/api/v1/reviews/2026-W48/complete", "api/v1/reviews/[week]/complete", { week: "2026-W48" }],
    ["/api/v1/export/schema", "api/v1/export/schema", {}],
    ["/api/v1/openapi.json", "api/v1/openapi.json", {}],
  ])("%s → %s", (target, routeDir, params) => {
    expect(directRouteFor(target)).toEqual({ routeDir, params });
  });

  test.each([
    ["/api/v1/load/", "a trailing slash (Next redirects it)"],
    ["/api/v1//load", "an empty segment"],
    ["//api/v1/load", "a doubled leading slash (Next redirects it)"],
    ["/api/v1/x/../load", "a dot segment (Next routes the resolved path)"],
    ["/api/v1/callbacks/%2e%2e/load", "an encoded dot segment"],
    ["/api/v1/callbacks/./settle", "a single dot segment"],
    ["/api/v1", "the v1 root"],
    ["/api/v1/", "the v1 root with a slash"],
    ["/api/v1/no-such-thing", "no v1 route"],
    ["/api/v1/callbacks/a/b/c/d", "too many segments"],
    ["/api/callbacks", "the API outside v1"],
    ["/api/health", "the health check"],
    ["/today", "a page"],
    ["/api/v1/callbacks/%E0%A4%A", "a broken percent-encoding"],
  ])("%s stays with Next: %s", (target) => {
    expect(directRouteFor(target)).toBeNull();
  });
});
