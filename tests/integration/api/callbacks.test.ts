import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { addDays } from "../callbacks/helpers";
import { api, createApiUser } from "./helpers";

const HOUR = 3_600_000;

describe("callbacks through API v1", () => {
  test("create answers 201 with the callback; get, patch, the actions and the history follow", async () => {
    const { token } = await createApiUser();
    const now = Date.now();
    const created = await api("POST", "/api/v1/callbacks", {
      token,
      body: {
        title: "Application to Acme",
        kind: "JOB_APPLICATION",
        notes: "Referred by Sam",
        startedAt: new Date(now - 48 * HOUR).toISOString(),
        expectedReplyBy: new Date(now + 72 * HOUR).toISOString(),
        timesOutAt: new Date(now + 240 * HOUR).toISOString(),
      },
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect(created.body).toMatchObject({ title: "Application to Acme", kind: "JOB_APPLICATION", state: "PENDING", notes: "Referred by Sam", warnings: [] });
    expect(new Date(created.body.startedAt).getTime()).toBe(now - 48 * HOUR);

    const patched = await api("PATCH", `/api/v1/callbacks/${id}`, { token, body: { counterparty: "Acme Corp", payoff: 8 } });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ counterparty: "Acme Corp", payoff: 8, notes: "Referred by Sam", kind: "JOB_APPLICATION" });

    expect((await api("POST", `/api/v1/callbacks/${id}/follow-up`, { token, body: { note: "Nudged" } })).body.followUpCount).toBe(1);
    const evidence = await api("POST", `/api/v1/callbacks/${id}/evidence`, { token, body: { mode: "preset", presetId: "interview_scheduled" } });
    expect(evidence.status).toBe(200);
    expect(evidence.body.explicitProbability).toBeGreaterThan(created.body.explicitProbability);

    const replyAt = new Date(now - HOUR).toISOString();
    const settled = await api("POST", `/api/v1/callbacks/${id}/settle`, { token, body: { outcome: "FULFILLED", at: replyAt } });
    expect(settled.status).toBe(200);
    expect(settled.body).toMatchObject({ state: "FULFILLED", settledAt: replyAt });

    const detail = await api("GET", `/api/v1/callbacks/${id}`, { token });
    // The history is in time order: the reply came an hour ago, before the edit, follow-up and evidence logged now.
    expect(detail.body.events.map((event: { type: string }) => event.type)).toEqual(["CREATED", "SETTLED", "EDITED", "FOLLOW_UP", "EVIDENCE"]);
    const events = await api("GET", `/api/v1/callbacks/${id}/events`, { token });
    expect(events.body.items).toEqual(detail.body.events);
    expect(events.body.items[1]).toMatchObject({ type: "SETTLED", at: replyAt });

    expect((await api("POST", `/api/v1/callbacks/${id}/reopen`, { token, body: {} })).body.state).toBe("PENDING");
    const extended = await api("POST", `/api/v1/callbacks/${id}/extend`, { token, body: { timesOutAt: new Date(now + 2000 * HOUR).toISOString() } });
    expect(extended.status, JSON.stringify(extended.body)).toBe(200);
    expect((await api("POST", `/api/v1/callbacks/${id}/cancel`, { token, body: { note: "Filled" } })).body.state).toBe("CANCELLED");
    expect((await api("DELETE", `/api/v1/callbacks/${id}`, { token })).status).toBe(204);
    expect((await api("GET", `/api/v1/callbacks/${id}`, { token })).status).toBe(404);
  });

  test("settle's `at` must be past and not before the start; nothing changes otherwise", async () => {
    const { token } = await createApiUser();
    const now = Date.now();
    const { body } = await api("POST", "/api/v1/callbacks", { token, body: { title: "Bet", startedAt: new Date(now - 10 * HOUR).toISOString() } });
    const early = await api("POST", `/api/v1/callbacks/${body.id}/settle`, { token, body: { outcome: "REJECTED", at: new Date(now - 20 * HOUR).toISOString() } });
    expect(early.status).toBe(422);
    expect(early.body.error.fields.at).toBeDefined();
    const future = await api("POST", `/api/v1/callbacks/${body.id}/settle`, { token, body: { outcome: "REJECTED", at: new Date(now + 2 * HOUR).toISOString() } });
    expect(future.status).toBe(422);
    const notIso = await api("POST", `/api/v1/callbacks/${body.id}/settle`, { token, body: { outcome: "REJECTED", at: "yesterday" } });
    expect(notIso.status).toBe(422);
    expect((await getDb().callback.findUniqueOrThrow({ where: { id: body.id } })).state).toBe("PENDING");
  });

  test("a script captures many in a row past capacity: 201s with warnings; confirmOverflow: false asks first and saves nothing", async () => {
    const { token, user } = await createApiUser({ capacity: 2 });
    for (let index = 0; index < 5; index += 1) {
      const response = await api("POST", "/api/v1/callbacks", { token, body: { title: `Bet ${index}` } });
      expect(response.status).toBe(201);
      expect(response.body.warnings.map((w: { code: string }) => w.code)).toEqual(index >= 2 ? ["overflow"] : []);
    }
    const asked = await api("POST", "/api/v1/callbacks", { token, body: { title: "Ask me", confirmOverflow: false } });
    expect(asked.status).toBe(409);
    expect(asked.body.error).toMatchObject({ code: "NEEDS_CONFIRMATION", details: { reason: "overflow", load: 5, capacity: 2 } });
    expect(await getDb().callback.count({ where: { userId: user.id } })).toBe(5);
  });

  test("bad input: 422 with fields; unknown list values are refused, not ignored", async () => {
    const { token } = await createApiUser();
    const bad = await api("POST", "/api/v1/callbacks", { token, body: { title: "", kind: "lottery ticket", payoff: 99 } });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(["kind", "payoff", "title"]);
    // A well-formed key that is neither built in nor one of the user's own kinds.
    const unknownKind = await api("POST", "/api/v1/callbacks", { token, body: { title: "Ticket", kind: "LOTTERY" } });
    expect(unknownKind.status).toBe(422);
    expect(unknownKind.body.error.fields).toEqual({ kind: ["Choose one of your kinds."] });
    expect((await api("GET", "/api/v1/callbacks?state=NOPE", { token })).status).toBe(422);
    expect((await api("GET", "/api/v1/callbacks?limit=0", { token })).status).toBe(422);
    expect((await api("GET", "/api/v1/callbacks?cursor=garbage", { token })).status).toBe(422);
    expect((await api("POST", "/api/v1/callbacks", { token, body: "{not json" })).status).toBe(400);
  });

  test("the list filters like the page, and ?state=ALL lists every state", async () => {
    const { token, user } = await createApiUser();
    const db = getDb();
    const base = new Date(Date.now() - 5 * 24 * HOUR);
    const row = (title: string, state: "PENDING" | "FULFILLED" | "CANCELLED") =>
      db.callback.create({
        data: { userId: user.id, kind: "OTHER", title, state, startedAt: base, expectedReplyBy: addDays(base, 30), timesOutAt: addDays(base, 60), expectedReplyDays: 7, timeoutDays: 60, followUpDays: [], lastContactAt: base, priorProbability: 0.3, probability: 0.3, payoff: 3, settledAt: state === "PENDING" ? null : base },
      });
    await Promise.all([row("Open one", "PENDING"), row("Won one", "FULFILLED"), row("Dropped one", "CANCELLED")]);
    const titles = async (query: string) => ((await api("GET", `/api/v1/callbacks${query}`, { token })).body.items as { title: string }[]).map((item) => item.title).sort();
    expect(await titles("")).toEqual(["Open one"]);
    expect(await titles("?state=ALL")).toEqual(["Dropped one", "Open one", "Won one"]);
    expect(await titles("?state=FULFILLED")).toEqual(["Won one"]);
    expect(await titles("?state=ALL&q=drop")).toEqual(["Dropped one"]);
  });
});

describe("cursor pagination", () => {
  test.each(["deadline", "newest", "probability", "ev"] as const)("sort=%s: no row twice, none skipped, while callbacks are added between pages", async (sort) => {
    const { token, user } = await createApiUser();
    const db = getDb();
    const base = new Date(Date.now() - 20 * 24 * HOUR);
    const make = (index: number, tag: string) => ({
      userId: user.id,
      kind: "OTHER" as const,
      title: `${tag} ${index}`,
      // Ties on purpose: every third row shares its deadline, start and probability with another.
      startedAt: addDays(base, Math.floor(index / 3)),
      expectedReplyBy: addDays(base, 40 + Math.floor(index / 3)),
      timesOutAt: addDays(base, 50 + Math.floor(index / 3)),
      expectedReplyDays: 7,
      timeoutDays: 50,
      followUpDays: [],
      lastContactAt: addDays(base, Math.floor(index / 3)),
      priorProbability: 0.5,
      probability: [0.2, 0.5, 0.8][((index % 3) + 3) % 3]!,
      payoff: 1 + (((index % 4) + 4) % 4),
    });
    await db.callback.createMany({ data: Array.from({ length: 23 }, (_, index) => make(index, "Original")) });
    const original = new Set((await db.callback.findMany({ where: { userId: user.id }, select: { id: true } })).map((row) => row.id));

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `?state=ALL&sort=${sort}&limit=5${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
      const page = await api("GET", `/api/v1/callbacks${query}`, { token });
      expect(page.status).toBe(200);
      seen.push(...(page.body.items as { id: string }[]).map((item) => item.id));
      cursor = page.body.nextCursor;
      // Someone captures more while the script pages through: at both ends of every order.
      await db.callback.createMany({ data: [make(-30 - pages, "Inserted"), make(100 + pages, "Inserted")] });
      pages += 1;
    } while (cursor && pages < 50);

    expect(new Set(seen).size).toBe(seen.length);
    for (const id of original) expect(seen).toContain(id);
  });

  test("a cursor is tied to its filters and sort", async () => {
    const { token, user } = await createApiUser();
    const base = new Date(Date.now() - 24 * HOUR);
    await getDb().callback.createMany({
      data: Array.from({ length: 3 }, (_, index) => ({ userId: user.id, kind: "OTHER" as const, title: `C${index}`, startedAt: base, expectedReplyBy: addDays(base, 5), timesOutAt: addDays(base, 9 + index), expectedReplyDays: 7, timeoutDays: 9, followUpDays: [], lastContactAt: base, priorProbability: 0.3, probability: 0.3, payoff: 3 })),
    });
    const first = await api("GET", "/api/v1/callbacks?limit=2", { token });
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const cursor = encodeURIComponent(first.body.nextCursor);
    expect((await api("GET", `/api/v1/callbacks?limit=2&sort=newest&cursor=${cursor}`, { token })).status).toBe(422);
    expect((await api("GET", `/api/v1/callbacks?limit=2&q=C&cursor=${cursor}`, { token })).status).toBe(422);
    const second = await api("GET", `/api/v1/callbacks?limit=2&cursor=${cursor}`, { token });
    expect(second.body.items).toHaveLength(1);
    expect(second.body.nextCursor).toBeNull();
  });
});
