// A script that knows only the OpenAPI document: it finds each operation by its operationId,
// fills the path template and sends JSON with a personal token, as an outside client would.
import { describe, expect, test } from "vitest";
import { dayKeyInZone } from "@/lib/domain/time";
import { createTestUser } from "../factories";
import { type ApiResponse, api, sessionCookie } from "./helpers";

type Document = { paths: Record<string, Record<string, { operationId: string }>> };

function client(document: Document, token: string) {
  const index = new Map<string, { method: string; path: string }>();
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) index.set(operation.operationId, { method: method.toUpperCase(), path });
  }
  return async (operationId: string, input: { params?: Record<string, string>; query?: Record<string, string>; body?: unknown } = {}): Promise<ApiResponse> => {
    const operation = index.get(operationId);
    if (!operation) throw new Error(`the document has no ${operationId}`);
    const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(input.params?.[name] ?? ""));
    const query = input.query ? `?${new URLSearchParams(input.query)}` : "";
    return api(operation.method, `${path}${query}`, { token, body: input.body });
  };
}

describe("a script using only the OpenAPI document", () => {
  test("creates, updates, settles and lists callbacks, logs effort, checks in; read tokens can't write; revoked tokens stop", async () => {
    const user = await createTestUser();
    const cookie = await sessionCookie(user);
    // The person makes the tokens (tokens can't make tokens).
    const writer = (await api("POST", "/api/v1/tokens", { cookie, body: { name: "script", scope: "read-write" } })).body;
    const reader = (await api("POST", "/api/v1/tokens", { cookie, body: { name: "dashboard", scope: "read" } })).body;

    const document = (await api("GET", "/api/v1/openapi.json")).body as Document;
    const call = client(document, writer.token);
    const read = client(document, reader.token);

    const areas = await call("saveAreas", { body: { areas: [{ name: "Networking", color: "#3b82f6", targetPct: 60, isArchived: false }, { name: "Health", color: "#10b981", targetPct: 40, isArchived: false }] } });
    expect(areas.status, JSON.stringify(areas.body)).toBe(200);
    const networking = areas.body.items.find((area: { name: string }) => area.name === "Networking").id as string;

    const created = await call("createCallback", { body: { title: "Coffee chat ask to Priya", kind: "NETWORKING_MESSAGE", areaId: networking, notes: "Met at the meetup" } });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const updated = await call("updateCallback", { params: { id }, body: { counterparty: "Priya", payoff: 6 } });
    expect(updated.body).toMatchObject({ counterparty: "Priya", payoff: 6 });
    const settled = await call("settleCallback", { params: { id }, body: { outcome: "FULFILLED", note: "Coffee on Friday" } });
    expect(settled.body.state).toBe("FULFILLED");
    const listed = await call("listCallbacks", { query: { state: "ALL" } });
    expect(listed.body.items.map((item: { id: string }) => item.id)).toContain(id);
    expect(listed.body.nextCursor).toBeNull();

    const effort = await call("logEffort", { body: { areaId: networking, points: 2, minutes: 30, callbackId: id } });
    expect(effort.status).toBe(201);
    expect((await call("getCallback", { params: { id } })).body.effort).toBe(2);
    const today = dayKeyInZone(new Date(), user.timeZone);
    expect((await call("listEffortEntries", { query: { from: today, to: today } })).body.items).toHaveLength(1);

    const end = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    const commitment = await call("createCommitment", { body: { title: "Reach out to one person a day", startsOn: today, endsOn: end, cadence: "DAILY", areaId: networking } });
    expect(commitment.status, JSON.stringify(commitment.body)).toBe(201);
    const checkIn = await call("checkInCommitment", { params: { id: commitment.body.id }, body: { period: today, kept: true } });
    expect(checkIn.status).toBe(201);
    expect(checkIn.body.streak).toBe(1);

    expect((await call("getLoad")).body).toMatchObject({ capacity: 7, load: 3 });
    expect((await call("getSettings")).body.timeZone).toBe(user.timeZone);
    expect((await call("updateSettings", { body: { capacity: 9 } })).body.capacity).toBe(9);
    expect((await call("getInsights")).status).toBe(200);
    expect((await call("listReviews")).body.items).toEqual([]);

    // A read token reads, but can't write.
    expect((await read("listCallbacks")).status).toBe(200);
    expect((await read("createCallback", { body: { title: "Not allowed" } })).status).toBe(403);
    expect((await read("logEffort", { body: { areaId: networking, points: 1 } })).status).toBe(403);

    // Revoked by the person: the very next request is refused.
    expect((await api("DELETE", `/api/v1/tokens/${writer.id}`, { cookie })).status).toBe(204);
    const after = await call("listCallbacks");
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe("UNAUTHORIZED");
  });
});
