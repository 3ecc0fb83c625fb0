import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { api, createApiUser } from "../api/helpers";

const HOUR = 3_600_000;

describe("capture through the API: text and dates a person (or a probe) may send", () => {
  test("control characters, over-long text and impossible dates are field errors (422), never a 500; nothing is saved", async () => {
    const { token, user } = await createApiUser();
    const cases: [Record<string, unknown>, string][] = [
      [{ title: "A\u0000B" }, "title"],
      [{ title: "x".repeat(5000) }, "title"],
      [{ title: "T", notes: "n".repeat(5001) }, "notes"],
      [{ title: "T", channel: "mail\u0007" }, "channel"],
      [{ title: "T", counterparty: "\uD800" }, "counterparty"],
      [{ title: "T", startedAt: "-010000-01-01T00:00:00Z" }, "startedAt"],
      [{ title: "T", startedAt: "+275760-09-13T00:00:00Z" }, "startedAt"],
      [{ title: "T", timesOutAt: "10000-01-01" }, "timesOutAt"],
      [{ title: "T", expectedReplyBy: "+100000-01-01T00:00:00Z" }, "expectedReplyBy"],
      [{ title: "T", areaId: "a\u0000" }, "areaId"],
    ];
    for (const [body, field] of cases) {
      const response = await api("POST", "/api/v1/callbacks", { token, body });
      expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(422);
      expect(Object.keys(response.body.error.fields), JSON.stringify(body).slice(0, 80)).toContain(field);
    }
    expect(await getDb().callback.count({ where: { userId: user.id } })).toBe(0);
  });

  test("a timeout already past is refused at capture; a past start (an older bet) and a timeout a minute ahead are fine", async () => {
    const { token } = await createApiUser();
    const now = Date.now();
    const past = await api("POST", "/api/v1/callbacks", { token, body: { title: "Late", timesOutAt: new Date(now - HOUR).toISOString() } });
    expect(past.status).toBe(422);
    expect(past.body.error.fields.timesOutAt[0]).toMatch(/already in the past/);

    const older = await api("POST", "/api/v1/callbacks", { token, body: { title: "Logged late", startedAt: new Date(now - 90 * 24 * HOUR).toISOString() } });
    expect(older.status, JSON.stringify(older.body)).toBe(201);
    const soon = await api("POST", "/api/v1/callbacks", { token, body: { title: "Soon", startedAt: new Date(now - HOUR).toISOString(), expectedReplyBy: new Date(now + 30_000).toISOString(), timesOutAt: new Date(now + 90_000).toISOString() } });
    expect(soon.status, JSON.stringify(soon.body)).toBe(201);
  });

  test("a deadline computed from the start and the kind's days that would leave 1970–2200 is refused on the start", async () => {
    const { token } = await createApiUser();
    const response = await api("POST", "/api/v1/callbacks", { token, body: { title: "Far", startedAt: "2200-12-30T00:00:00Z" } });
    expect(response.status).toBe(422);
    expect(response.body.error.fields.startedAt[0]).toMatch(/1970 and 2200/);
  });

  test("the deadlines run forwards: start ≤ expected reply ≤ timeout, with the message on the field", async () => {
    const { token } = await createApiUser();
    const now = Date.now();
    const response = await api("POST", "/api/v1/callbacks", {
      token,
      body: { title: "Backwards", startedAt: new Date(now + 10 * HOUR).toISOString(), expectedReplyBy: new Date(now + 5 * HOUR).toISOString(), timesOutAt: new Date(now + 2 * HOUR).toISOString() },
    });
    expect(response.status).toBe(422);
    expect(Object.keys(response.body.error.fields).sort()).toEqual(["expectedReplyBy", "timesOutAt"]);
  });

  test("the list's q and ids with a NUL answer, never a database error; a review of week 0001-01-01 is refused", async () => {
    const { token } = await createApiUser();
    expect((await api("GET", "/api/v1/callbacks?q=%00", { token })).status).toBe(200);
    expect((await api("GET", `/api/v1/callbacks/${encodeURIComponent("abc\u0000")}`, { token })).status).toBe(404);
    expect((await api("GET", "/api/v1/effort-entries?callbackId=%00", { token })).status).toBe(422);
    const review = await api("POST", "/api/v1/reviews/0001-01-01/complete", { token, body: { stopDoing: "x" } });
    expect(review.status).toBeGreaterThanOrEqual(400);
    expect(review.status).toBeLessThan(500);
    expect(review.body.error.message).toBeTruthy();
  });
});
