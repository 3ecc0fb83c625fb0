// Which requests the server hands straight to a v1 route handler (lib/api-direct.ts), and which
// stay with Next: only a path Next would route to the same file, unchanged.
import { readdirSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { directRouteFor, serveDirect } from "@/lib/api-direct";
import { jsonResponse } from "@/lib/json-response";

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

/** A server whose every request is served directly by `handler`; the raw answer of one request to it. */
async function answerOf(handler: () => Response, headers: Record<string, string> = {}): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  const server = http.createServer((req, res) => {
    void serveDirect(req, res, async () => handler(), { routeDir: "api/v1/test", params: {} }, { origin: "http://localhost", port: 0 });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const { port } = server.address() as AddressInfo;
    return await new Promise((resolve, reject) => {
      http
        .get({ host: "127.0.0.1", port, path: "/api/v1/test", headers }, (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
        })
        .on("error", reject);
    });
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

describe("serveDirect's answers", () => {
  test("a JSON answer goes out whole with its length (one write), not chunked", async () => {
    const data = { title: "Café “Zürich” — follow-up", n: 3 };
    const { headers, body } = await answerOf(() => jsonResponse(data), { "Accept-Encoding": "gzip" });
    expect(headers["transfer-encoding"]).toBeUndefined();
    expect(headers["content-encoding"]).toBeUndefined();
    expect(Number(headers["content-length"])).toBe(body.length);
    expect(JSON.parse(body.toString("utf8"))).toEqual(data);
  });

  test("a long JSON answer is gzipped for a client that accepts it, with no stale length", async () => {
    const data = { items: Array.from({ length: 200 }, (_, i) => ({ id: `item-${i}`, title: "A bet worth following up" })) };
    const { headers, body } = await answerOf(() => jsonResponse(data), { "Accept-Encoding": "gzip" });
    expect(headers["content-encoding"]).toBe("gzip");
    expect(headers["content-length"] === undefined || Number(headers["content-length"]) === body.length).toBe(true);
    expect(JSON.parse(gunzipSync(body).toString("utf8"))).toEqual(data);
    const plain = await answerOf(() => jsonResponse(data));
    expect(Number(plain.headers["content-length"])).toBe(plain.body.length);
    expect(JSON.parse(plain.body.toString("utf8"))).toEqual(data);
  });

  test("a streamed answer (no declared length) is sent chunk by chunk, whole", async () => {
    const parts = ["id,title\n", "1,First\n", "2,Second\n"];
    const stream = () =>
      new Response(
        new ReadableStream<Uint8Array>({
          start(controller) {
            for (const part of parts) controller.enqueue(new TextEncoder().encode(part));
            controller.close();
          },
        }),
        { headers: { "Content-Type": "text/csv" } },
      );
    const { headers, body } = await answerOf(stream);
    expect(headers["transfer-encoding"]).toBe("chunked");
    expect(body.toString("utf8")).toBe(parts.join(""));
  });
});
