import { describe, expect, test } from "vitest";
import { firstValues, hasActiveFilters, listHref, showingRange } from "@/components/callbacks/list-query";
import { listCallbacksSchema } from "@/lib/validation/callbacks";

describe("listHref", () => {
  test.each([
    [{}, {}, "/callbacks"],
    [{ state: "OPEN", sort: "deadline" }, {}, "/callbacks"],
    [{ state: "ALL", sort: "ev" }, {}, "/callbacks?state=ALL&sort=ev"],
    [{ state: "OPEN", q: "  acme  ", sort: "deadline" }, {}, "/callbacks?q=acme"],
    [{ state: "OPEN", q: "", areaId: "", sort: "deadline" }, {}, "/callbacks"],
    [{ state: "PENDING", kind: "JOB_APPLICATION", lateness: "overdue", sort: "deadline" }, { cursor: "eyJ2Ijoy" }, "/callbacks?state=PENDING&kind=JOB_APPLICATION&lateness=overdue&cursor=eyJ2Ijoy"],
    [{ state: "OPEN", q: "a&b=c", sort: "newest", cursor: "abc" }, { cursor: null }, "/callbacks?q=a%26b%3Dc&sort=newest"],
    [{ state: "OPEN", areaId: "area1", sort: "deadline" }, { areaId: null }, "/callbacks"],
  ] as const)("%o with %o → %s", (query, patch, href) => {
    expect(listHref(query as never, patch as never)).toBe(href);
  });

  test("round-trips through the list's schema", () => {
    const query = listCallbacksSchema.parse({ state: "REJECTED", areaId: "a1", kind: "HEALTH", lateness: "timed_out", q: "dr who", sort: "probability", cursor: "eyJ2Ijoy" });
    const search = new URLSearchParams(listHref(query).split("?")[1]);
    expect(listCallbacksSchema.parse(Object.fromEntries(search))).toEqual(query);
  });
});

describe("hasActiveFilters", () => {
  test.each([
    [{ state: "OPEN" }, false],
    [{ state: "ALL" }, true],
    [{ state: "OPEN", q: "x" }, true],
    [{ state: "OPEN", areaId: "a" }, true],
    [{ state: "OPEN", kind: "OTHER" }, true],
    [{ state: "OPEN", lateness: "overdue" }, true],
    [{ state: "OPEN", q: "" }, false],
  ] as const)("%o → %s", (query, expected) => {
    expect(hasActiveFilters(query as never)).toBe(expected);
  });
});

describe("showingRange", () => {
  test.each([
    [0, 50, 1234, "Showing 1–50 of 1,234"],
    [50, 50, 1234, "Showing 51–100 of 1,234"],
    [1200, 34, 1234, "Showing 1,201–1,234 of 1,234"],
    [0, 7, 7, "Showing 1–7 of 7"],
    [0, 0, 0, "Showing 0 of 0"],
  ])("from place %s, %s shown, total %s", (first, shown, total, text) => {
    expect(showingRange(first, shown, total)).toBe(text);
  });
});

test("firstValues keeps the first of repeated keys and drops undefined", () => {
  expect(firstValues({ a: "1", b: ["2", "3"], c: undefined })).toEqual({ a: "1", b: "2" });
});
