import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { LimitedTextArea, LimitedTextField } from "@/components/ui/limited-text-field";

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
});
