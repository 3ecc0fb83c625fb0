import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DATE_SHORTCUTS, parseDateShortcut } from "@/lib/domain/date-shortcuts";
import { instantToWallClock } from "@/lib/domain/wall-clock";

// Monday 30 November 2026, 15:20 in Berlin.
const NOW = new Date("2026-11-30T14:20:00Z");
const ZONE = "Europe/Berlin";

function wall(text: string, timeOfDay?: string, now = NOW, zone = ZONE): string | null {
  const date = parseDateShortcut(text, now, zone, timeOfDay);
  return date ? instantToWallClock(date, zone) : null;
}

describe("date shortcuts", () => {
  it.each([
    ["today", undefined, "2026-11-30T15:20"],
    ["tomorrow", undefined, "2026-12-01T15:20"],
    ["in 3 days", undefined, "2026-12-03T15:20"],
    ["In 3 Days", undefined, "2026-12-03T15:20"],
    ["+3d", undefined, "2026-12-03T15:20"],
    ["+2w", undefined, "2026-12-14T15:20"],
    ["in 2 weeks", "18:00", "2026-12-14T18:00"],
    ["+1m", undefined, "2026-12-30T15:20"],
    ["next monday", "09:00", "2026-12-07T09:00"], // today is Monday: the next one
    ["monday", "09:00", "2026-12-07T09:00"],
    ["fri", undefined, "2026-12-04T15:20"],
    ["next Friday", "17:30", "2026-12-04T17:30"],
  ])("%s (time %s) → %s", (text, time, expected) => {
    expect(wall(text, time)).toBe(expected);
  });

  it.each(["", "soon", "+3x", "in days", "-3d", "+9999d", "next week-ish", "3d"])("%j is not a shortcut", (text) => {
    expect(parseDateShortcut(text, NOW, ZONE)).toBeNull();
  });

  it("keeps the wall-clock time across a DST change", () => {
    // Saturday 24 October 2026 18:00 in Berlin; the clocks go back on the 25th.
    const now = new Date("2026-10-24T16:00:00Z");
    expect(wall("+2d", undefined, now)).toBe("2026-10-26T18:00");
  });

  it("counts days in the profile's zone, not UTC", () => {
    // 23:30 on 30 Nov in New York is already 1 Dec in UTC.
    const now = new Date("2026-12-01T04:30:00Z");
    expect(wall("tomorrow", "09:00", now, "America/New_York")).toBe("2026-12-01T09:00");
  });

  it("every offered chip parses, and always lands in the future", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_000_000_000_000 }), fc.constantFrom("UTC", "Asia/Tokyo", ZONE, "America/New_York"), (ms, zone) => {
        const now = new Date(ms);
        for (const shortcut of DATE_SHORTCUTS) {
          const date = parseDateShortcut(shortcut.text, now, zone);
          expect(date).not.toBeNull();
          expect(date!.getTime()).toBeGreaterThan(now.getTime());
        }
      }),
      { numRuns: 200 },
    );
  });
});
