import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { api, createApiUser } from "../api/helpers";
import { clusteredJobReplies, insertSettledHistory } from "./fixtures";

const DAY = 86_400_000;

describe("[learning] kinds through API v1", () => {
  test("GET /api/v1/kinds lists the six built-in kinds with the default curve when there is no history", async () => {
    const { token } = await createApiUser();
    const { status, body } = await api("GET", "/api/v1/kinds", { token });
    expect(status).toBe(200);
    expect(body.items.map((item: { key: string }) => item.key)).toEqual([
      "JOB_APPLICATION",
      "NETWORKING_MESSAGE",
      "LEARNING_BET",
      "CREATIVE_LAUNCH",
      "HEALTH",
      "OTHER",
    ]);
    expect(body.items[0]).toMatchObject({ name: "Job application", builtIn: true, curve: { medianDays: 14, events: 0, censored: 0, source: "default" } });
  });

  test("the 60 clustered job applications give a learned curve with median 5 days", async () => {
    const { user, token } = await createApiUser();
    await insertSettledHistory(user, clusteredJobReplies(), { now: new Date() });
    const { body } = await api("GET", "/api/v1/kinds", { token });
    const job = body.items.find((item: { key: string }) => item.key === "JOB_APPLICATION");
    expect(job.curve).toEqual({ medianDays: 5, events: 60, censored: 0, source: "history" });
    // Seven replies are not enough: the default median stays.
    const other = await createApiUser();
    await insertSettledHistory(other.user, clusteredJobReplies().slice(0, 7), { now: new Date() });
    const few = (await api("GET", "/api/v1/kinds", { token: other.token })).body.items[0];
    expect(few.curve).toEqual({ medianDays: 14, events: 7, censored: 0, source: "default" });
  });

  test("POST /api/v1/kinds adds a kind; capture with its key uses its defaults; rename and archive", async () => {
    const { token, area } = await createApiUser();
    const created = await api("POST", "/api/v1/kinds", {
      token,
      body: { name: "Grant application", expectedReplyDays: 45, timeoutDays: 90, followUpDays: [30], defaultPrior: 0.15, defaultAreaId: area.id },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({
      key: "GRANT_APPLICATION",
      name: "Grant application",
      builtIn: false,
      archived: false,
      expectedReplyDays: 45,
      timeoutDays: 90,
      followUpDays: [30],
      defaultPrior: 0.15,
      defaultAreaId: area.id,
      curve: { medianDays: 45, events: 0, censored: 0, source: "default" },
    });

    const started = new Date(Date.now() - DAY);
    const callback = await api("POST", "/api/v1/callbacks", { token, body: { title: "NSF grant", kind: "GRANT_APPLICATION", startedAt: started.toISOString() } });
    expect(callback.status, JSON.stringify(callback.body)).toBe(201);
    expect(callback.body.areaId).toBe(area.id);
    expect(callback.body.priorProbability).toBe(0.15);
    expect(new Date(callback.body.timesOutAt).getTime() - started.getTime()).toBeGreaterThanOrEqual(89 * DAY);
    const row = await getDb().callback.findUniqueOrThrow({ where: { id: callback.body.id } });
    expect(row).toMatchObject({ kind: "OTHER", expectedReplyDays: 45, timeoutDays: 90, followUpDays: [30] });
    expect(row.customKindId).not.toBeNull();

    const listed = (await api("GET", "/api/v1/kinds", { token })).body.items.at(-1);
    expect(listed).toMatchObject({ key: "GRANT_APPLICATION", curve: { events: 0, censored: 1, source: "default" } });

    const renamed = await api("PATCH", "/api/v1/kinds/GRANT_APPLICATION", { token, body: { name: "Grant proposal" } });
    expect(renamed.body).toMatchObject({ key: "GRANT_APPLICATION", name: "Grant proposal" });
    const archived = await api("PATCH", "/api/v1/kinds/GRANT_APPLICATION", { token, body: { archived: true } });
    expect(archived.body.archived).toBe(true);
    const active = (await api("GET", "/api/v1/kinds", { token })).body.items.map((item: { key: string }) => item.key);
    expect(active).not.toContain("GRANT_APPLICATION");
    const all = (await api("GET", "/api/v1/kinds?archived=include", { token })).body.items.map((item: { key: string }) => item.key);
    expect(all).toContain("GRANT_APPLICATION");
    // An archived kind can't be picked for a new bet.
    const refused = await api("POST", "/api/v1/callbacks", { token, body: { title: "Another grant", kind: "GRANT_APPLICATION" } });
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields.kind).toEqual(["Choose one of your kinds."]);
  });

  test("bad input is a 422 with field messages, a duplicate name a 409, built-in kinds can't be patched", async () => {
    const { token } = await createApiUser();
    const bad = await api("POST", "/api/v1/kinds", { token, body: { name: "", expectedReplyDays: -1, timeoutDays: 5 } });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.error.fields)).toEqual(expect.arrayContaining(["name", "expectedReplyDays"]));
    const inverted = await api("POST", "/api/v1/kinds", { token, body: { name: "Pitch", expectedReplyDays: 20, timeoutDays: 10 } });
    expect(inverted.status).toBe(422);
    expect(inverted.body.error.fields.timeoutDays).toBeDefined();
    expect((await api("POST", "/api/v1/kinds", { token, body: { name: "Pitch", expectedReplyDays: 5, timeoutDays: 20 } })).status).toBe(201);
    expect((await api("POST", "/api/v1/kinds", { token, body: { name: "pitch", expectedReplyDays: 5, timeoutDays: 20 } })).status).toBe(409);
    expect((await api("PATCH", "/api/v1/kinds/JOB_APPLICATION", { token, body: { name: "Jobs" } })).status).toBe(404);
    expect(await getDb().kind.count({ where: { name: { in: ["", "pitch"] } } })).toBe(0);
  });

  test("another user's kinds are invisible, unpatchable and can't be used", async () => {
    const owner = await createApiUser();
    const stranger = await createApiUser();
    expect((await api("POST", "/api/v1/kinds", { token: owner.token, body: { name: "Dating match", expectedReplyDays: 2, timeoutDays: 7 } })).status).toBe(201);
    const theirs = (await api("GET", "/api/v1/kinds", { token: stranger.token })).body.items.map((item: { key: string }) => item.key);
    expect(theirs).not.toContain("DATING_MATCH");
    expect((await api("PATCH", "/api/v1/kinds/DATING_MATCH", { token: stranger.token, body: { archived: true } })).status).toBe(404);
    expect((await api("POST", "/api/v1/callbacks", { token: stranger.token, body: { title: "x", kind: "DATING_MATCH" } })).status).toBe(422);
    // The same name is free for the other user.
    expect((await api("POST", "/api/v1/kinds", { token: stranger.token, body: { name: "Dating match", expectedReplyDays: 3, timeoutDays: 7 } })).status).toBe(201);
    // A read-only token can list but not add.
    expect((await api("GET", "/api/v1/kinds", { token: owner.readToken })).status).toBe(200);
    expect((await api("POST", "/api/v1/kinds", { token: owner.readToken, body: { name: "Read only", expectedReplyDays: 3, timeoutDays: 7 } })).status).toBe(403);
  });

  test("settling with a past `at` is a reply at that time for the curve", async () => {
    const { token } = await createApiUser();
    const now = Date.now();
    for (let i = 0; i < 8; i += 1) {
      const started = new Date(now - (20 + i) * DAY);
      const { body } = await api("POST", "/api/v1/callbacks", { token, body: { title: `Msg ${i}`, kind: "NETWORKING_MESSAGE", startedAt: started.toISOString() } });
      const at = new Date(started.getTime() + 2 * DAY).toISOString();
      expect((await api("POST", `/api/v1/callbacks/${body.id}/settle`, { token, body: { outcome: i % 2 ? "FULFILLED" : "REJECTED", at } })).status).toBe(200);
    }
    const networking = (await api("GET", "/api/v1/kinds", { token })).body.items.find((item: { key: string }) => item.key === "NETWORKING_MESSAGE");
    expect(networking.curve).toEqual({ medianDays: 2, events: 8, censored: 0, source: "history" });
  });
});
