import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import type { CallbackKind } from "@/lib/domain/kind-defaults";
import { captureCallback } from "@/lib/server/callbacks/capture-callback";
import { saveKindDefaults } from "@/lib/server/kind-defaults/save-kind-defaults";
import { captureCallbackSchema } from "@/lib/validation/callbacks";
import { createTestUser } from "../factories";
import { FAR_NOW, addDays, eventsOf, expectAppError, insertCallback } from "./helpers";

const NOW = FAR_NOW;

async function countsOf(userId: string): Promise<{ callbacks: number; events: number }> {
  const db = getDb();
  const [callbacks, events] = await Promise.all([db.callback.count({ where: { userId } }), db.callbackEvent.count({ where: { userId } })]);
  return { callbacks, events };
}

async function capture(user: Awaited<ReturnType<typeof createTestUser>>, input: Record<string, unknown>, now = NOW) {
  return captureCallback(user, captureCallbackSchema.parse(input), now);
}

function createdId(result: Awaited<ReturnType<typeof captureCallback>>): string {
  if (result.status !== "created") throw new Error(`expected created, got ${result.status}`);
  return result.callback.id;
}

describe("[callbacks] capture with only a title", () => {
  // Built-in defaults as DESIGN.md and lib/domain/kind-defaults.ts state them (days, payoff 1–10, prior).
  test.each<[CallbackKind | undefined, { reply: number; timeout: number; payoff: number; prior: number; followUps: number[] }]>([
    [undefined, { reply: 7, timeout: 30, payoff: 3, prior: 0.3, followUps: [7, 14] }],
    ["JOB_APPLICATION", { reply: 14, timeout: 30, payoff: 8, prior: 0.1, followUps: [7, 14] }],
    ["NETWORKING_MESSAGE", { reply: 3, timeout: 21, payoff: 4, prior: 0.3, followUps: [3, 10, 17] }],
  ])("kind %s fills deadlines, payoff and prior from the kind's defaults", async (kind, expected) => {
    const user = await createTestUser();
    const id = createdId(await capture(user, { title: "  Ask Ada for an intro  ", ...(kind ? { kind } : {}) }));

    const row = await getDb().callback.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      userId: user.id,
      title: "Ask Ada for an intro",
      kind: kind ?? "OTHER",
      state: "PENDING",
      startedAt: NOW,
      lastContactAt: NOW,
      expectedReplyBy: addDays(NOW, expected.reply),
      timesOutAt: addDays(NOW, expected.timeout),
      expectedReplyDays: expected.reply,
      timeoutDays: expected.timeout,
      followUpDays: expected.followUps,
      payoff: expected.payoff,
      priorProbability: expected.prior,
      probability: expected.prior,
      weight: 1,
      effort: 0,
      followUpCount: 0,
      version: 0,
      settledAt: null,
      areaId: null,
    });
    const events = await eventsOf(id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: "CREATED", at: NOW, userId: user.id, probabilityAfter: expected.prior, label: "Prior from kind default" });
  });

  test("counts whole days in the user's time zone (across a DST change)", async () => {
    const user = await createTestUser({ timeZone: "Europe/Berlin" });
    const now = new Date("2035-03-20T12:00:00.000Z"); // 13:00 CET; clocks go forward on 25 March
    const id = createdId(await capture(user, { title: "Apply", kind: "JOB_APPLICATION" }, now));
    const row = await getDb().callback.findUniqueOrThrow({ where: { id } });
    // 13:00 local again, now in CEST (UTC+2).
    expect(row.expectedReplyBy).toEqual(new Date("2035-04-03T11:00:00.000Z"));
    expect(row.timesOutAt).toEqual(new Date("2035-04-19T11:00:00.000Z"));
  });

  test("uses the user's own kind defaults over the built-in ones", async () => {
    const user = await createTestUser();
    await saveKindDefaults(user.id, "OTHER", { expectedReplyDays: 2, timeoutDays: 10, followUpDays: [2, 5], defaultPrior: 0.45, defaultPayoff: 6 });
    const id = createdId(await capture(user, { title: "Ping" }));
    const row = await getDb().callback.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      expectedReplyBy: addDays(NOW, 2),
      timesOutAt: addDays(NOW, 10),
      followUpDays: [2, 5],
      payoff: 6,
      probability: 0.45,
    });
  });
});

describe("[callbacks] capture's prior suggestion", () => {
  test("comes from the user's settled history of that kind, shrunk toward the kind default (k = 4)", async () => {
    const user = await createTestUser();
    const kind = "JOB_APPLICATION";
    for (const state of ["FULFILLED", "FULFILLED", "FULFILLED", "REJECTED"] as const) {
      await insertCallback(user, { kind, state, settledAt: addDays(NOW, -1) });
    }
    // No outcome: neither counts.
    await insertCallback(user, { kind, state: "CANCELLED", settledAt: addDays(NOW, -1) });
    await insertCallback(user, { kind, state: "PENDING" });
    // Another user's history never leaks in.
    const other = await createTestUser();
    for (let i = 0; i < 3; i += 1) await insertCallback(other, { kind, state: "REJECTED", settledAt: addDays(NOW, -1) });

    const id = createdId(await capture(user, { title: "Apply to Acme", kind }));
    const row = await getDb().callback.findUniqueOrThrow({ where: { id } });
    // (3 + 4 × 10 %)/(4 + 4)
    expect(row.priorProbability).toBeCloseTo(3.4 / 8, 12);
    expect(row.probability).toBeCloseTo(3.4 / 8, 12);
    const [created] = await eventsOf(id, "CREATED");
    expect(created).toMatchObject({ label: "Prior from 4 settled" });
    expect(created?.probabilityAfter).toBeCloseTo(3.4 / 8, 12);
  });

  test("counts a timeout as a no, and other kinds keep their default", async () => {
    const user = await createTestUser();
    await insertCallback(user, { kind: "NETWORKING_MESSAGE", state: "FULFILLED", settledAt: addDays(NOW, -2) });
    await insertCallback(user, { kind: "NETWORKING_MESSAGE", state: "TIMED_OUT", settledAt: addDays(NOW, -2) });
    const networking = createdId(await capture(user, { title: "Coffee?", kind: "NETWORKING_MESSAGE" }));
    const health = createdId(await capture(user, { title: "Referral", kind: "HEALTH" }));
    const rows = await getDb().callback.findMany({ where: { id: { in: [networking, health] } } });
    expect(rows.find((r) => r.id === networking)?.probability).toBeCloseTo((1 + 4 * 0.3) / (2 + 4), 12);
    expect(rows.find((r) => r.id === health)?.probability).toBe(0.5);
  });

  test("one rejected job application lowers the suggestion below the 10 % default (not 33 %)", async () => {
    const user = await createTestUser();
    await insertCallback(user, { kind: "JOB_APPLICATION", state: "REJECTED", settledAt: addDays(NOW, -1) });
    const id = createdId(await capture(user, { title: "Apply to Initech", kind: "JOB_APPLICATION" }));
    expect((await getDb().callback.findUniqueOrThrow({ where: { id } })).probability).toBeCloseTo(0.08, 12);
  });

  test("an explicit prior wins over the suggestion", async () => {
    const user = await createTestUser();
    await insertCallback(user, { state: "REJECTED", settledAt: addDays(NOW, -1) });
    const id = createdId(await capture(user, { title: "Bet", priorPercent: "40" }));
    expect((await getDb().callback.findUniqueOrThrow({ where: { id } })).probability).toBe(0.4);
    expect((await eventsOf(id))[0]?.label).toBe("Prior set by you");
  });
});

describe("[callbacks] capture and load", () => {
  test("asks first when the new weight would overflow capacity, writing nothing", async () => {
    const user = await createTestUser({ capacity: 2 });
    await insertCallback(user, { weight: 1 });
    await insertCallback(user, { weight: 1 });
    const before = await countsOf(user.id);

    const result = await capture(user, { title: "One too many" });
    expect(result).toMatchObject({ status: "needs-confirmation", reason: "overflow", load: 2, capacity: 2 });
    if (result.status === "needs-confirmation") expect(result.message).toContain("load to 3 of 2");
    expect(await countsOf(user.id)).toEqual(before);
  });

  test("writes it once the person confirms, recording the override", async () => {
    const user = await createTestUser({ capacity: 2 });
    await insertCallback(user, { weight: 1.5 });
    const id = createdId(await capture(user, { title: "Worth it", weight: "1", confirmOverflow: true }));
    const row = await getDb().callback.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ title: "Worth it", weight: 1, state: "PENDING" });
    expect((await eventsOf(id))[0]?.data).toEqual({ overflowConfirmed: true, loadBefore: 1.5 });
    expect(await countsOf(user.id)).toEqual({ callbacks: 2, events: 1 });
  });

  test("does not ask when the load reaches capacity exactly", async () => {
    const user = await createTestUser({ capacity: 2 });
    await insertCallback(user, { weight: 1 });
    // Settled callbacks carry no load.
    await insertCallback(user, { weight: 5, state: "FULFILLED", settledAt: addDays(NOW, -1) });
    const result = await capture(user, { title: "Exactly full" });
    expect(result.status).toBe("created");
  });
});

describe("[callbacks] capture with an area", () => {
  test("accepts one of the user's own areas", async () => {
    const user = await createTestUser();
    const area = await getDb().area.create({ data: { userId: user.id, name: "Networking", color: "#123456", targetPct: 20, position: 0 } });
    const id = createdId(await capture(user, { title: "Coffee", areaId: area.id }));
    expect((await getDb().callback.findUniqueOrThrow({ where: { id } })).areaId).toBe(area.id);
  });

  test("refuses another user's area with a field error and writes nothing", async () => {
    const owner = await createTestUser();
    const area = await getDb().area.create({ data: { userId: owner.id, name: "Health", color: "#00aa00", targetPct: 25, position: 0 } });
    const user = await createTestUser();

    const error = await expectAppError(capture(user, { title: "Sneaky", areaId: area.id }), "INVALID");
    expect(error.fieldErrors).toEqual({ areaId: ["Choose one of your areas."] });
    expect(await countsOf(user.id)).toEqual({ callbacks: 0, events: 0 });
    expect(await getDb().callback.count({ where: { areaId: area.id } })).toBe(0);
  });

  test("refuses an archived area of the user's own", async () => {
    const user = await createTestUser();
    const area = await getDb().area.create({
      data: { userId: user.id, name: "Old", color: "#999999", targetPct: 0, position: 0, archivedAt: addDays(NOW, -10) },
    });
    const error = await expectAppError(capture(user, { title: "Nope", areaId: area.id }), "INVALID");
    expect(error.fieldErrors?.areaId).toBeDefined();
    expect(await countsOf(user.id)).toEqual({ callbacks: 0, events: 0 });
  });
});
