import { describe, expect, test } from "vitest";
import { COMPRESS_FROM_CHARS, jsonResponse } from "@/lib/json-response";

describe("jsonResponse", () => {
  test("a short body is marked no-transform (Next's gzip leaves it alone), keeping the caller's Cache-Control", async () => {
    const plain = jsonResponse({ ok: true });
    expect(plain.headers.get("content-type")).toBe("application/json");
    expect(plain.headers.get("cache-control")).toBe("no-transform");
    expect(await plain.json()).toEqual({ ok: true });

    const noStore = jsonResponse({ ok: true }, { status: 201, headers: { "Cache-Control": "no-store", "X-Extra": "1" } });
    expect(noStore.status).toBe(201);
    expect(noStore.headers.get("cache-control")).toBe("no-store, no-transform");
    expect(noStore.headers.get("x-extra")).toBe("1");
  });

  test("a long body (a list, an export) stays compressible", async () => {
    const items = Array.from({ length: 100 }, (_, i) => ({ id: `item-${i}`, title: "x".repeat(40) }));
    expect(JSON.stringify({ items }).length).toBeGreaterThan(COMPRESS_FROM_CHARS);
    const response = jsonResponse({ items }, { headers: { "Cache-Control": "no-store" } });
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(((await response.json()) as { items: unknown[] }).items).toHaveLength(100);
  });
});
