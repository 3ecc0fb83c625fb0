import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { deleteEffort } from "@/lib/server/effort/delete-effort";
import { editEffort } from "@/lib/server/effort/edit-effort";
import { listEffortEntries } from "@/lib/server/effort/list-effort-entries";
import { logEffort } from "@/lib/server/effort/log-effort";
import { editEffortSchema, logEffortSchema } from "@/lib/validation/effort";
import { FAR_NOW, eventsOf, expectAppError, insertCallback } from "../callbacks/helpers";
import { createUserWithAreas } from "./helpers";

const NOW = FAR_NOW; // 2035-06-15T12:00Z
const log = (input: Record<string, unknown>) => logEffortSchema.parse(input);
const edit = (input: Record<string, unknown>) => editEffortSchema.parse(input);

describe("[effort] logging", () => {
  test("stores points, minutes, note and today's instant; no callback, no callback write", async () => {
    const { user, areas } = await createUserWithAreas();
    const entry = await logEffort(user, log({ areaId: areas[0]!.id, points: "2.5", minutes: "45", note: " ran " }), NOW);
    expect(entry).toMatchObject({ areaId: areas[0]!.id, callbackId: null, points: 2.5, minutes: 45, note: "ran" });
    expect(entry.spentAt.toISOString()).toBe(NOW.toISOString());
  });

  test("an earlier day is stored at noon of that day in the user's zone", async () => {
    const { user, areas } = await createUserWithAreas("Asia/Tokyo");
    const entry = await logEffort(user, log({ areaId: areas[1]!.id, points: 1, day: "2035-06-10" }), NOW);
    expect(entry.spentAt.toISOString()).toBe("2035-06-10T03:00:00.000Z");
  });

  test("refuses a day after today in the user's zone, an archived area and unknown ids", async () => {
    const { user, areas } = await createUserWithAreas("Asia/Tokyo");
    // 12:00Z is 21:00 in Tokyo: the 16th is tomorrow there.
    const future = await expectAppError(logEffort(user, log({ areaId: areas[0]!.id, points: 1, day: "2035-06-16" }), NOW), "INVALID");
    expect(future.fieldErrors?.day).toBeDefined();
    await getDb().area.update({ where: { id: areas[4]!.id }, data: { archivedAt: NOW } });
    const archived = await expectAppError(logEffort(user, log({ areaId: areas[4]!.id, points: 1 }), NOW), "INVALID");
    expect(archived.fieldErrors?.areaId).toEqual(["That area is archived; choose an active one."]);
    await expectAppError(logEffort(user, log({ areaId: "nope", points: 1 }), NOW), "INVALID");
    await expectAppError(logEffort(user, log({ areaId: areas[0]!.id, callbackId: "nope", points: 1 }), NOW), "INVALID");
    expect(await getDb().effortEntry.count({ where: { userId: user.id } })).toBe(0);
  });

  test.each([
    [{ points: "0" }, "points"],
    [{ points: "-1" }, "points"],
    [{ points: "101" }, "points"],
    [{ points: "abc" }, "points"],
    [{ points: "1", minutes: "0" }, "minutes"],
    [{ points: "1", minutes: "1441" }, "minutes"],
    [{ points: "1", minutes: "2.5" }, "minutes"],
    [{ points: "1", note: "x".repeat(501) }, "note"],
    [{ points: "1", day: "tomorrow" }, "day"],
    [{ points: "1", areaId: "" }, "areaId"],
  ])("the schema refuses %j on %s", (input, field) => {
    const result = logEffortSchema.safeParse({ areaId: "a", ...input });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toContain(field);
  });
});

describe("[effort] callback effort stays in sync", () => {
  test("log, edit and delete move Callback.effort by the points, with history, in one transaction", async () => {
    const { user, areas } = await createUserWithAreas();
    const callback = await insertCallback(user, { areaId: areas[2]!.id, effort: 1 });
    const entry = await logEffort(user, log({ areaId: areas[2]!.id, callbackId: callback.id, points: 3 }), NOW);
    const db = getDb();
    expect((await db.callback.findUniqueOrThrow({ where: { id: callback.id } })).effort).toBe(4);

    await editEffort(user, edit({ id: entry.id, areaId: areas[2]!.id, points: 5 }), NOW);
    const afterEdit = await db.callback.findUniqueOrThrow({ where: { id: callback.id } });
    expect(afterEdit.effort).toBe(6);
    expect(afterEdit.version).toBe(callback.version + 2);

    // Editing only the note leaves the callback alone.
    await editEffort(user, edit({ id: entry.id, areaId: areas[2]!.id, points: 5, note: "calls" }), NOW);
    expect((await db.callback.findUniqueOrThrow({ where: { id: callback.id } })).version).toBe(callback.version + 2);

    await deleteEffort(user, entry.id, NOW);
    expect((await db.callback.findUniqueOrThrow({ where: { id: callback.id } })).effort).toBe(1);
    const edits = await eventsOf(callback.id, "EDITED");
    expect(edits.map((event) => event.data)).toEqual([
      { effort: { before: 1, after: 4 } },
      { effort: { before: 4, after: 6 } },
      { effort: { before: 6, after: 1 } },
    ]);
    expect(await db.effortEntry.count({ where: { userId: user.id } })).toBe(0);
  });

  test("a callback's effort never drops below 0 (its effort was lowered by hand meanwhile)", async () => {
    const { user, areas } = await createUserWithAreas();
    const callback = await insertCallback(user, { effort: 0 });
    const entry = await logEffort(user, log({ areaId: areas[0]!.id, callbackId: callback.id, points: 3 }), NOW);
    await getDb().callback.update({ where: { id: callback.id }, data: { effort: 1 } });
    await deleteEffort(user, entry.id, NOW);
    expect((await getDb().callback.findUniqueOrThrow({ where: { id: callback.id } })).effort).toBe(0);
  });

  test("a day edit keeps the instant when the day is unchanged and moves it otherwise", async () => {
    const { user, areas } = await createUserWithAreas("America/New_York");
    const entry = await logEffort(user, log({ areaId: areas[0]!.id, points: 1 }), NOW);
    const same = await editEffort(user, edit({ id: entry.id, areaId: areas[1]!.id, points: 1, day: "2035-06-15" }), NOW);
    expect(same.spentAt.toISOString()).toBe(NOW.toISOString());
    expect(same.areaId).toBe(areas[1]!.id);
    const moved = await editEffort(user, edit({ id: entry.id, areaId: areas[1]!.id, points: 1, day: "2035-06-01" }), NOW);
    expect(moved.spentAt.toISOString()).toBe("2035-06-01T16:00:00.000Z"); // noon EDT
  });

  test("an entry on an area archived since may keep it, but can't move to an archived area", async () => {
    const { user, areas } = await createUserWithAreas();
    const entry = await logEffort(user, log({ areaId: areas[0]!.id, points: 1 }), NOW);
    await getDb().area.updateMany({ where: { id: { in: [areas[0]!.id, areas[1]!.id] } }, data: { archivedAt: NOW } });
    await editEffort(user, edit({ id: entry.id, areaId: areas[0]!.id, points: 2 }), NOW);
    await expectAppError(editEffort(user, edit({ id: entry.id, areaId: areas[1]!.id, points: 2 }), NOW), "INVALID");
  });
});

describe("[effort] listing", () => {
  test("newest first by day, limited, optionally for one callback", async () => {
    const { user, areas } = await createUserWithAreas();
    const callback = await insertCallback(user);
    for (const day of ["2035-06-01", "2035-06-03", "2035-06-02"]) await logEffort(user, log({ areaId: areas[0]!.id, points: 1, day }), NOW);
    await logEffort(user, log({ areaId: areas[0]!.id, points: 2, callbackId: callback.id, day: "2035-05-01" }), NOW);
    const firstTwo = await listEffortEntries(user, { take: 2 });
    expect(firstTwo.hasMore).toBe(true);
    expect(firstTwo.entries.map((e) => e.spentAt.toISOString().slice(0, 10))).toEqual(["2035-06-03", "2035-06-02"]);
    const all = await listEffortEntries(user);
    expect(all.entries).toHaveLength(4);
    expect(all.hasMore).toBe(false);
    const forCallback = await listEffortEntries(user, { callbackId: callback.id });
    expect(forCallback.entries.map((e) => [e.points, e.callback?.title])).toEqual([[2, "A callback"]]);
  });
});

describe("[effort] ownership", () => {
  test("B can't log to A's area or callback, nor edit, delete or list A's entries", async () => {
    const a = await createUserWithAreas();
    const b = await createUserWithAreas();
    const callbackA = await insertCallback(a.user, { effort: 2 });
    const entryA = await logEffort(a.user, log({ areaId: a.areas[0]!.id, callbackId: callbackA.id, points: 3 }), NOW);
    const db = getDb();
    const before = await db.effortEntry.findUniqueOrThrow({ where: { id: entryA.id } });

    await expectAppError(logEffort(b.user, log({ areaId: a.areas[0]!.id, points: 1 }), NOW), "INVALID");
    await expectAppError(logEffort(b.user, log({ areaId: b.areas[0]!.id, callbackId: callbackA.id, points: 1 }), NOW), "INVALID");
    await expectAppError(editEffort(b.user, edit({ id: entryA.id, areaId: b.areas[0]!.id, points: 9 }), NOW), "NOT_FOUND");
    await expectAppError(editEffort(b.user, edit({ id: entryA.id, areaId: a.areas[0]!.id, points: 9 }), NOW), "NOT_FOUND");
    await expectAppError(deleteEffort(b.user, entryA.id, NOW), "NOT_FOUND");
    expect((await listEffortEntries(b.user)).entries).toEqual([]);
    expect((await listEffortEntries(b.user, { callbackId: callbackA.id })).entries).toEqual([]);

    // A can't move their own entry to B's area either.
    await expectAppError(editEffort(a.user, edit({ id: entryA.id, areaId: b.areas[0]!.id, points: 3 }), NOW), "INVALID");

    expect(await db.effortEntry.findUniqueOrThrow({ where: { id: entryA.id } })).toEqual(before);
    expect((await db.callback.findUniqueOrThrow({ where: { id: callbackA.id } })).effort).toBe(5);
    expect(await db.effortEntry.count({ where: { userId: b.user.id } })).toBe(0);
  });
});
