import { describe, expect, test } from "vitest";
import { eventDetails, formatFieldValue, probabilityChange } from "@/components/callbacks/event-format";

const context = { timeZone: "UTC", areaNames: new Map([["a1", "Networking"]]) };

describe("formatFieldValue", () => {
  test.each([
    ["title", "New title", "New title"],
    ["notes", "", "(empty)"],
    ["counterparty", null, "(empty)"],
    ["areaId", null, "No area"],
    ["areaId", "a1", "Networking"],
    ["areaId", "gone", "An area since deleted"],
    ["kind", "JOB_APPLICATION", "Job application"],
    ["payoff", 7.5, "7.5"],
    ["timesOutAt", "2025-03-03T14:05:00.000Z", "Mar 3, 2025, 2:05 PM"],
    ["timesOutAt", "not a date", "—"],
    ["notes", "x".repeat(100), `${"x".repeat(79)}…`],
  ])("%s = %o → %s", (field, value, text) => {
    expect(formatFieldValue(field, value, context).replace(/\u202f/g, " ")).toBe(text);
  });
});

describe("eventDetails", () => {
  test("an edit lists each changed field", () => {
    const details = eventDetails(
      "EDITED",
      { title: { before: "Old", after: "New" }, areaId: { before: null, after: "a1" } },
      context,
    );
    expect(details).toEqual([
      { label: "Title", before: "Old", after: "New" },
      { label: "Area", before: "No area", after: "Networking" },
    ]);
  });

  test("an extension shows the moved deadlines, skipping unchanged ones", () => {
    const details = eventDetails(
      "EXTENDED",
      {
        timesOutAtBefore: "2025-03-03T00:00:00.000Z",
        timesOutAtAfter: "2025-03-10T00:00:00.000Z",
        expectedReplyByBefore: "2025-03-01T00:00:00.000Z",
        expectedReplyByAfter: "2025-03-01T00:00:00.000Z",
      },
      context,
    );
    expect(details.map((detail) => detail.label)).toEqual(["Times out at"]);
    expect(details[0]!.before).toContain("Mar 3, 2025");
    expect(details[0]!.after).toContain("Mar 10, 2025");
  });

  test.each([
    ["SETTLED", { realisedPayoff: 8, outcome: "FULFILLED" }, [{ label: "Realised payoff", after: "8" }]],
    ["REOPENED", { timesOutAtAfter: "2025-03-10T00:00:00.000Z" }, [{ label: "Times out at", after: "Mar 10, 2025, 12:00 AM" }]],
    ["EVIDENCE", { mode: "preset" }, []],
    ["EDITED", null, []],
    ["EDITED", ["odd"], []],
  ] as const)("%s with %o", (type, data, expected) => {
    const details = eventDetails(type, data, context).map((detail) => ({ ...detail, after: detail.after.replace(/\u202f/g, " ") }));
    expect(details).toEqual(expected);
  });
});

describe("only what changed", () => {
  test("a follow-up whose deadlines read the same before and after shows no \"Dec 14 → Dec 14\"", () => {
    const details = eventDetails(
      "FOLLOW_UP",
      {
        expectedReplyByBefore: "2025-12-14T18:00:00.000Z",
        expectedReplyByAfter: "2025-12-14T18:00:20.500Z",
        timesOutAtBefore: "2025-12-20T18:00:00.000Z",
        timesOutAtAfter: "2025-12-27T18:00:00.000Z",
      },
      context,
    );
    expect(details.map((detail) => detail.label)).toEqual(["Times out at"]);
  });

  test("an edit that reads the same before and after is left out", () => {
    const details = eventDetails(
      "EDITED",
      { startedAt: { before: "2025-12-14T18:00:31.000Z", after: "2025-12-14T18:00:00.000Z" }, payoff: { before: 3, after: 4 } },
      context,
    );
    expect(details).toEqual([{ label: "Payoff", before: "3", after: "4" }]);
  });

  test("evidence lists the deadlines it moved", () => {
    const details = eventDetails(
      "EVIDENCE",
      { mode: "preset", expectedReplyByBefore: "2025-03-01T00:00:00.000Z", expectedReplyByAfter: "2025-03-04T00:00:00.000Z" },
      context,
    );
    expect(details.map((detail) => detail.label)).toEqual(["Expected reply by"]);
  });

  test.each([
    [0.312, 0.314, { after: "31 %" }],
    [0.3, 0.56, { before: "30 %", after: "56 %" }],
    [null, 0.1, { after: "10 %" }],
    [0.2, null, { after: "20 %" }],
    [null, null, null],
  ])("probability %s → %s reads %o", (before, after, expected) => {
    expect(probabilityChange(before, after)).toEqual(expected);
  });
});
