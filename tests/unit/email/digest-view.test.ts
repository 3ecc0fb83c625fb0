import { describe, expect, test } from "vitest";
import { digestText, digestView } from "@/lib/email/digest-view";
import { renderDigest } from "@/lib/email/render-digest";
import type { DigestContent } from "@/lib/server/mail/collect-digest";

const AT = new Date("2026-03-02T07:30:00Z");
const empty = { items: [], total: 0 };

function content(overrides: Partial<DigestContent> = {}): DigestContent {
  return {
    dayKey: "2026-03-02",
    timedOut: { items: [{ id: "c1", title: "Offer <Acme>", path: "/callbacks/c1", detail: "timed out", at: AT }], total: 12 },
    followUps: empty,
    deadlines: empty,
    checkIns: { items: [{ id: "m1", title: "Run 3×/week", path: "/commitments/m1", detail: "check-in for this week", at: AT }], total: 1 },
    review: null,
    load: { load: 9, capacity: 7, level: "overflow" },
    topBets: [{ id: "c2", title: "Grant", path: "/callbacks/c2", evPerEnergy: 1.5, probability: 0.3, payoff: 5 }],
    ...overrides,
  };
}

const options = { baseUrl: "https://ll.example", timeZone: "Europe/Berlin", unsubscribeUrl: "https://ll.example/unsubscribe/t.s" };

describe("[mail] the digest's words", () => {
  test("states the load, counts what needs the user, links everything absolutely", () => {
    const view = digestView(content(), options);
    expect(view.subject).toBe("Lifeloop: 13 things need you today");
    expect(view.loadLine).toBe("Load: 9 of 7 — overflow");
    const text = digestText(view);
    expect(text).toContain("- Offer <Acme> (timed out Mon 2 Mar, 08:30)\n  https://ll.example/callbacks/c1");
    expect(text).toContain("- and 11 more: https://ll.example/today");
    expect(text).toContain("Commitment check-ins:\n- Run 3×/week (check-in for this week)\n  https://ll.example/commitments/m1");
    expect(text).toContain("- Grant (30% × 5 payoff, 1.50 EV per energy point)");
    expect(text).toContain("Unsubscribe from the digest: https://ll.example/unsubscribe/t.s");
  });

  test("the HTML part escapes titles and carries the same links", async () => {
    const { html } = await renderDigest(digestView(content(), options));
    expect(html).toContain("Offer &lt;Acme&gt;");
    expect(html).not.toContain("Offer <Acme>");
    for (const href of ["https://ll.example/callbacks/c1", "https://ll.example/today", "https://ll.example/unsubscribe/t.s", "https://ll.example/callbacks/c2"]) {
      expect(html).toContain(`href="${href}"`);
    }
  });

  test("a review-only digest says so", () => {
    const view = digestView(
      content({ timedOut: empty, checkIns: empty, review: { week: "2026-02-23", path: "/review/2026-02-23", started: 1, fulfilled: 2, rejected: 0, timedOut: 1, hitRate: 2 / 3, effortPoints: 4.5 } }),
      options,
    );
    expect(view.subject).toBe("Lifeloop: your weekly review is due");
    expect(digestText(view)).toContain("Weekly review: the week of 2026-02-23:\n- 1 bet started, 2 fulfilled, 0 rejected, 1 timed out\n- Hit rate 67%\n- 4.5 energy points logged");
  });
});
