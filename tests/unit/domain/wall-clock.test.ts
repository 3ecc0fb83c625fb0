import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { instantToWallClock, wallClockToInstant } from "@/lib/domain/wall-clock";

describe("wall clock in the profile's zone", () => {
  it.each([
    // The case: profile Tokyo, 18:14 there is 09:14 UTC, whatever the browser's zone.
    ["2026-11-30T18:14", "Asia/Tokyo", "2026-11-30T09:14:00.000Z"],
    ["2026-11-30T18:14", "America/New_York", "2026-11-30T23:14:00.000Z"],
    ["2026-07-01T12:00", "Europe/Berlin", "2026-07-01T10:00:00.000Z"],
    ["2026-01-01T12:00", "Europe/Berlin", "2026-01-01T11:00:00.000Z"],
    ["2026-03-29T02:30", "Europe/Berlin", "2026-03-29T01:30:00.000Z"], // skipped by DST: moves forward by the gap
    ["2026-03-08T02:30", "America/New_York", "2026-03-08T07:30:00.000Z"],
    ["2026-11-30T00:00", "UTC", "2026-11-30T00:00:00.000Z"],
  ])("%s in %s is %s", (value, zone, iso) => {
    expect(wallClockToInstant(value, zone)?.toISOString()).toBe(iso);
  });

  it.each(["", "2026-02-30T10:00", "2026-13-01T10:00", "2026-11-30 18:14", "2026-11-30T24:00", "tomorrow", "2026-11-30T18:60"])(
    "%j is not a wall-clock time",
    (value) => {
      expect(wallClockToInstant(value, "Europe/Berlin")).toBeNull();
    },
  );

  it("shows an instant in the profile's zone", () => {
    const instant = new Date("2026-11-30T09:14:00Z");
    expect(instantToWallClock(instant, "Asia/Tokyo")).toBe("2026-11-30T18:14");
    expect(instantToWallClock(instant, "America/New_York")).toBe("2026-11-30T04:14");
  });

  it("round-trips every minute-aligned instant in every zone of a sample", () => {
    const zones = ["UTC", "Asia/Tokyo", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe", "Pacific/Chatham"];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800 / 60 }), fc.constantFrom(...zones), (minutes, zone) => {
        const instant = new Date(minutes * 60_000);
        const wall = instantToWallClock(instant, zone);
        const back = wallClockToInstant(wall, zone)!;
        // A repeated hour (the autumn DST change) may resolve to the other occurrence, with the same wall clock.
        expect(instantToWallClock(back, zone)).toBe(wall);
      }),
      { numRuns: 500 },
    );
  });
});
