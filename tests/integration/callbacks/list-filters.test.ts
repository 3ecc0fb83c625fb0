import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import type { Area, Callback, User } from "@/lib/generated/prisma/client";
import { listCallbacks } from "@/lib/server/callbacks/list-callbacks";
import { listCallbacksSchema } from "@/lib/validation/callbacks";
import { createTestUser } from "../factories";
import { FAR_NOW, addDays, insertCallback } from "./helpers";

const NOW = FAR_NOW;

// One user's fixture, only read by the tests below. Deadlines sit around NOW so each lateness
// level (and each boundary: a deadline at exactly NOW has passed) is present.
let user: User;
let networking: Area;
let health: Area;
const rows: Record<string, Callback> = {};

beforeAll(async () => {
  user = await createTestUser();
  const db = getDb();
  networking = await db.area.create({ data: { userId: user.id, name: "Networking", color: "#3366ff", targetPct: 20, position: 0 } });
  health = await db.area.create({ data: { userId: user.id, name: "Health", color: "#22aa44", targetPct: 25, position: 1 } });
  const settled = { settledAt: addDays(NOW, -2), probabilityAtSettlement: 0.2 };
  const fixture = {
    onTime: { kind: "JOB_APPLICATION", areaId: networking.id, title: "Apply to ACME Corp", counterparty: "Jane Doe", expectedReplyBy: addDays(NOW, 2), timesOutAt: addDays(NOW, 20) },
    overdue: { kind: "NETWORKING_MESSAGE", areaId: health.id, title: "Coffee with Bo", counterparty: "acme recruiter", expectedReplyBy: addDays(NOW, -1), timesOutAt: addDays(NOW, 5) },
    replyDueNow: { title: "Reply due this instant", expectedReplyBy: NOW, timesOutAt: addDays(NOW, 1) },
    pastTimeout: { title: "100% sure thing", expectedReplyBy: addDays(NOW, -10), timesOutAt: addDays(NOW, -1) },
    timeoutNow: { title: "Times out this instant", expectedReplyBy: addDays(NOW, -3), timesOutAt: NOW },
    timedOut: { kind: "JOB_APPLICATION", areaId: networking.id, state: "TIMED_OUT", title: "under_score", expectedReplyBy: addDays(NOW, -9), timesOutAt: addDays(NOW, -2), ...settled },
    fulfilled: { areaId: networking.id, state: "FULFILLED", title: "100 percent", ...settled },
    rejected: { kind: "NETWORKING_MESSAGE", state: "REJECTED", title: "underXscore", ...settled },
    cancelled: { state: "CANCELLED", title: "Cancelled thing", ...settled },
    // Timed out and acknowledged in a tick: history, out of the open list.
    acknowledged: { state: "TIMED_OUT", title: "Old timeout seen", expectedReplyBy: addDays(NOW, -40), timesOutAt: addDays(NOW, -30), settledAt: addDays(NOW, -30), probabilityAtSettlement: 0.1, acknowledgedAt: addDays(NOW, -29) },
  } as const;
  for (const [name, overrides] of Object.entries(fixture)) rows[name] = await insertCallback(user, overrides);
  // Someone else's lookalike must never show up.
  await insertCallback(await createTestUser(), { title: "Apply to ACME Corp", kind: "JOB_APPLICATION" });
});

/** Names of the fixture rows a query returns, sorted, for order-free comparison. */
async function names(query: Record<string, unknown>): Promise<string[]> {
  const page = await listCallbacks(user, listCallbacksSchema.parse(query), NOW);
  const byId = new Map(Object.entries(rows).map(([name, row]) => [row.id, name]));
  expect(page.total).toBe(page.items.length);
  return page.items.map((item) => byId.get(item.id) ?? `foreign:${item.id}`).sort();
}

describe("[callbacks] list filters by state", () => {
  test.each([
    ["OPEN (the default)", {}, ["onTime", "overdue", "pastTimeout", "replyDueNow", "timedOut", "timeoutNow"]],
    ["OPEN", { state: "OPEN" }, ["onTime", "overdue", "pastTimeout", "replyDueNow", "timedOut", "timeoutNow"]],
    ["ALL", { state: "ALL" }, ["acknowledged", "cancelled", "fulfilled", "onTime", "overdue", "pastTimeout", "rejected", "replyDueNow", "timedOut", "timeoutNow"]],
    ["PENDING", { state: "PENDING" }, ["onTime", "overdue", "pastTimeout", "replyDueNow", "timeoutNow"]],
    ["TIMED_OUT (acknowledged ones too)", { state: "TIMED_OUT" }, ["acknowledged", "timedOut"]],
    ["FULFILLED", { state: "FULFILLED" }, ["fulfilled"]],
    ["REJECTED", { state: "REJECTED" }, ["rejected"]],
    ["CANCELLED", { state: "CANCELLED" }, ["cancelled"]],
    ["an unknown state falls back to OPEN", { state: "BOGUS" }, ["onTime", "overdue", "pastTimeout", "replyDueNow", "timedOut", "timeoutNow"]],
  ])("%s", async (_name, query, expected) => {
    expect(await names(query)).toEqual(expected);
  });
});

describe("[callbacks] list filters by kind and area", () => {
  test("kind", async () => {
    expect(await names({ state: "ALL", kind: "JOB_APPLICATION" })).toEqual(["onTime", "timedOut"]);
    expect(await names({ state: "ALL", kind: "NETWORKING_MESSAGE" })).toEqual(["overdue", "rejected"]);
    expect(await names({ state: "ALL", kind: "HEALTH" })).toEqual([]);
  });

  test("area, alone and with kind and state", async () => {
    expect(await names({ state: "ALL", areaId: networking.id })).toEqual(["fulfilled", "onTime", "timedOut"]);
    expect(await names({ state: "ALL", areaId: health.id })).toEqual(["overdue"]);
    expect(await names({ state: "ALL", areaId: networking.id, kind: "JOB_APPLICATION" })).toEqual(["onTime", "timedOut"]);
    expect(await names({ state: "PENDING", areaId: networking.id })).toEqual(["onTime"]);
  });

  test("items carry their area", async () => {
    const page = await listCallbacks(user, listCallbacksSchema.parse({ state: "ALL", kind: "JOB_APPLICATION", sort: "deadline" }), NOW);
    expect(page.items.map((item) => item.area)).toEqual([
      { id: networking.id, name: "Networking", color: "#3366ff" },
      { id: networking.id, name: "Networking", color: "#3366ff" },
    ]);
    const plain = await listCallbacks(user, listCallbacksSchema.parse({ state: "CANCELLED" }), NOW);
    expect(plain.items[0]?.area).toBeNull();
  });
});

describe("[callbacks] list filters by lateness", () => {
  test.each([
    ["on_time", ["onTime"]],
    // A reply due at exactly NOW is overdue.
    ["overdue", ["overdue", "replyDueNow"]],
    // PENDING past times-out-at (the sweeper hasn't run) counts as timed out, as does a deadline at NOW.
    ["timed_out", ["acknowledged", "pastTimeout", "timedOut", "timeoutNow"]],
  ])("%s", async (lateness, expected) => {
    expect(await names({ state: "ALL", lateness })).toEqual(expected);
    const page = await listCallbacks(user, listCallbacksSchema.parse({ lateness }), NOW);
    expect(new Set(page.items.map((item) => item.lateness))).toEqual(new Set([lateness]));
  });

  test("the same callback moves from on time to overdue to timed out as now passes its deadlines", async () => {
    const lateAt = async (now: Date) => {
      const page = await listCallbacks(user, listCallbacksSchema.parse({ state: "ALL", q: "ACME Corp" }), now);
      return page.items.map((item) => item.lateness);
    };
    const onTime = rows.onTime!;
    expect(await lateAt(new Date(onTime.expectedReplyBy.getTime() - 1))).toEqual(["on_time"]);
    expect(await lateAt(onTime.expectedReplyBy)).toEqual(["overdue"]);
    expect(await lateAt(new Date(onTime.timesOutAt.getTime() - 1))).toEqual(["overdue"]);
    expect(await lateAt(onTime.timesOutAt)).toEqual(["timed_out"]);
  });
});

describe("[callbacks] list search", () => {
  test.each([
    ["a title, case-insensitively", "acme corp", ["onTime"]],
    ["a title or a counterparty", "ACME", ["onTime", "overdue"]],
    ["a counterparty only", "jane", ["onTime"]],
    ["a literal %", "100%", ["pastTimeout"]],
    ["a lone %", "%", ["pastTimeout"]],
    ["a literal _", "r_s", ["timedOut"]],
    ["a lone _", "_", ["timedOut"]],
    ["a backslash", "\\", []],
    ["nothing that matches", "zebra", []],
  ])("matches %s", async (_name, q, expected) => {
    expect(await names({ state: "ALL", q })).toEqual(expected);
  });

  test("combines with the other filters", async () => {
    expect(await names({ state: "PENDING", q: "acme", kind: "NETWORKING_MESSAGE" })).toEqual(["overdue"]);
    expect(await names({ state: "OPEN", q: "100" })).toEqual(["pastTimeout"]);
  });
});
