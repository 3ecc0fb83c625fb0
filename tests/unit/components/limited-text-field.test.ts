import { NextIntlClientProvider } from "next-intl";
import { type ComponentProps, type ReactElement, createElement } from "react";
import { renderToStaticMarkup as renderBare } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { ProfileProvider } from "@/components/profile-context";
import { LimitedTextArea, LimitedTextField } from "@/components/ui/limited-text-field";
import { pickMessages } from "@/lib/i18n/config";
import messages from "@/lib/i18n/messages/en.json";

/** Rendered as in the app: under the messages provider, for a person formatting in `locale`. */
function renderToStaticMarkup(element: ReactElement, locale = "en-US"): string {
  // Children go as createElement's third argument; the props' required `children` is cast away.
  const profile = { value: { timeZone: "UTC", locale } } as ComponentProps<typeof ProfileProvider>;
  const intl = { locale: "en", timeZone: "UTC", messages: pickMessages(messages, ["Common"]) } as ComponentProps<typeof NextIntlClientProvider>;
  return renderBare(createElement(NextIntlClientProvider, intl, createElement(ProfileProvider, profile, element)));
}

describe("a text field with a limit", () => {
  test("never cuts a paste short (no maxlength) and says by how much it is over", () => {
    const html = renderToStaticMarkup(createElement(LimitedTextField, { id: "title", label: "Title", max: 200, defaultValue: "x".repeat(5000) }));
    expect(html).not.toMatch(/maxlength/i);
    expect(html).toContain('value="' + "x".repeat(5000) + '"');
    expect(html).toContain("5,000 characters: 4,800 over the limit of 200. Shorten it to save.");
    expect(html).toContain('aria-invalid="true"');
    expect(html).toMatch(/aria-describedby="title-count"/);
  });

  test("counts near the limit, and shows nothing for a short text", () => {
    expect(renderToStaticMarkup(createElement(LimitedTextArea, { id: "notes", label: "Notes", max: 100, defaultValue: "n".repeat(90) }))).toContain("90 / 100 characters");
    const short = renderToStaticMarkup(createElement(LimitedTextField, { id: "title", label: "Title", max: 200, defaultValue: "Short" }));
    expect(short).not.toContain("characters");
    expect(short).not.toContain("aria-invalid");
  });

  test("counts in the person's locale (one component for a field and an area)", () => {
    const html = renderToStaticMarkup(createElement(LimitedTextArea, { id: "notes", label: "Notes", max: 4000, defaultValue: "n".repeat(5000) }), "de-DE");
    expect(html).toContain("5.000 characters: 1.000 over the limit of 4.000. Shorten it to save.");
    expect(html).toContain("<textarea");
    expect(html).toContain('name="notes"');
    expect(html).toContain('aria-invalid="true"');
  });
});
