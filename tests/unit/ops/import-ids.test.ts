import { describe, expect, test } from "vitest";
import { importIdFactory } from "@/lib/server/data-import/import-support";

describe("importIdFactory", () => {
  test("ids are 25 characters of [0-9a-z], strictly increasing and distinct, across refills of the random pool", () => {
    const newId = importIdFactory(new Date("2026-12-01T18:00:00Z"));
    const ids = Array.from({ length: 3000 }, () => newId());
    for (const id of ids) expect(id).toMatch(/^c[0-9a-z]{24}$/);
    for (let i = 1; i < ids.length; i += 1) expect(ids[i]! > ids[i - 1]!).toBe(true);
    // The random tails differ (48 bits each): not one value repeated.
    expect(new Set(ids.map((id) => id.slice(-8))).size).toBeGreaterThan(2990);
  });

  test("two factories at the same instant do not collide", () => {
    const at = new Date("2026-12-01T18:00:00Z");
    const a = importIdFactory(at);
    const b = importIdFactory(at);
    expect(a()).not.toBe(b());
  });
});
