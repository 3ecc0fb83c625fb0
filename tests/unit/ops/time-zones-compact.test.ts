import { describe, expect, test } from "vitest";
import { compactZones, expandZones, listTimeZoneOptions } from "@/lib/time-zones";

describe("compact zone list", () => {
  test("expands back to exactly the full options, in order", () => {
    const full = listTimeZoneOptions(new Date("2026-07-01T12:00:00Z"));
    const compact = compactZones(full);
    expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(full).length / 2);
    expect(expandZones(compact)).toEqual(full);
  });
});
