import { describe, expect, test } from "vitest";
import { captureFields } from "@/lib/domain/capture-params";

describe("captureFields", () => {
  test.each([
    ["bookmarklet: title and url", { title: "Senior Engineer – Acme Careers", url: "https://acme.example/jobs/42" }, { title: "Senior Engineer – Acme Careers", link: "https://acme.example/jobs/42", notes: "" }],
    ["Android share: the address inside text", { title: "Job ad", text: "Look at this https://jobs.example/x?y=1 great" }, { title: "Job ad", link: "https://jobs.example/x?y=1", notes: "Look at this  great" }],
    ["share with text only: first line is the title", { text: "Ask Priya for an intro\nShe knows the team" }, { title: "Ask Priya for an intro", link: "", notes: "She knows the team" }],
    ["url only: the host is the title", { url: "https://www.example.org/post" }, { title: "example.org", link: "https://www.example.org/post", notes: "" }],
    ["url repeated in text is not duplicated", { title: "T", text: "https://a.example/b", url: "https://a.example/b" }, { title: "T", link: "https://a.example/b", notes: "" }],
    ["not a web address: kept in the notes", { title: "Note", url: "slack://channel/123" }, { title: "Note", link: "", notes: "slack://channel/123" }],
    ["nothing", {}, { title: "", link: "", notes: "" }],
    ["whitespace in titles collapses", { title: "  A\n  B  " }, { title: "A B", link: "", notes: "" }],
  ])("%s", (_name, params, expected) => {
    expect(captureFields(params)).toEqual(expected);
  });

  test("long titles are clipped to the form's 200 characters", () => {
    expect(captureFields({ title: "x".repeat(500) }).title).toHaveLength(200);
  });
});
