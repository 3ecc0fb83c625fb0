import { describe, expect, it } from "vitest";
import { SUPPORTED_LOCALES, closestLocale, parseAcceptLanguage, resolveLocale } from "@/lib/domain/locale";
import { localeFirstDay as firstDayOfWeek } from "@/lib/domain/week-start";

describe("locale", () => {
  it.each([
    ["de-CH,de;q=0.9,en;q=0.8", ["de-CH", "de", "en"]],
    ["en;q=0.5, fr-FR", ["fr-FR", "en"]],
    ["*", []],
    ["", []],
    ["xx;q=0, ja", ["ja"]],
  ])("parses Accept-Language %j", (header, tags) => {
    expect(parseAcceptLanguage(header)).toEqual(tags);
  });

  it.each([
    [null, "de-AT,de;q=0.9", "de-DE"],
    [null, "fr-CA", "fr-CA"],
    [null, "pt", "pt-BR"],
    [null, "tlh, en-GB", "en-GB"],
    [null, null, "en-US"],
    [null, "not a tag!!", "en-US"],
    ["ja-JP", "de-DE", "ja-JP"],
    ["xx-YY", "de-DE", "de-DE"],
  ])("saved %j, browser %j → %s", (saved, header, expected) => {
    expect(resolveLocale(saved, header)).toBe(expected);
  });

  it("every supported locale is its own closest match and formats", () => {
    for (const locale of SUPPORTED_LOCALES) {
      expect(closestLocale(locale)).toBe(locale);
      expect(() => new Intl.NumberFormat(locale).format(1234.5)).not.toThrow();
    }
  });

  it("knows where weeks start", () => {
    expect(firstDayOfWeek("de-DE")).toBe(1);
    expect(firstDayOfWeek("en-GB")).toBe(1);
    expect(firstDayOfWeek("en-US")).toBe(7); // from the runtime, else CLDR's table
  });
});
