// GET /api/v1/export: the JSON file's shape, CSV per entity (quoting, BOM), and that nobody else's
// rows ever appear in it.
import Papa from "papaparse";
import { describe, expect, test } from "vitest";
import { exportFileSchema } from "@/lib/validation/data-export";
import { api } from "../api/helpers";
import { createDataUser, send } from "./helpers";
import { writeHistory } from "./history";

const TRICKY = 'Say "hi", then\nleave; =SUM(A1) ünïcödé 日本';

async function userWithCallback() {
  const data = await createDataUser();
  await writeHistory(data.user.id, {
    profile: { name: "Ada", timeZone: "Europe/Berlin", capacity: 7 },
    areaCount: 2,
    customKinds: ["HEALTH"],
    ownKinds: [{ name: "Grant application", expectedReplyDays: 10, defaultEnergyNeeded: 5, archived: false, area: 1, ladder: null }],
    builtInKindAreas: [{ kind: "JOB_APPLICATION", area: 0 }],
    builtInLadders: [{ kind: "JOB_APPLICATION", stages: [{ key: "applied", label: "Applied", likelihoodRatio: 1 }, { key: "screen", label: "Screen", likelihoodRatio: 3 }] }],
    callbacks: [
      { title: TRICKY, kind: "JOB_APPLICATION", state: "REJECTED", area: 0, start: 3, counterparty: "Acme, Inc.", notes: "", link: "", prior: 0.3, payoff: 5, events: [{ type: "EVIDENCE", offset: 2, lr: 2, note: "n", withData: true }], ownKind: null, energyStillNeeded: null, stage: "screen" },
      { title: "Second", kind: "OTHER", state: "PENDING", area: null, start: 5, counterparty: "", notes: "", link: "", prior: 0.5, payoff: 3, events: [], ownKind: 0, energyStillNeeded: 4, stage: null },
    ],
    effort: [{ area: 1, callback: 0, points: 3, minutes: 20, note: "prep", day: 4 }],
    commitments: [{ title: "Ship it", area: 0, start: 1, state: "ACTIVE", checkIns: [0, 1], override: 1 }],
    reviews: [1],
    ticks: [{ day: 2, processed: 4 }],
  });
  return data;
}

describe("GET /api/v1/export", () => {
  test("JSON: one versioned file, every callback with its title and events, streamed as a download", async () => {
    const { token } = await userWithCallback();
    const response = await send("GET", "/api/v1/export", { token });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="lifeloop-export-\d{4}-\d{2}-\d{2}\.json"$/);
    const file = response.json();
    expect(Object.keys(file)).toEqual(["format", "version", "exportedAt", "profile", "areas", "kindDefaults", "kinds", "kindAreas", "stageLadders", "callbacks", "effort", "commitments", "reviews", "ticks"]);
    expect(file).toMatchObject({ format: "lifeloop-export", version: 2, profile: { name: "Ada", timeZone: "Europe/Berlin", capacity: 7 } });
    // What Lifeloop learned from the user: their kinds, every kind's area and stages, each bet's kind, energy and stage.
    expect(file.kinds).toMatchObject([{ key: "GRANT_APPLICATION", name: "Grant application", expectedReplyDays: 10, defaultEnergyNeeded: 5, archivedAt: null }]);
    expect(file.kindAreas).toEqual([
      { kind: "GRANT_APPLICATION", areaId: file.areas[1].id },
      { kind: "JOB_APPLICATION", areaId: file.areas[0].id },
    ]);
    expect(file.stageLadders).toEqual([{ kind: "JOB_APPLICATION", stages: [{ key: "applied", label: "Applied", likelihoodRatio: 1 }, { key: "screen", label: "Screen", likelihoodRatio: 3 }] }]);
    expect(file.callbacks.map((callback: { kind: string; customKindId: string | null; energyStillNeeded: number | null; stage: string | null }) => [callback.kind, callback.customKindId, callback.energyStillNeeded, callback.stage])).toEqual([
      ["JOB_APPLICATION", null, null, "screen"],
      ["OTHER", file.kinds[0].id, 4, null],
    ]);
    expect(file.callbacks.map((callback: { title: string }) => callback.title)).toEqual([TRICKY, "Second"]);
    expect(file.callbacks[0].events.map((event: { type: string }) => event.type)).toEqual(["CREATED", "EVIDENCE"]);
    expect(file.commitments[0].checkIns).toHaveLength(2);
    expect(file.commitments[0].focusOverrides).toHaveLength(1);
    expect(file.reviews[0].snapshot.areas).toHaveLength(2);
    expect(exportFileSchema.safeParse(file).success).toBe(true);
  });

  test("CSV: proper quoting of commas, quotes and line breaks; a UTF-8 BOM only with bom=1", async () => {
    const { token } = await userWithCallback();
    const plain = await send("GET", "/api/v1/export?format=csv&entity=callbacks", { token });
    expect(plain.status).toBe(200);
    expect(plain.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(plain.headers.get("content-disposition")).toMatch(/lifeloop-callbacks-.*\.csv/);
    expect(plain.bytes.slice(0, 3)).not.toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(plain.text).toContain('"Say ""hi"", then\nleave; =SUM(A1) ünïcödé 日本"');
    const parsed = Papa.parse<Record<string, string>>(plain.text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((row) => [row.title, row.counterparty, row.state])).toEqual([
      [TRICKY, "Acme, Inc.", "REJECTED"],
      ["Second", "", "PENDING"],
    ]);
    expect(parsed.data[0]!.followUpDays).toBe("[3,10]");

    const sheet = await send("GET", "/api/v1/export?format=csv&entity=callbacks&bom=1", { token });
    expect([...sheet.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const events = await send("GET", "/api/v1/export?format=csv&entity=events", { token });
    expect(events.text.split("\r\n")[0]).toBe("callbackId,id,type,at,likelihoodRatio,probabilityBefore,probabilityAfter,label,note,data,createdAt");
    expect(Papa.parse(events.text, { header: true, skipEmptyLines: true }).data).toHaveLength(3);
    for (const entity of ["effort", "commitments", "checkIns", "reviews", "areas", "kindDefaults", "ticks"]) {
      const response = await send("GET", `/api/v1/export?format=csv&entity=${entity}`, { token });
      expect(response.status, entity).toBe(200);
      expect(Papa.parse(response.text, { header: true, skipEmptyLines: true }).data.length, entity).toBeGreaterThan(0);
    }
    const unknown = await send("GET", "/api/v1/export?format=csv&entity=passwords", { token });
    expect(unknown.status).toBe(422);
  });

  test("a token or cookie of user B never exports A's rows; a read token may export but not import", async () => {
    const a = await userWithCallback();
    const b = await createDataUser();
    const byToken = (await send("GET", "/api/v1/export", { token: b.token })).json();
    const byCookie = (await send("GET", "/api/v1/export", { cookie: b.cookie })).json();
    for (const file of [byToken, byCookie]) {
      expect(file.callbacks).toEqual([]);
      expect(JSON.stringify(file)).not.toContain(a.user.id);
      expect(JSON.stringify(file)).not.toContain("Acme");
    }
    const csv = await send("GET", "/api/v1/export?format=csv&entity=events", { token: b.token });
    expect(csv.text.trim().split("\r\n")).toHaveLength(1);
    expect((await send("GET", "/api/v1/export", { token: b.readToken })).status).toBe(200);
    expect((await send("POST", "/api/v1/import", { token: b.readToken, body: JSON.stringify(byToken) })).status).toBe(403);
    expect((await send("GET", "/api/v1/export")).status).toBe(401);
  });

  test("the export file's JSON Schema is served, and the OpenAPI document lists export and import", async () => {
    const schema = await api("GET", "/api/v1/export/schema");
    expect(schema.status).toBe(200);
    expect(schema.body).toMatchObject({ $schema: "https://json-schema.org/draft/2020-12/schema", type: "object" });
    expect(schema.body.required).toEqual(expect.arrayContaining(["format", "version", "callbacks"]));
    const document = (await api("GET", "/api/v1/openapi.json")).body;
    expect(document.paths["/api/v1/export"].get.responses["200"].content).toHaveProperty("text/csv");
    expect(document.paths["/api/v1/import"].post.requestBody.content).toHaveProperty("text/csv");
  });
});
