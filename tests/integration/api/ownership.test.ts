import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { dayKeyInZone } from "@/lib/domain/time";
import { api, createApiUser } from "./helpers";

/** Everything of A's, to prove B's requests changed nothing. */
async function snapshotOf(userId: string) {
  const db = getDb();
  const [callbacks, events, commitments, checkIns, effort, tokens] = await Promise.all([
    db.callback.findMany({ where: { userId }, orderBy: { id: "asc" } }),
    db.callbackEvent.count({ where: { userId } }),
    db.commitment.findMany({ where: { userId }, orderBy: { id: "asc" } }),
    db.commitmentCheckIn.count({ where: { userId } }),
    db.effortEntry.findMany({ where: { userId }, orderBy: { id: "asc" } }),
    db.apiToken.findMany({ where: { userId }, orderBy: { id: "asc" }, select: { id: true, revokedAt: true } }),
  ]);
  return { callbacks, events, commitments, checkIns, effort, tokens };
}

describe("ownership: user B's token is 404 on every route with A's ids", () => {
  test("callbacks, commitments, effort entries and tokens", async () => {
    const a = await createApiUser();
    const b = await createApiUser();
    const today = dayKeyInZone(new Date(), "UTC");
    const callback = (await api("POST", "/api/v1/callbacks", { token: a.token, body: { title: "A's secret bet" } })).body;
    const commitment = (await api("POST", "/api/v1/commitments", { token: a.token, body: { title: "A blocks", startsOn: today, endsOn: addDays(today, 10), cadence: "DAILY" } })).body;
    expect(commitment.id, JSON.stringify(commitment)).toEqual(expect.any(String));
    const effort = (await api("POST", "/api/v1/effort-entries", { token: a.token, body: { areaId: a.area.id, points: 2, callbackId: callback.id } })).body;
    expect(effort.id, JSON.stringify(effort)).toEqual(expect.any(String));
    const before = await snapshotOf(a.user.id);

    const future = new Date(Date.now() + 90 * 86_400_000).toISOString();
    const requests: [string, string, unknown?][] = [
      ["GET", `/api/v1/callbacks/${callback.id}`],
      ["PATCH", `/api/v1/callbacks/${callback.id}`, { title: "Mine now" }],
      ["DELETE", `/api/v1/callbacks/${callback.id}`],
      ["GET", `/api/v1/callbacks/${callback.id}/events`],
      ["POST", `/api/v1/callbacks/${callback.id}/settle`, { outcome: "FULFILLED" }],
      ["POST", `/api/v1/callbacks/${callback.id}/follow-up`, {}],
      ["POST", `/api/v1/callbacks/${callback.id}/evidence`, { mode: "preset", presetId: "interview_scheduled" }],
      ["POST", `/api/v1/callbacks/${callback.id}/extend`, { timesOutAt: future }],
      ["POST", `/api/v1/callbacks/${callback.id}/cancel`, {}],
      ["POST", `/api/v1/callbacks/${callback.id}/reopen`, {}],
      ["GET", `/api/v1/commitments/${commitment.id}`],
      ["PUT", `/api/v1/commitments/${commitment.id}`, { title: "Mine", endsOn: addDays(today, 20), cadence: "DAILY" }],
      ["POST", `/api/v1/commitments/${commitment.id}/check-ins`, { period: today, kept: true }],
      ["POST", `/api/v1/commitments/${commitment.id}/break`, { note: "Broken by B" }],
      ["POST", `/api/v1/commitments/${commitment.id}/close`, { verdict: "KEPT", reflection: "B" }],
      ["POST", `/api/v1/commitments/${commitment.id}/cancel`, {}],
      ["PATCH", `/api/v1/effort-entries/${effort.id}`, { points: 9 }],
      ["DELETE", `/api/v1/effort-entries/${effort.id}`],
    ];
    for (const [method, path, body] of requests) {
      const response = await api(method, path, { token: b.token, body });
      expect(response.status, `${method} ${path}: ${JSON.stringify(response.body)}`).toBe(404);
      expect(response.body.error.code).toBe("NOT_FOUND");
    }
    expect((await api("DELETE", `/api/v1/tokens/${a.tokenId}`, { cookie: b.cookie })).status).toBe(404);
    // Referencing A's ids from B's own writes is refused too.
    expect((await api("POST", "/api/v1/effort-entries", { token: b.token, body: { areaId: a.area.id, points: 1 } })).status).toBe(422);
    expect((await api("POST", "/api/v1/effort-entries", { token: b.token, body: { areaId: b.area.id, points: 1, callbackId: callback.id } })).status).toBe(422);
    expect((await api("POST", "/api/v1/callbacks", { token: b.token, body: { title: "x", areaId: a.area.id } })).status).toBe(422);

    // B's lists don't show A's items.
    expect((await api("GET", "/api/v1/callbacks?state=ALL", { token: b.token })).body.items).toEqual([]);
    expect((await api("GET", "/api/v1/effort-entries", { token: b.token })).body.items).toEqual([]);
    expect((await api("GET", "/api/v1/commitments", { token: b.token })).body.active).toEqual([]);

    expect(await snapshotOf(a.user.id)).toEqual(before);
  });
});

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
