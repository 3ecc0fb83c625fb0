import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  assertCanCancel,
  assertCanClose,
  canReword,
  checkEdit,
  TYPO_FIX_MINUTES,
  typoFixEndsAt,
  commitmentStatus,
  competesMessage,
  competingCommitments,
  endedAt,
  isLocked,
  lockEndsAt,
  lockFromDay,
  validateCommitmentDates,
  validateNewStart,
} from "@/lib/domain/commitments";
import { addDaysToKey, daysBetweenKeys, startOfDayKeyInZone } from "@/lib/domain/day-keys";
import { dayKeyInZone } from "@/lib/domain/time";

const utc = (iso: string): Date => new Date(iso);
const NY = "America/New_York";
const BERLIN = "Europe/Berlin";
const TOKYO = "Asia/Tokyo";
const ZONES = ["UTC", NY, BERLIN, TOKYO, "Australia/Lord_Howe", "America/Santiago"] as const;

describe("validateCommitmentDates: the end is 7–366 days after the start", () => {
  test.each([
    ["2026-03-01", "2026-03-08", true],
    ["2026-03-01", "2026-03-07", false],
    ["2026-03-01", "2026-03-01", false],
    ["2026-03-01", "2026-02-20", false],
    ["2026-03-01", "2027-03-02", true], // 366 days
    ["2026-03-01", "2027-03-03", false],
    // Across New York's DST change: calendar days, not 24-hour periods.
    ["2026-03-02", "2026-03-09", true],
  ])("%s → %s ok=%s", (start, end, ok) => {
    if (ok) expect(() => validateCommitmentDates(start, end)).not.toThrow();
    else expect(() => validateCommitmentDates(start, end)).toThrow(expect.objectContaining({ code: "INVALID_DURATION" }));
  });

  test("the message names the earliest end", () => {
    expect(() => validateCommitmentDates("2026-03-01", "2026-03-03")).toThrow(/at least 7 days.*Mar 8, 2026/);
  });

  test("a new start at most 30 days back, in the user's zone", () => {
    const now = utc("2026-03-31T02:00:00Z"); // Mar 30, 22:00 in New York
    expect(() => validateNewStart("2026-02-28", now, NY)).not.toThrow();
    expect(() => validateNewStart("2026-02-27", now, NY)).toThrow(expect.objectContaining({ code: "INVALID_DATE" }));
    expect(() => validateNewStart("2026-03-01", now, "UTC")).not.toThrow();
    expect(() => validateNewStart("2026-02-28", now, "UTC")).toThrow();
  });

  test("property: accepted exactly when 7 ≤ days ≤ 366", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4000 }), fc.integer({ min: -30, max: 400 }), (offset, length) => {
        const start = addDaysToKey("2024-01-01", offset);
        const end = addDaysToKey(start, length);
        let ok = true;
        try {
          validateCommitmentDates(start, end);
        } catch {
          ok = false;
        }
        expect(ok).toBe(length >= 7 && length <= 366);
        expect(daysBetweenKeys(start, end)).toBe(length);
      }),
    );
  });
});

describe("isLocked: the first 7 calendar days, in the user's zone", () => {
  test.each([
    // New York, start Thu 2026-03-05 (EST, UTC−5); DST starts Sun 2026-03-08; lock ends at 00:00 EDT (UTC−4) on the 12th.
    ["2026-03-05T04:59:59Z", NY, false], // 23:59:59 on the 4th
    ["2026-03-05T05:00:00Z", NY, true], // 00:00 on the 5th
    ["2026-03-08T07:30:00Z", NY, true], // just after the jump
    ["2026-03-12T03:59:59Z", NY, true], // 23:59:59 EDT on the 11th
    ["2026-03-12T04:00:00Z", NY, false], // 00:00 EDT on the 12th (a naive 7×24 h would still say locked)
    ["2026-03-12T04:30:00Z", NY, false],
    // The same start day in Tokyo (no DST): the lock ends at 15:00 UTC on the 11th.
    ["2026-03-04T15:00:00Z", TOKYO, true],
    ["2026-03-11T14:59:59Z", TOKYO, true],
    ["2026-03-11T15:00:00Z", TOKYO, false],
  ])("start 2026-03-05, at %s in %s → %s", (at, zone, locked) => {
    expect(isLocked("2026-03-05", utc(at), zone)).toBe(locked);
  });

  test.each([
    // Berlin, start Tue 2026-10-20 (CEST, UTC+2); DST ends Sun 2026-10-25; lock ends at 00:00 CET (UTC+1) on the 27th.
    ["2026-10-19T21:59:59Z", false],
    ["2026-10-19T22:00:00Z", true],
    ["2026-10-26T22:30:00Z", true], // 23:30 CET on the 26th (a naive 7×24 h would say unlocked)
    ["2026-10-26T22:59:59Z", true],
    ["2026-10-26T23:00:00Z", false],
  ])("Berlin across the autumn change: at %s → %s", (at, locked) => {
    expect(isLocked("2026-10-20", utc(at), BERLIN)).toBe(locked);
  });

  test("lockEndsAt is local midnight, not start + 168 h, across a DST change", () => {
    expect(lockEndsAt("2026-03-05", NY).toISOString()).toBe("2026-03-12T04:00:00.000Z");
    expect(lockEndsAt("2026-10-20", BERLIN).toISOString()).toBe("2026-10-26T23:00:00.000Z");
  });

  test("property: locked exactly when today (in the zone) is one of the first 7 days", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 800 }),
        fc.integer({ min: -3 * 86_400_000, max: 12 * 86_400_000 }),
        fc.constantFrom(...ZONES),
        (offset, deltaMs, zone) => {
          const startsOn = addDaysToKey("2025-06-01", offset);
          const now = new Date(startOfDayKeyInZone(startsOn, zone).getTime() + deltaMs);
          const today = dayKeyInZone(now, zone);
          expect(isLocked(startsOn, now, zone)).toBe(today >= startsOn && today <= addDaysToKey(startsOn, 6));
        },
      ),
    );
  });
});

describe("checkEdit: what the lock allows", () => {
  const current = {
    startsOn: "2026-03-05",
    endsOn: "2026-03-31",
    cadence: "DAILY" as const,
    state: "ACTIVE" as const,
    areaId: "area-1",
    lockFrom: "2026-03-05",
    title: "Ship the site",
    why: "It gates every application",
    createdAt: utc("2026-03-04T15:00:00Z"),
  };
  const inLock = utc("2026-03-09T15:00:00Z");
  const afterLock = utc("2026-03-13T15:00:00Z");
  const beforeStart = utc("2026-03-03T15:00:00Z");

  test.each([
    ["extend the end", { endsOn: "2026-04-15" }],
    ["keep the end", { endsOn: "2026-03-31" }],
    ["the same title and why", { title: "Ship the site", why: "It gates every application" }],
    ["weekly → daily is harder (from weekly)", { cadence: "DAILY" as const }],
    ["same area", { areaId: "area-1" }],
  ])("in the lock: %s is allowed", (_label, edit) => {
    expect(() => checkEdit(current, edit, inLock, NY)).not.toThrow();
  });

  test("in the lock, weekly → daily is allowed", () => {
    expect(checkEdit({ ...current, cadence: "WEEKLY" }, { cadence: "DAILY" }, inLock, NY).cadence).toBe("DAILY");
  });

  test.each([
    ["shorten", { endsOn: "2026-03-20" }, /can't be shortened/],
    ["ease to weekly", { cadence: "WEEKLY" as const }, /can't be eased/],
    ["move the area", { areaId: "area-2" }, /area can't change/],
    ["drop the area", { areaId: null }, /area can't change/],
    ["reword the title", { title: "Maybe look at the site" }, /title and why can't change/],
    ["reword the why", { why: "No reason" }, /title and why can't change/],
  ])("in the lock: %s is refused with 'locked until <day>'", (_label, edit, message) => {
    expect(() => checkEdit(current, edit, inLock, NY)).toThrow(message);
    expect(() => checkEdit(current, edit, inLock, NY)).toThrow(/locked until Thu, Mar 12, 2026/);
  });

  test("typo fixes: title and why may change in the first hour after it was made, even in the lock", () => {
    // Made at 09:00 New York on its first day (the lock holds from midnight).
    const made = { ...current, createdAt: utc("2026-03-05T14:00:00Z") };
    const fix = { title: "Ship the site!", why: "It gates every job application" };
    expect(() => checkEdit(made, fix, utc("2026-03-05T14:59:59Z"), NY)).not.toThrow();
    expect(canReword(made.lockFrom, made.createdAt, utc("2026-03-05T14:59:59Z"), NY)).toBe(true);
    expect(() => checkEdit(made, fix, utc("2026-03-05T15:00:00Z"), NY)).toThrow(/locked until Thu, Mar 12, 2026/);
    expect(canReword(made.lockFrom, made.createdAt, utc("2026-03-05T15:00:00Z"), NY)).toBe(false);
    expect(typoFixEndsAt(made.createdAt)).toEqual(utc("2026-03-05T15:00:00Z"));
    expect(TYPO_FIX_MINUTES).toBe(60);
  });

  test("rewording is free before the start and after the lock", () => {
    expect(() => checkEdit(current, { title: "New", why: "Because" }, beforeStart, NY)).not.toThrow();
    expect(() => checkEdit(current, { title: "New", why: "Because" }, afterLock, NY)).not.toThrow();
    expect(canReword(current.lockFrom, current.createdAt, afterLock, NY)).toBe(true);
  });

  test("after the lock: shortening and easing are allowed, the start is fixed", () => {
    expect(checkEdit(current, { endsOn: "2026-03-20", cadence: "WEEKLY" }, afterLock, NY)).toEqual({
      startsOn: "2026-03-05",
      endsOn: "2026-03-20",
      cadence: "WEEKLY",
    });
    expect(() => checkEdit(current, { startsOn: "2026-03-10" }, afterLock, NY)).toThrow(/start day can't change/);
  });

  test("never shorter than 7 days, lock or not", () => {
    expect(() => checkEdit(current, { endsOn: "2026-03-11" }, afterLock, NY)).toThrow(expect.objectContaining({ code: "INVALID_DURATION" }));
  });

  test("before the start: anything, with a start from today on", () => {
    expect(checkEdit(current, { startsOn: "2026-03-06", endsOn: "2026-03-13", cadence: "WEEKLY" }, beforeStart, NY).startsOn).toBe("2026-03-06");
    expect(() => checkEdit(current, { startsOn: "2026-03-01" }, beforeStart, NY)).toThrow(/today or later/);
  });

  test("closed commitments can't be edited", () => {
    expect(() => checkEdit({ ...current, state: "KEPT" }, { title: "x" }, afterLock, NY)).toThrow(expect.objectContaining({ code: "ILLEGAL_TRANSITION" }));
  });

  test("cancel: refused in the lock, allowed before the start and after the lock", () => {
    expect(() => assertCanCancel(current, inLock, NY)).toThrow(/locked until Thu, Mar 12, 2026/);
    expect(() => assertCanCancel(current, beforeStart, NY)).not.toThrow();
    expect(() => assertCanCancel(current, afterLock, NY)).not.toThrow();
  });

  test("backdated: the lock counts from the day it was made, not its first day", () => {
    // Made on Mar 12 (New York) with a first day of Mar 1: locked Mar 12 through Mar 18.
    const lockFrom = lockFromDay("2026-03-01", utc("2026-03-12T15:00:00Z"), NY);
    expect(lockFrom).toBe("2026-03-12");
    const backdated = { ...current, startsOn: "2026-03-01", lockFrom };
    expect(() => assertCanCancel(backdated, utc("2026-03-15T15:00:00Z"), NY)).toThrow(/locked until Thu, Mar 19, 2026/);
    expect(() => checkEdit(backdated, { cadence: "WEEKLY" }, utc("2026-03-15T15:00:00Z"), NY)).toThrow(/can't be eased/);
    expect(() => assertCanCancel(backdated, utc("2026-03-19T05:00:00Z"), NY)).not.toThrow();
  });

  test.each([
    // [first day, made at (UTC), zone, lock's first day]
    ["2026-03-01", "2026-03-12T15:00:00Z", "America/New_York", "2026-03-12"],
    // 03:00Z on Mar 12 is still Mar 11 in New York.
    ["2026-03-01", "2026-03-12T03:00:00Z", "America/New_York", "2026-03-11"],
    // Made before a future first day: the lock starts with the commitment.
    ["2026-03-20", "2026-03-12T15:00:00Z", "America/New_York", "2026-03-20"],
    ["2026-03-12", "2026-03-12T15:00:00Z", "Asia/Tokyo", "2026-03-13"],
  ])("lockFromDay(%s, made %s in %s) = %s", (startsOn, madeAt, zone, expected) => {
    expect(lockFromDay(startsOn, utc(madeAt), zone)).toBe(expected);
  });

  test("close: from the last day on (in the zone)", () => {
    // 2026-04-01T02:00Z is still Mar 31 in New York: the last day.
    expect(() => assertCanClose(current, utc("2026-03-31T03:00:00Z"), NY)).toThrow(expect.objectContaining({ code: "NOT_YET_DUE" }));
    expect(() => assertCanClose(current, utc("2026-03-31T05:00:00Z"), NY)).not.toThrow();
  });

  test("property: after the first hour, no edit accepted in the lock rewords the title or why", () => {
    fc.assert(
      fc.property(fc.constantFrom("Ship the site", "Maybe look at a job ad", ""), fc.constantFrom("It gates every application", "", "No idea"), (title, why) => {
        let accepted = true;
        try {
          checkEdit(current, { title, why }, inLock, NY);
        } catch {
          accepted = false;
        }
        return !accepted || (title === current.title && why === current.why);
      }),
    );
  });

  test("property: no edit accepted in the lock shortens, eases or moves the area", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -20, max: 40 }),
        fc.constantFrom("DAILY" as const, "WEEKLY" as const),
        fc.constantFrom("DAILY" as const, "WEEKLY" as const),
        fc.constantFrom(null, "area-1", "area-2"),
        (endShift, from, to, areaId) => {
          const base = { ...current, cadence: from };
          try {
            const next = checkEdit(base, { endsOn: addDaysToKey(base.endsOn, endShift), cadence: to, areaId }, inLock, NY);
            expect(next.endsOn >= base.endsOn).toBe(true);
            expect(from === "DAILY" && next.cadence === "WEEKLY").toBe(false);
            expect(areaId).toBe(base.areaId);
          } catch (error) {
            expect((error as { name: string }).name).toBe("DomainError");
          }
        },
      ),
    );
  });
});

describe("status", () => {
  const c = { state: "ACTIVE" as const, startsOn: "2026-03-05", endsOn: "2026-03-12" };
  test.each([
    ["2026-03-05T04:00:00Z", "upcoming"],
    ["2026-03-05T05:00:00Z", "running"],
    ["2026-03-13T03:59:59Z", "running"],
    ["2026-03-13T04:00:00Z", "awaiting-verdict"],
  ])("at %s in New York → %s", (at, status) => {
    expect(commitmentStatus(c, utc(at), NY)).toBe(status);
  });
  test("closed states", () => {
    expect(commitmentStatus({ ...c, state: "KEPT" }, utc("2026-03-06T00:00:00Z"), NY)).toBe("kept");
    expect(commitmentStatus({ ...c, state: "BROKEN" }, utc("2026-03-06T00:00:00Z"), NY)).toBe("broken");
    expect(commitmentStatus({ ...c, state: "CANCELLED" }, utc("2026-03-06T00:00:00Z"), NY)).toBe("cancelled");
  });
  test("endedAt is the start of the day after the end, in the zone", () => {
    expect(endedAt("2026-03-12", NY).toISOString()).toBe("2026-03-13T04:00:00.000Z");
  });
});

describe("focus guard", () => {
  const now = utc("2026-03-10T15:00:00Z");
  const base = { state: "ACTIVE" as const, startsOn: "2026-03-05", endsOn: "2026-03-20" };
  const commitments = [
    { ...base, id: "writing", areaId: "a-writing" },
    { ...base, id: "no-area", areaId: null },
    { ...base, id: "future", areaId: "a-health", startsOn: "2026-03-11", endsOn: "2026-03-30" },
    { ...base, id: "ended", areaId: "a-health", startsOn: "2026-02-01", endsOn: "2026-03-09" },
    { ...base, id: "kept", areaId: "a-health", state: "KEPT" as const },
  ];
  test.each([
    ["another area", "a-jobs", ["writing"]],
    ["no area", null, ["writing"]],
    ["the same area", "a-writing", []],
  ])("a capture in %s competes with %j", (_label, areaId, ids) => {
    expect(competingCommitments(commitments, areaId, now, NY).map((c) => c.id)).toEqual(ids);
  });
  test("the question names them", () => {
    expect(competesMessage(["Book"])).toBe("This competes with “Book” — start it anyway?");
    expect(competesMessage(["A", "B", "C"])).toBe("This competes with “A”, “B” and “C” — start it anyway?");
  });
});
