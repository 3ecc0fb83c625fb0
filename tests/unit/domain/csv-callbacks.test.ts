import { describe, expect, test } from "vitest";
import { guessCsvMapping, mapCsvKind, mapCsvStatus, parseCsvDate } from "@/lib/domain/csv-callbacks";

describe("CSV callbacks", () => {
  test.each([
    ["Applied", "PENDING"],
    ["interviewing", "PENDING"],
    ["Phone Screen", "PENDING"],
    ["", "PENDING"],
    ["Offer", "FULFILLED"],
    ["Offer declined", "FULFILLED"],
    ["REJECTED", "REJECTED"],
    ["Declined", "REJECTED"],
    ["Ghosted", "TIMED_OUT"],
    ["timed_out", "TIMED_OUT"],
    ["Withdrawn", "CANCELLED"],
    ["maybe", null],
  ])("status %j → %s", (word, state) => {
    expect(mapCsvStatus(word)).toBe(state);
  });

  test("kinds: names, plain words, blank → the default, unknown → null", () => {
    expect(mapCsvKind("NETWORKING_MESSAGE", "OTHER")).toBe("NETWORKING_MESSAGE");
    expect(mapCsvKind("Job", "OTHER")).toBe("JOB_APPLICATION");
    expect(mapCsvKind("", "HEALTH")).toBe("HEALTH");
    expect(mapCsvKind("poetry", "OTHER")).toBeNull();
  });

  test("dates: day keys start at midnight in the zone; ISO instants as given; ambiguous forms refused", () => {
    expect(parseCsvDate("2026-01-19", "Europe/Berlin")).toEqual(new Date("2026-01-18T23:00:00Z"));
    expect(parseCsvDate("2026/1/5", "UTC")).toEqual(new Date("2026-01-05T00:00:00Z"));
    expect(parseCsvDate("2026-01-19T10:30:00+02:00", "UTC")).toEqual(new Date("2026-01-19T08:30:00Z"));
    expect(parseCsvDate("2026-01-19 10:30", "UTC")).toEqual(new Date("2026-01-19T10:30:00Z"));
    expect(parseCsvDate(" ", "UTC")).toBeNull();
    expect(parseCsvDate("03/04/2026", "UTC")).toBe("invalid");
    expect(parseCsvDate("2026-02-30", "UTC")).toBe("invalid");
  });

  test("the mapping is guessed from common job-tracker headers, each column used once", () => {
    expect(guessCsvMapping(["Company", "Job Title", "Status", "Date Applied", "Last Updated", "Job URL", "Notes", "Salary"])).toEqual({
      title: "Job Title",
      counterparty: "Company",
      status: "Status",
      startedAt: "Date Applied",
      statusDate: "Last Updated",
      link: "Job URL",
      notes: "Notes",
    });
    expect(guessCsvMapping(["Position", "Employer", "Stage", "Applied on", "Deadline", "Type"])).toEqual({ title: "Position", counterparty: "Employer", kind: "Type", status: "Stage", startedAt: "Applied on", deadline: "Deadline" });
  });
});
