// Callbacks from a job tracker's CSV: a dry run first, then the import, statuses as states, line
// numbers for bad rows, all or nothing, and a second import of the same file adding nothing.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { createDataUser, send } from "./helpers";

const SAMPLE = readFileSync(new URL("../../../docs/samples/job-tracker.csv", import.meta.url), "utf8");

async function importCsv(token: string, csv: string, query = "") {
  return send("POST", `/api/v1/import${query}`, { token, body: csv, contentType: "text/csv" });
}

describe("CSV import of callbacks", () => {
  test("the sample job-tracker file: dry run, import with mapped states, and a second import skips every row", async () => {
    const { user, token } = await createDataUser({ timeZone: "Europe/Berlin" });
    const dry = await importCsv(token, SAMPLE, "?dryRun=1");
    expect(dry.status, dry.text).toBe(200);
    expect(dry.json()).toMatchObject({ dryRun: true, format: "csv", rows: 12, errors: [], created: { callbacks: 12 } });
    expect(dry.json().mapping).toEqual({ title: "Job Title", counterparty: "Company", status: "Status", startedAt: "Date Applied", statusDate: "Last Updated", link: "Job URL", notes: "Notes" });
    expect(await getDb().callback.count({ where: { userId: user.id } })).toBe(0);

    const done = await importCsv(token, SAMPLE);
    expect(done.status, done.text).toBe(200);
    expect(done.json()).toMatchObject({ dryRun: false, created: { callbacks: 12 }, skipped: { callbacks: 0 } });
    const rows = await getDb().callback.findMany({ where: { userId: user.id }, include: { events: { orderBy: { at: "asc" } } } });
    const byTitle = new Map(rows.map((row) => [row.title, row]));
    expect(byTitle.get("Platform Engineer")).toMatchObject({ state: "REJECTED", counterparty: "Fabrikam", realisedPayoff: 0, kind: "JOB_APPLICATION", notes: 'Generic "not a fit" email' });
    // "Rejected" happens at the status date (the start of that day in the user's zone).
    expect(byTitle.get("Platform Engineer")!.settledAt!.toISOString()).toBe("2026-01-18T23:00:00.000Z");
    expect(byTitle.get("Platform Engineer")!.events.map((event) => event.type)).toEqual(["CREATED", "SETTLED"]);
    expect(byTitle.get("Staff Engineer")).toMatchObject({ state: "FULFILLED", notes: "Offer call Jan 22.\nNegotiate start date" });
    expect(byTitle.get("Backend Engineer (Go)")).toMatchObject({ state: "PENDING", settledAt: null });
    expect(byTitle.get("Software Engineer II")!.state).toBe("PENDING");
    expect(byTitle.get("Data Platform Lead")!.state).toBe("TIMED_OUT");
    expect(byTitle.get("Site Reliability Engineer")!.state).toBe("CANCELLED");
    expect(byTitle.get("Backend Developer")!.state).toBe("FULFILLED");
    expect(byTitle.get("Senior Data Engineer")).toMatchObject({ link: "https://careers.northwind.example/jobs/4512", startedAt: new Date("2026-01-04T23:00:00.000Z") });

    const again = await importCsv(token, SAMPLE);
    expect(again.json()).toMatchObject({ created: { callbacks: 0 }, skipped: { callbacks: 12 } });
    expect(await getDb().callback.count({ where: { userId: user.id } })).toBe(12);
  });

  test("a dry run lists every bad row with its line number and reason; the import then writes nothing", async () => {
    const { user, token } = await createDataUser();
    const lines = SAMPLE.trimEnd().split("\n");
    // Line 5–6 hold one quoted cell over two lines, so later rows' lines are not their row numbers.
    lines[7] = lines[7]!.replace(",Withdrawn,", ",Maybe later,"); // file line 8
    lines[9] = lines[9]!.replace(",2026-01-14,", ",14/01/2026,"); // file line 10
    lines.push("Globex,,Applied,2026-01-20,,,,https://x.example,", "Acme,Ops Engineer,Applied,2026-01-20,,,,not a link,");
    const csv = lines.join("\r\n");

    const dry = await importCsv(token, csv, "?dryRun=1");
    expect(dry.status).toBe(200);
    const errors = dry.json().errors as { line: number; field: string; message: string }[];
    expect(errors.map((error) => [error.line, error.field])).toEqual([
      [8, "status"],
      [10, "startedAt"],
      [15, "title"],
      [16, "link"],
    ]);
    expect(errors[0]!.message).toContain("Unknown status “Maybe later”");
    expect(dry.json().created.callbacks).toBe(10);

    const refused = await importCsv(token, csv);
    expect(refused.status).toBe(422);
    expect(refused.json().error.details.errors).toHaveLength(4);
    expect(await getDb().callback.count({ where: { userId: user.id } })).toBe(0);
  });

  test("columns can be mapped explicitly, with a default kind; a missing column is a field error", async () => {
    const { user, token } = await createDataUser();
    const csv = "What,Who,When\nIntro to Dana,Dana,2026-02-01\n";
    const done = await importCsv(token, csv, "?map.title=What&map.counterparty=Who&map.startedAt=When&defaultKind=NETWORKING_MESSAGE");
    expect(done.status, done.text).toBe(200);
    expect(await getDb().callback.findFirst({ where: { userId: user.id } })).toMatchObject({ title: "Intro to Dana", counterparty: "Dana", kind: "NETWORKING_MESSAGE", state: "PENDING" });
    const wrong = await importCsv(token, csv, "?map.title=Nope");
    expect(wrong.status).toBe(422);
    expect(wrong.json().error.fields["map.title"][0]).toContain("No column “Nope”");
  });
});
