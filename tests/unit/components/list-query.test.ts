import { describe, expect, test } from "vitest";
import { firstValues, hasActiveFilters, listHref, showingRange } from "@/components/callbacks/list-query";
import { listCallbacksSchema } from "@/lib/validation/callbacks";

describe("listHref", () => {
  test.each([
    [{}, {}, "/callbacks"],
    [{ state: "OPEN", sort: "deadline", page: 1 }, {}, "/callbacks"],
    [{ state: "ALL", sort: "ev", page: 1 }, {}, "/callbacks?state=ALL&sort=ev"],
    [{ state: "OPEN", q: "  acme  ", sort: "deadline", page: 1 }, {}, "/callbacks?q=acme"],
    [{ state: "OPEN", q: "", areaId: "", sort: "deadline", page: 1 }, {}, "/callbacks"],
    [{ state: "PENDING", kind: "JOB_APPLICATION", lateness: "overdue", sort: "deadline", page: 1 }, { page: 3 }, "/callbacks?state=PENDING&kind=JOB_APPLICATION&lateness=overdue&page=3"],
    [{ state: "OPEN", q: "a&b=c", sort: "newest", page: 4 }, { page: null }, "/callbacks?q=a%26b%3Dc&sort=newest"],
    [{ state: "OPEN", areaId: "area1", sort: "deadline", page: 2 }, { areaId: null }, "/callbacks?page=2"],
  ] as const)("%o with %o → %s", (query, patch, href) => {
    expect(listHref(query as never, patch as never)).toBe(href);
  });

  test("round-trips through the list's schema", () => {
    const query = listCallbacksSchema.parse({ state: "REJECTED", areaId: "a1", kind: "HEALTH", lateness: "timed_out", q: "dr who", sort: "probability", page: "2" });
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
    [1, 50, 1234, "Showing 1–50 of 1,234"],
    [2, 50, 1234, "Showing 51–100 of 1,234"],
    [25, 50, 1234, "Showing 1,201–1,234 of 1,234"],
    [1, 50, 7, "Showing 1–7 of 7"],
    [1, 50, 0, "Showing 0 of 0"],
  ])("page %s of size %s, total %s", (page, size, total, text) => {
    expect(showingRange(page, size, total)).toBe(text);
  });
});

test("firstValues keeps the first of repeated keys and drops undefined", () => {
  expect(firstValues({ a: "1", b: ["2", "3"], c: undefined })).toEqual({ a: "1", b: "2" });
});
