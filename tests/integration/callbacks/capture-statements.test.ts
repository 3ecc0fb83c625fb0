// Capture reads everything in one statement and writes in one (lib/server/callbacks/capture-callback-sql.ts):
// what those statements decide, checked against the rows Prisma reads back.
import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { suggestPriorFromCounts } from "@/lib/domain/base-rate";
import { dayKeyToDate } from "@/lib/domain/day-keys";
import { type CaptureResult, captureCallback } from "@/lib/server/callbacks/capture-callback";
import { idempotencyScope } from "@/lib/server/idempotency/idempotency-scope";
import { captureCallbackSchema } from "@/lib/validation/callbacks";
import { createTestUser } from "../factories";
import { FAR_NOW, addDays, eventsOf, expectAppError, insertCallback } from "./helpers";

const NOW = FAR_NOW;
type TestUser = Awaited<ReturnType<typeof createTestUser>>;

const capture = (user: TestUser, input: Record<string, unknown>, now = NOW) => captureCallback(user, captureCallbackSchema.parse(input), now);

function created(result: CaptureResult) {
  if (result.status !== "created") throw new Error(`expected created, got ${result.status}`);
  return result.callback;
}

async function ownKind(user: TestUser, overrides: Record<string, unknown> = {}) {
  return getDb().kind.create({
    data: { userId: user.id, key: "GRANT", name: "Grant", expectedReplyDays: 40, timeoutDays: 90, followUpDays: [], defaultPrior: 0.2, defaultPayoff: 6, defaultEnergyNeeded: 5, ...overrides },
  });
}

async function insertArea(user: TestUser, name: string, archivedAt: Date | null = null) {
  return getDb().area.create({ data: { userId: user.id, name, color: "#123456", targetPct: 0, position: 0, archivedAt } });
}

describe("[callbacks] capture's one read and one write", () => {
  test("the callback answered is the row stored, every column, and its CREATED event is there", async () => {
    const user = await createTestUser();
    const kind = await ownKind(user);
    const area = await insertArea(user, "Research");
    const callback = created(
      await capture(user, { title: "Apply for the grant", kind: "GRANT", areaId: area.id, counterparty: "Foundation", channel: "email", link: "https://example.test/g", notes: "n", payoff: 7, effort: 2, weight: 1.5, energyStillNeeded: 3 }),
    );
    const stored = await getDb().callback.findUniqueOrThrow({ where: { id: callback.id } });
    expect(callback).toEqual(stored);
    expect(stored).toMatchObject({ kind: "OTHER", customKindId: kind.id, areaId: area.id, followUpDays: [], expectedReplyDays: 40, timeoutDays: 90, payoff: 7, effort: 2, weight: 1.5, energyStillNeeded: 3, state: "PENDING", version: 0, demo: false });
    expect(stored.timesOutAt).toEqual(addDays(NOW, 90));
    const events = await eventsOf(callback.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: "CREATED", at: NOW, userId: user.id, probabilityAfter: 0.2, label: "Prior from kind default", data: null, note: "" });
  });

  test("an own kind's prior comes from its own settled callbacks only", async () => {
    const user = await createTestUser();
    const kind = await ownKind(user);
    for (const state of ["FULFILLED", "FULFILLED", "REJECTED", "TIMED_OUT"] as const) {
      await insertCallback(user, { kind: "OTHER", customKindId: kind.id, state, settledAt: addDays(NOW, -1) });
    }
    await insertCallback(user, { kind: "OTHER", customKindId: kind.id, state: "PENDING" });
    await insertCallback(user, { kind: "OTHER", state: "FULFILLED", settledAt: addDays(NOW, -1) });
    const callback = created(await capture(user, { title: "Another grant", kind: "GRANT" }));
    const expected = suggestPriorFromCounts({ fulfilled: 2, settled: 4, defaultPrior: 0.2 }).prior;
    expect(callback.priorProbability).toBeCloseTo(expected, 12);
    expect((await eventsOf(callback.id))[0]).toMatchObject({ label: "Prior from 4 settled" });
  });

  test("an archived own kind or an unknown key is refused on `kind`, writing nothing", async () => {
    const user = await createTestUser();
    await ownKind(user, { archivedAt: addDays(NOW, -1) });
    for (const key of ["GRANT", "NO_SUCH_KIND"]) {
      const error = await expectAppError(capture(user, { title: "Nope", kind: key }), "INVALID");
      expect(error.fieldErrors).toEqual({ kind: ["Choose one of your kinds."] });
    }
    expect(await getDb().callback.count({ where: { userId: user.id } })).toBe(0);
  });

  test("the kind's default area applies when none is given, unless it was archived; a given area wins", async () => {
    const user = await createTestUser();
    const jobs = await insertArea(user, "Jobs");
    const other = await insertArea(user, "Other");
    await getDb().kindArea.create({ data: { userId: user.id, kindKey: "JOB_APPLICATION", areaId: jobs.id } });
    expect(created(await capture(user, { title: "A", kind: "JOB_APPLICATION" })).areaId).toBe(jobs.id);
    expect(created(await capture(user, { title: "B", kind: "JOB_APPLICATION", areaId: other.id })).areaId).toBe(other.id);
    expect(created(await capture(user, { title: "C", kind: "HEALTH" })).areaId).toBeNull();
    await getDb().area.update({ where: { id: jobs.id }, data: { archivedAt: addDays(NOW, -1) } });
    expect(created(await capture(user, { title: "D", kind: "JOB_APPLICATION" })).areaId).toBeNull();
  });

  test("every ACTIVE commitment weighs on the load; only running ones with an area compete", async () => {
    const user = await createTestUser({ capacity: 7 });
    const area = await insertArea(user, "Writing");
    const commitment = (title: string, startsOn: string, endsOn: string, areaId: string | null) =>
      getDb().commitment.create({ data: { userId: user.id, title, cadence: "DAILY", areaId, startsOn: dayKeyToDate(startsOn), endsOn: dayKeyToDate(endsOn) } });
    await commitment("Upcoming", "2035-06-20", "2035-07-20", area.id);
    await commitment("Running, no area", "2035-06-01", "2035-07-01", null);
    await getDb().commitment.create({
      data: { userId: user.id, title: "Ended", cadence: "DAILY", areaId: area.id, state: "KEPT", startsOn: dayKeyToDate("2035-05-01"), endsOn: dayKeyToDate("2035-07-01") },
    });
    // 2 ACTIVE × 3 = 6: a weight of 1 reaches capacity exactly, 2 goes over; nothing competes.
    expect(created(await capture(user, { title: "Fits" })).weight).toBe(1);
    await getDb().callback.deleteMany({ where: { userId: user.id } });
    const asked = await capture(user, { title: "Too much", weight: 2 });
    expect(asked).toMatchObject({ status: "needs-confirmation", reasons: ["overflow"], load: 6, competing: [] });
    const running = await commitment("Running in Writing", "2035-06-01", "2035-07-01", area.id);
    const both = await capture(user, { title: "Elsewhere" });
    expect(both).toMatchObject({ status: "needs-confirmation", reasons: ["overflow", "competes"], load: 9, competing: [{ id: running.id, title: "Running in Writing" }] });
    expect(created(await capture(user, { title: "In Writing", areaId: area.id, confirmOverflow: true })).areaId).toBe(area.id);
  });

  test("the first capture finishes the first run; later ones leave its time alone", async () => {
    const user = await createTestUser();
    const doneAt = async () => (await getDb().user.findUniqueOrThrow({ where: { id: user.id }, select: { firstRunDoneAt: true } })).firstRunDoneAt;
    created(await capture(user, { title: "First" }));
    expect(await doneAt()).toEqual(NOW);
    created(await capture(user, { title: "Second" }, addDays(NOW, 1)));
    expect(await doneAt()).toEqual(NOW);
  });

  test("a refused capture (needs confirmation) does not finish the first run", async () => {
    const user = await createTestUser({ capacity: 1 });
    await insertCallback(user, { state: "PENDING", weight: 1 });
    await getDb().user.update({ where: { id: user.id }, data: { firstRunDoneAt: null } });
    expect((await capture(user, { title: "Over" })).status).toBe("needs-confirmation");
    expect((await getDb().user.findUniqueOrThrow({ where: { id: user.id } })).firstRunDoneAt).toBeNull();
  });

  test("with an Idempotency-Key claim the key records the callback; a claim taken over writes nothing", async () => {
    const user = await createTestUser();
    const db = getDb();
    const key = await db.idempotencyKey.create({
      data: { userId: user.id, route: "POST /api/v1/callbacks", key: "k1", requestHash: "h", claimToken: "t1", lockedUntil: addDays(NOW, 1), expiresAt: addDays(NOW, 1) },
    });
    const scope = { keyId: key.id, claimToken: "t1", recorded: false };
    const callback = created(await idempotencyScope.run(scope, () => capture(user, { title: "Keyed" })));
    expect(scope.recorded).toBe(true);
    expect((await db.idempotencyKey.findUniqueOrThrow({ where: { id: key.id } })).resultRef).toBe(callback.id);

    const stale = { keyId: key.id, claimToken: "someone else's", recorded: false };
    await expectAppError(idempotencyScope.run(stale, () => capture(user, { title: "Lost the claim" })), "CONFLICT");
    expect(stale.recorded).toBe(false);
    expect(await db.callback.count({ where: { userId: user.id } })).toBe(1);
    expect(await db.callbackEvent.count({ where: { userId: user.id } })).toBe(1);
  });
});
