import { describe, expect, test } from "vitest";
import { describeReason, formatTickDate, plural } from "@/components/tick/format";

const NOW = new Date("2026-11-26T09:00:00Z");
const DAY = 86_400_000;

describe("formatTickDate", () => {
  test.each([
    ["UTC", "2026-11-26T09:00:00Z", "Thursday, November 26"],
    // Late evening in New York is already the next day in UTC…
    ["America/New_York", "2026-11-27T03:00:00Z", "Thursday, November 26"],
    // …and early morning in Tokyo is still the previous day in UTC.
    ["Asia/Tokyo", "2026-11-26T20:00:00Z", "Friday, November 27"],
  ])("in %s at %s → %s", (zone, at, expected) => {
    expect(formatTickDate(new Date(at), zone)).toBe(expected);
  });
});

describe("describeReason", () => {
  test.each<[Parameters<typeof describeReason>[0], Date, string]>([
    ["timed_out", new Date(NOW.getTime() - 3 * DAY), "Timed out 3 days ago with no answer."],
    ["follow_up_due", new Date(NOW.getTime() - DAY), "A follow-up was due yesterday."],
    ["overdue", new Date(NOW.getTime() - 2 * DAY), "The reply was expected 2 days ago."],
    // `since` is when it turned stale (14 days after the last contact): 2 days later, 16 days of silence.
    ["stale", new Date(NOW.getTime() - 2 * DAY), "No news for 16 days."],
  ])("%s", (reason, since, expected) => {
    expect(describeReason(reason, since, NOW, "UTC")).toBe(expected);
  });
});

test("plural", () => {
  expect([plural(1, "item"), plural(0, "item"), plural(4, "item")]).toEqual(["1 item", "0 items", "4 items"]);
});
