import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { DEFAULT_AREAS, checkAreaTargets, describeAreaTargetsIssue } from "@/lib/domain/areas";

const area = (name: string, targetPct: number, isArchived = false) => ({ name, targetPct, isArchived });

describe("checkAreaTargets", () => {
  test("the seed areas are valid and sum to 100", () => {
    expect(checkAreaTargets(DEFAULT_AREAS.map((a) => area(a.name, a.targetPct)))).toEqual([]);
  });

  test.each([
    { areas: [area("A", 60), area("B", 40)], issues: [] },
    { areas: [area("A", 60), area("B", 30)], issues: [{ kind: "sum", sum: 90 }] },
    { areas: [area("A", 60), area("B", 50)], issues: [{ kind: "sum", sum: 110 }] },
    // Archived areas do not count towards the sum.
    { areas: [area("A", 100), area("B", 30, true)], issues: [] },
    { areas: [area("A", 50, true)], issues: [{ kind: "no-active-area" }] },
    { areas: [area("A", 50), area(" a ", 50)], issues: [{ kind: "duplicate-name", index: 1, name: "a" }] },
    // A name clash with an archived area is still a clash: names are unique per user.
    { areas: [area("A", 100), area("a", 0, true)], issues: [{ kind: "duplicate-name", index: 1, name: "a" }] },
  ])("$areas → $issues", ({ areas, issues }) => {
    expect(checkAreaTargets(areas)).toEqual(issues);
  });

  test("any set of active targets is accepted exactly when it sums to 100", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 8 }), (targets) => {
        const issues = checkAreaTargets(targets.map((t, i) => area(`Area ${i}`, t)));
        const sum = targets.reduce((s, t) => s + t, 0);
        expect(issues.length === 0).toBe(sum === 100);
      }),
    );
  });
});

describe("describeAreaTargetsIssue", () => {
  test.each([
    [{ kind: "sum", sum: 95 } as const, "they add up to 95 % (5 % left to assign)"],
    [{ kind: "sum", sum: 120 } as const, "they add up to 120 % (20 % too much)"],
    [{ kind: "duplicate-name", index: 2, name: "Health" } as const, "Two areas are called “Health”"],
    [{ kind: "no-active-area" } as const, "Keep at least one active area."],
  ])("%j", (issue, text) => {
    expect(describeAreaTargetsIssue(issue)).toContain(text);
  });
});
