import { describe, expect, test } from "vitest";
import { getDb, getDbInfo } from "@/lib/db";
import { dateToDayKey } from "@/lib/domain/day-keys";
import { breakCommitment } from "@/lib/server/commitments/break-commitment";
import { cancelCommitment } from "@/lib/server/commitments/cancel-commitment";
import { checkIn } from "@/lib/server/commitments/check-in";
import { closeCommitment } from "@/lib/server/commitments/close-commitment";
import { TOO_MANY_ACTIVE_MESSAGE, createCommitment } from "@/lib/server/commitments/create-commitment";
import { editCommitment } from "@/lib/server/commitments/edit-commitment";
import { getCommitment } from "@/lib/server/commitments/get-commitment";
import { listCommitmentTickItems } from "@/lib/server/commitments/list-commitment-tick-items";
import { listCommitments } from "@/lib/server/commitments/list-commitments";
import {
  breakCommitmentSchema,
  checkInSchema,
  closeCommitmentSchema,
  createCommitmentSchema,
  editCommitmentSchema,
} from "@/lib/validation/commitments";
import { expectAppError, expectDomainError } from "../callbacks/helpers";
import { createTestUser } from "../factories";
import { NOW, NY, actorOf, commitmentSnapshot, insertArea, insertCommitment } from "./helpers";

const { kind: databaseKind } = await getDbInfo();

async function newActor(capacity = 7) {
  return actorOf(await createTestUser({ timeZone: NY, capacity }));
}

/** Creates past the overload question (see overflow.test.ts for the question itself). */
async function create(actor: Awaited<ReturnType<typeof newActor>>, input: Record<string, unknown>, now = NOW) {
  const result = await createCommitment(
    actor,
    createCommitmentSchema.parse({ title: "Write the book", startsOn: "2035-06-13", endsOn: "2035-06-20", cadence: "DAILY", confirmOverflow: true, ...input }),
    now,
  );
  if (result.status !== "created") throw new Error(`expected created, got ${result.status}`);
  return result;
}

describe("[commitments] create", () => {
  test("writes the commitment with its days as DATE columns", async () => {
    const actor = await newActor();
    const area = await insertArea(actor, "Writing");
    const { id } = await create(actor, { title: "  Write the book ", why: "It matters", areaId: area.id, cadence: "WEEKLY" });
    const row = await getDb().commitment.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ userId: actor.id, title: "Write the book", why: "It matters", areaId: area.id, cadence: "WEEKLY", state: "ACTIVE", version: 0 });
    expect(dateToDayKey(row.startsOn)).toBe("2035-06-13");
    expect(dateToDayKey(row.endsOn)).toBe("2035-06-20");
  });

  test.each([
    [{ endsOn: "2035-06-19" }, "endsOn", /at least 7 days/],
    [{ startsOn: "2035-05-13" }, "startsOn", /at most 30 days ago/],
    [{ endsOn: "2036-06-20" }, "endsOn", /at most 366 days/],
  ])("refuses %j with a field error", async (input, field, message) => {
    const actor = await newActor();
    const error = await expectAppError(create(actor, input), "INVALID");
    expect(error.fieldErrors?.[field]?.[0]).toMatch(message);
    expect(await getDb().commitment.count({ where: { userId: actor.id } })).toBe(0);
  });

  test("allows a start up to 30 days back", async () => {
    const actor = await newActor();
    await expect(create(actor, { startsOn: "2035-05-14", endsOn: "2035-05-21" })).resolves.toMatchObject({ title: "Write the book" });
  });

  test("a backdated commitment is still locked for 7 days from the day it was made", async () => {
    const actor = await newActor();
    const { id } = await create(actor, { startsOn: "2035-05-20", endsOn: "2035-07-20" });
    const before = await commitmentSnapshot(id);
    // Made Wed 2035-06-13 (New York): locked until Wed 2035-06-20, although its first day was weeks ago.
    await expectDomainError(cancelCommitment(actor, id, new Date("2035-06-16T15:00:00Z")), "ILLEGAL_TRANSITION");
    await expectDomainError(
      editCommitment(actor, id, editCommitmentSchema.parse({ title: "Write the book", endsOn: "2035-06-30", cadence: "DAILY" }), new Date("2035-06-16T15:00:00Z")),
      "ILLEGAL_TRANSITION",
    );
    expect(await commitmentSnapshot(id)).toEqual(before);
    expect((await getCommitment(actor, id, new Date("2035-06-16T15:00:00Z"))).lockedUntil).toBe("2035-06-20");
    await expect(cancelCommitment(actor, id, new Date("2035-06-20T05:00:00Z"))).resolves.toMatchObject({ state: "CANCELLED" });
  });

  test("the zod schema names missing fields", () => {
    const parsed = createCommitmentSchema.safeParse({ title: " ", startsOn: "", endsOn: "2035-02-30", cadence: "HOURLY" });
    expect(parsed.success).toBe(false);
    const paths = parsed.error!.issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["title", "startsOn", "endsOn", "cadence"]));
  });

  test("refuses someone else's area", async () => {
    const actor = await newActor();
    const theirs = await insertArea(await createTestUser(), "Theirs");
    const error = await expectAppError(create(actor, { areaId: theirs.id }), "INVALID");
    expect(error.fieldErrors?.areaId).toEqual(["Choose one of your areas."]);
  });

  test("at most 3 active: the 4th is refused with a clear message; closed ones don't count", async () => {
    const actor = await newActor();
    await insertCommitment(actor, { state: "KEPT" });
    await insertCommitment(actor, { state: "CANCELLED" });
    for (let i = 0; i < 3; i += 1) await create(actor, { title: `Block ${i}` });
    const error = await expectAppError(create(actor, { title: "Fourth" }), "CONFLICT");
    expect(error.message).toBe(TOO_MANY_ACTIVE_MESSAGE);
    expect(error.message).toMatch(/already have 3 active commitments/);
    expect(await getDb().commitment.count({ where: { userId: actor.id, state: "ACTIVE" } })).toBe(3);
  });

  test("upcoming and ended-awaiting-verdict commitments count as active", async () => {
    const actor = await newActor();
    await insertCommitment(actor, { startsOn: "2035-07-01", endsOn: "2035-07-10" }); // upcoming
    await insertCommitment(actor, { startsOn: "2035-05-01", endsOn: "2035-06-01" }); // ended, no verdict
    await insertCommitment(actor);
    await expectAppError(create(actor, {}), "CONFLICT");
  });

  test.skipIf(databaseKind !== "postgres")("two concurrent creates at 2 active: exactly one passes", async () => {
    const actor = await newActor();
    await insertCommitment(actor);
    await insertCommitment(actor);
    const results = await Promise.allSettled([create(actor, { title: "A" }), create(actor, { title: "B" }), create(actor, { title: "C" })]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await getDb().commitment.count({ where: { userId: actor.id, state: "ACTIVE" } })).toBe(3);
  });
});

describe("[commitments] the 7-day lock", () => {
  // Started Monday 2035-06-11; NOW is Wednesday the 13th: locked until Monday the 18th.
  const edit = (actor: Awaited<ReturnType<typeof newActor>>, id: string, input: Record<string, unknown>, now = NOW) =>
    editCommitment(actor, id, editCommitmentSchema.parse({ title: "Write the book", endsOn: "2035-07-10", cadence: "DAILY", ...input }), now);

  test("refuses shortening, easing, moving the area and cancelling, changing nothing", async () => {
    const actor = await newActor();
    const area = await insertArea(actor, "Writing");
    const other = await insertArea(actor, "Jobs", 1);
    const commitment = await insertCommitment(actor, { areaId: area.id });
    const before = await commitmentSnapshot(commitment.id);
    for (const [input, message] of [
      [{ areaId: area.id, endsOn: "2035-07-01" }, /can't be shortened — it's locked until Mon, Jun 18, 2035/],
      [{ areaId: area.id, cadence: "WEEKLY" }, /can't be eased to weekly/],
      [{ areaId: other.id }, /area can't change/],
      [{}, /area can't change/],
    ] as const) {
      const error = await expectDomainError(edit(actor, commitment.id, input), "ILLEGAL_TRANSITION");
      expect(error.message).toMatch(message);
    }
    const cancelError = await expectDomainError(cancelCommitment(actor, commitment.id, NOW), "ILLEGAL_TRANSITION");
    expect(cancelError.message).toMatch(/can't be cancelled — it's locked until Mon, Jun 18, 2035/);
    expect(await commitmentSnapshot(commitment.id)).toEqual(before);
  });

  test("allows extending and weekly → daily", async () => {
    const actor = await newActor();
    const commitment = await insertCommitment(actor, { cadence: "WEEKLY" });
    const row = await edit(actor, commitment.id, { endsOn: "2035-08-01", cadence: "DAILY" });
    expect(row).toMatchObject({ title: "Write the book", cadence: "DAILY", version: 1 });
    expect(dateToDayKey(row.endsOn)).toBe("2035-08-01");
  });

  test("freezes the title and the why, except typo fixes in the first hour after making it", async () => {
    const actor = await newActor();
    const old = await insertCommitment(actor, { why: "It matters" });
    const before = await commitmentSnapshot(old.id);
    for (const input of [{ title: "Maybe look at a job ad", why: "It matters" }, { why: "Whatever" }]) {
      const error = await expectDomainError(edit(actor, old.id, input), "ILLEGAL_TRANSITION");
      expect(error.message).toMatch(/title and why can't change after the first 60 minutes \(typo fixes\) — it's locked until Mon, Jun 18, 2035/);
    }
    expect(await commitmentSnapshot(old.id)).toEqual(before);

    const fresh = await insertCommitment(actor, { createdAt: new Date(NOW.getTime() - 59 * 60_000) });
    const fixed = await edit(actor, fresh.id, { title: "Write the bok → book", why: "Typo" });
    expect(fixed).toMatchObject({ title: "Write the bok → book", why: "Typo" });
    await expectDomainError(edit(actor, fresh.id, { title: "Later" }, new Date(NOW.getTime() + 60_000)), "ILLEGAL_TRANSITION");
  });

  test("marking it broken with a note is always allowed, and needs the note", async () => {
    const actor = await newActor();
    const commitment = await insertCommitment(actor);
    expect(breakCommitmentSchema.safeParse({ note: "  " }).success).toBe(false);
    const row = await breakCommitment(actor, commitment.id, breakCommitmentSchema.parse({ note: "Got sick" }), NOW);
    expect(row).toMatchObject({ state: "BROKEN", brokenNote: "Got sick", endedAt: NOW });
    await expectDomainError(breakCommitment(actor, commitment.id, { note: "again" }, NOW), "ILLEGAL_TRANSITION");
  });

  test("after the lock: shortening, easing and cancelling are allowed", async () => {
    const actor = await newActor();
    const commitment = await insertCommitment(actor, { startsOn: "2035-06-01", endsOn: "2035-07-10" });
    const row = await edit(actor, commitment.id, { endsOn: "2035-06-20", cadence: "WEEKLY" });
    expect(dateToDayKey(row.endsOn)).toBe("2035-06-20");
    expect((await cancelCommitment(actor, commitment.id, NOW)).state).toBe("CANCELLED");
  });

  test("the lock follows the user's zone: 23:30 on day 7 in New York is still locked", async () => {
    const actor = await newActor();
    const commitment = await insertCommitment(actor, { startsOn: "2035-06-11" });
    // 2035-06-18T03:30Z = Sunday 17th, 23:30 EDT.
    await expectDomainError(cancelCommitment(actor, commitment.id, new Date("2035-06-18T03:30:00Z")), "ILLEGAL_TRANSITION");
    // 2035-06-18T04:00Z = Monday 18th, 00:00 EDT.
    await expect(cancelCommitment(actor, commitment.id, new Date("2035-06-18T04:00:00Z"))).resolves.toMatchObject({ state: "CANCELLED" });
  });

  test("an optimistic version check refuses a stale write", async () => {
    const actor = await newActor();
    // Made ten minutes ago: both edits are typo fixes the lock allows.
    const commitment = await insertCommitment(actor, { createdAt: new Date(NOW.getTime() - 10 * 60_000) });
    await Promise.allSettled([
      edit(actor, commitment.id, { title: "One", endsOn: "2035-07-11" }),
      edit(actor, commitment.id, { title: "Two", endsOn: "2035-07-12" }),
    ]);
    const row = await getDb().commitment.findUniqueOrThrow({ where: { id: commitment.id } });
    expect(row.version).toBeGreaterThanOrEqual(1);
    expect(["One", "Two"]).toContain(row.title);
  });
});

describe("[commitments] check-ins and the streak", () => {
  const checkInput = (commitmentId: string, period: string, kept: boolean, note?: string) => checkInSchema.parse({ commitmentId, period, kept, note });

  test("kept days build a streak, a miss resets it, and the page shows the history", async () => {
    const actor = await newActor();
    const commitment = await insertCommitment(actor);
    // Monday alone: Tuesday is still unchecked, so the run up to today is broken.
    expect(await checkIn(actor, checkInput(commitment.id, "2035-06-11", true), NOW)).toEqual({ streak: 0 });
    expect(await checkIn(actor, checkInput(commitment.id, "2035-06-12", true, "Two pages"), NOW)).toEqual({ streak: 2 });
    expect(await checkIn(actor, checkInput(commitment.id, "2035-06-13", true), NOW)).toEqual({ streak: 3 });
    const detail = await getCommitment(actor, commitment.id, NOW);
    expect(detail.streak).toMatchObject({ current: 3, longest: 3, kept: 3, missed: 0 });
    expect(detail.checkIns.map((c) => [c.period, c.kept, c.note])).toEqual([
      ["2035-06-13", true, ""],
      ["2035-06-12", true, "Two pages"],
      ["2035-06-11", true, ""],
    ]);
    expect(detail.due).toEqual([]);
    expect(detail).toMatchObject({ status: "running", locked: true, lockedUntil: "2035-06-18", canClose: false, canCancel: false });

    const other = await insertCommitment(actor);
    await checkIn(actor, checkInput(other.id, "2035-06-12", true), NOW);
    expect(await checkIn(actor, checkInput(other.id, "2035-06-13", false, "Busy"), NOW)).toEqual({ streak: 0 });
  });

  test("a second check-in for the same period is refused (409), the first stays", async () => {
    const actor = await newActor();
    const commitment = await insertCommitment(actor);
    await checkIn(actor, checkInput(commitment.id, "2035-06-13", true), NOW);
    const error = await expectAppError(checkIn(actor, checkInput(commitment.id, "2035-06-13", false), NOW), "CONFLICT");
    expect(error.message).toBe("You already checked in for today.");
    const rows = await getDb().commitmentCheckIn.findMany({ where: { commitmentId: commitment.id } });
    expect(rows.map((row) => row.kept)).toEqual([true]);
  });

  test("refuses future periods, days outside it, non-Monday weekly periods and closed commitments", async () => {
    const actor = await newActor();
    const daily = await insertCommitment(actor);
    await expectDomainError(checkIn(actor, checkInput(daily.id, "2035-06-14", true), NOW), "NOT_YET_DUE");
    await expectDomainError(checkIn(actor, checkInput(daily.id, "2035-06-10", true), NOW), "INVALID_DATE");
    const weekly = await insertCommitment(actor, { cadence: "WEEKLY" });
    await expectDomainError(checkIn(actor, checkInput(weekly.id, "2035-06-13", true), NOW), "INVALID_DATE");
    expect(await checkIn(actor, checkInput(weekly.id, "2035-06-11", true), NOW)).toEqual({ streak: 1 });
    const kept = await insertCommitment(actor, { state: "KEPT" });
    await expectDomainError(checkIn(actor, checkInput(kept.id, "2035-06-12", true), NOW), "ILLEGAL_TRANSITION");
    expect(await getDb().commitmentCheckIn.count({ where: { userId: actor.id } })).toBe(1);
  });

  test("the day is the user's: 23:00 in New York is already tomorrow in UTC", async () => {
    const actor = await newActor();
    const commitment = await insertCommitment(actor);
    const lateWednesday = new Date("2035-06-14T03:00:00Z");
    await expectDomainError(checkIn(actor, checkInput(commitment.id, "2035-06-14", true), lateWednesday), "NOT_YET_DUE");
    expect(await checkIn(actor, checkInput(commitment.id, "2035-06-13", true), lateWednesday)).toEqual({ streak: 1 });
  });
});

describe("[commitments] the end: kept or broken, with a reflection", () => {
  test("closing before the last day is refused; from it on, the verdict and reflection are saved", async () => {
    const actor = await newActor();
    const commitment = await insertCommitment(actor, { startsOn: "2035-06-01", endsOn: "2035-06-14" });
    const input = closeCommitmentSchema.parse({ verdict: "KEPT", reflection: "Blocking worked." });
    await expectDomainError(closeCommitment(actor, commitment.id, input, NOW), "NOT_YET_DUE");
    const lastDay = new Date("2035-06-14T15:00:00Z");
    expect(await closeCommitment(actor, commitment.id, input, lastDay)).toMatchObject({ state: "KEPT", reflection: "Blocking worked.", endedAt: lastDay });
    expect(closeCommitmentSchema.safeParse({ verdict: "KEPT", reflection: "" }).success).toBe(false);
  });

  test("an ended commitment stays ACTIVE, shows 'awaiting verdict' and asks to be closed in the tick", async () => {
    const actor = await newActor();
    const commitment = await insertCommitment(actor, { startsOn: "2035-05-20", endsOn: "2035-06-12", title: "Ended" });
    const detail = await getCommitment(actor, commitment.id, NOW);
    expect(detail).toMatchObject({ status: "awaiting-verdict", canClose: true, canCancel: true });
    expect(detail.due.map((d) => d.label)).toEqual(["yesterday"]);
    const items = await listCommitmentTickItems(actor, NOW);
    expect(items).toEqual([
      expect.objectContaining({ type: "check-in", commitmentId: commitment.id, period: "2035-06-12", periodLabel: "yesterday" }),
      { type: "close", commitmentId: commitment.id, title: "Ended", endsOn: "2035-06-12", endedAt: new Date("2035-06-13T04:00:00Z") },
    ]);
    const closed = await closeCommitment(actor, commitment.id, { verdict: "BROKEN", reflection: "Too big" }, NOW);
    expect(closed.state).toBe("BROKEN");
    expect(await listCommitmentTickItems(actor, NOW)).toEqual([]);
  });
});

describe("[commitments] lists and tick items", () => {
  test("active (soonest end first, with streak) and past (most recent first, with counts)", async () => {
    const actor = await newActor();
    const late = await insertCommitment(actor, { title: "Late", endsOn: "2035-08-01" });
    const soon = await insertCommitment(actor, { title: "Soon", endsOn: "2035-06-20" });
    const kept = await insertCommitment(actor, { title: "Kept", state: "KEPT", startsOn: "2035-05-01", endsOn: "2035-05-20", endedAt: new Date("2035-05-21T12:00:00Z") });
    const broken = await insertCommitment(actor, { title: "Broken", state: "BROKEN", startsOn: "2035-05-01", endsOn: "2035-05-20", endedAt: new Date("2035-05-10T12:00:00Z") });
    await getDb().commitmentCheckIn.createMany({
      data: [
        { commitmentId: kept.id, userId: actor.id, period: new Date("2035-05-01T00:00:00Z"), kept: true },
        { commitmentId: kept.id, userId: actor.id, period: new Date("2035-05-02T00:00:00Z"), kept: false },
        { commitmentId: soon.id, userId: actor.id, period: new Date("2035-06-12T00:00:00Z"), kept: true },
      ],
    });
    const { active, past } = await listCommitments(actor, NOW);
    expect(active.map((c) => [c.id, c.streak.current, c.status, c.locked])).toEqual([
      [soon.id, 1, "running", true],
      [late.id, 0, "running", true],
    ]);
    expect(past.map((c) => [c.id, c.keptCount, c.checkInCount])).toEqual([
      [kept.id, 1, 2],
      [broken.id, 0, 0],
    ]);
  });

  test("tick items: today and yesterday when unchecked, weekly this and last week, nothing for upcoming ones", async () => {
    const actor = await newActor();
    const daily = await insertCommitment(actor, { title: "Daily" });
    const weekly = await insertCommitment(actor, { title: "Weekly", cadence: "WEEKLY", startsOn: "2035-06-01", endsOn: "2035-07-01" });
    await insertCommitment(actor, { title: "Upcoming", startsOn: "2035-06-20", endsOn: "2035-07-01" });
    await getDb().commitmentCheckIn.create({ data: { commitmentId: daily.id, userId: actor.id, period: new Date("2035-06-12T00:00:00Z"), kept: true } });
    const items = await listCommitmentTickItems(actor, NOW);
    expect(items.map((item) => (item.type === "check-in" ? [item.commitmentId, item.period, item.periodLabel, item.periodStart.toISOString()] : item))).toEqual(
      expect.arrayContaining([
        [daily.id, "2035-06-13", "today", "2035-06-13T04:00:00.000Z"],
        [weekly.id, "2035-06-11", "this week", "2035-06-11T04:00:00.000Z"],
        [weekly.id, "2035-06-04", "last week", "2035-06-04T04:00:00.000Z"],
      ]),
    );
    expect(items).toHaveLength(3);
  });
});
