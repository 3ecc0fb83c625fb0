import { describe, expect, it } from "vitest";
import { formatAmount, formatDateTime, formatPercent } from "@/components/callbacks/format";

describe("formatters follow the locale", () => {
  const date = new Date("2026-03-12T15:30:00Z");

  it("defaults to en-US outside a signed-in render", () => {
    expect(formatAmount(1234.5)).toBe("1,234.5");
    expect(formatPercent(0.42)).toBe("42 %");
  });

  it.each([
    ["en-US", "1,234.5", "Mar 12, 2026"],
    ["de-DE", "1.234,5", "12.03.2026"],
    ["fr-FR", "1 234,5", "12 mars 2026"],
  ])("%s", (locale, amount, day) => {
    expect(formatAmount(1234.5, locale).replace(/\s/g, " ")).toBe(amount);
    expect(formatDateTime(date, "UTC", locale).replace(/\s/g, " ")).toContain(day);
  });

  it("writes percentages the locale's way outside English", () => {
    expect(formatPercent(0.42, "de-DE").replace(/\s/g, " ")).toBe("42 %");
    expect(formatPercent(0.42, "tr-TR")).toBe("%42");
    expect(formatPercent(0.001, "en-US")).toBe("<1 %");
  });
});
