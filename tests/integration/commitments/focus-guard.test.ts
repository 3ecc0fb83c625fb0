import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { type CaptureResult, captureCallback } from "@/lib/server/callbacks/capture-callback";
import { getCommitment } from "@/lib/server/commitments/get-commitment";
import { computeWeekFigures } from "@/lib/server/review/compute-week-figures";
import { weekKeyOf } from "@/lib/domain/review";
import { captureCallbackSchema } from "@/lib/validation/callbacks";
import { insertCallback } from "../callbacks/helpers";
import { createTestUser } from "../factories";
import { NOW, NY, actorOf, insertArea, insertCommitment } from "./helpers";

type TestActor = ReturnType<typeof actorOf>;

async function setUp(capacity = 20) {
  const actor = actorOf(await createTestUser({ timeZone: NY, capacity }));
  const writing = await insertArea(actor, "Writing");
  const jobs = await insertArea(actor, "Jobs", 1);
  return { actor, writing, jobs };
}

const capture = (actor: TestActor, input: Record<string, unknown>) => captureCallback(actor, captureCallbackSchema.parse(input), NOW);

async function counts(userId: string) {
  const db = getDb();
  const [callbacks, events, overrides] = await Promise.all([
    db.callback.count({ where: { userId } }),
    db.callbackEvent.count({ where: { userId } }),
    db.focusOverride.count({ where: { userId } }),
  ]);
  return { callbacks, events, overrides };
}

function asked(result: CaptureResult) {
  if (result.status !== "needs-confirmation") throw new Error("expected a question");
  return result;
}

describe("[commitments] the focus guard on capture", () => {
  test("a capture in another area asks first and writes nothing", async () => {
    const { actor, writing, jobs } = await setUp();
    const commitment = await insertCommitment(actor, { title: "Write the book", areaId: writing.id });
    const result = asked(await capture(actor, { title: "Apply to Acme", areaId: jobs.id }));
    expect(result).toMatchObject({ reason: "competes", reasons: ["competes"], competing: [{ id: commitment.id, title: "Write the book" }] });
    expect(result.message).toBe("This competes with “Write the book” — start it anyway?");
    expect(await counts(actor.id)).toEqual({ callbacks: 0, events: 0, overrides: 0 });
  });

  test("a capture with no area competes too", async () => {
    const { actor, writing } = await setUp();
    await insertCommitment(actor, { areaId: writing.id });
    expect(asked(await capture(actor, { title: "Something" })).reason).toBe("competes");
  });

  test("going ahead writes the callback and one override for the capture, listing every competing commitment, in one go", async () => {
    const { actor, writing, jobs } = await setUp();
    const health = await insertArea(actor, "Health", 2);
    const book = await insertCommitment(actor, { title: "Book", areaId: writing.id });
    const run = await insertCommitment(actor, { title: "Run", areaId: health.id });
    const message = asked(await capture(actor, { title: "Apply to Acme", areaId: jobs.id })).message;
    expect(message).toBe("This competes with “Book” and “Run” — start it anyway?");

    const result = await capture(actor, { title: "Apply to Acme", areaId: jobs.id, confirmCompeting: true });
    if (result.status !== "created") throw new Error("expected created");
    const overrides = await getDb().focusOverride.findMany({ where: { userId: actor.id } });
    expect(overrides).toHaveLength(1);
    expect(overrides[0]).toMatchObject({ callbackId: result.callback.id, callbackTitle: "Apply to Acme", at: NOW });
    expect(new Set(overrides[0]!.commitmentIds)).toEqual(new Set([book.id, run.id]));
    expect(new Set(overrides[0]!.commitmentTitles)).toEqual(new Set(["Book", "Run"]));
    // Each commitment's page still lists the capture that overrode it.
    for (const commitment of [book, run]) {
      const detail = await getCommitment(actor, commitment.id, NOW);
      expect(detail.overrides).toEqual([{ id: overrides[0]!.id, callbackId: result.callback.id, callbackTitle: "Apply to Acme", at: NOW }]);
    }
  });

  test("three captures past three commitments are three overrides, and the review shows three lines", async () => {
    const { actor, writing, jobs } = await setUp();
    const health = await insertArea(actor, "Health", 2);
    const music = await insertArea(actor, "Music", 3);
    await insertCommitment(actor, { title: "Book", areaId: writing.id });
    await insertCommitment(actor, { title: "Run", areaId: health.id });
    await insertCommitment(actor, { title: "Piano", areaId: music.id });
    for (const title of ["Apply to Acme", "Apply to Initech", "Apply to Globex"]) {
      expect((await capture(actor, { title, areaId: jobs.id, confirmCompeting: true })).status).toBe("created");
    }
    expect(await getDb().focusOverride.count({ where: { userId: actor.id } })).toBe(3);
    const figures = await computeWeekFigures(actor, weekKeyOf(NOW, NY), NOW);
    expect(figures.commitments.overrides.count).toBe(3);
    expect(figures.commitments.overrides.items.map((item) => item.callbackTitle).sort()).toEqual(["Apply to Acme", "Apply to Globex", "Apply to Initech"]);
    expect(new Set(figures.commitments.overrides.items[0]!.commitmentTitles)).toEqual(new Set(["Book", "Run", "Piano"]));
    expect(figures.commitments.overrides.items[0]!.commitmentTitle).toMatch(/^\w+, \w+ and \w+$/);
  });

  test("the same area, a commitment without area, an upcoming one and an ended one don't guard", async () => {
    const { actor, writing } = await setUp();
    await insertCommitment(actor, { areaId: writing.id });
    await insertCommitment(actor, { areaId: null, title: "No area" });
    const result = await capture(actor, { title: "Chapter 3 to the editor", areaId: writing.id });
    expect(result.status).toBe("created");

    const other = actorOf(await createTestUser({ timeZone: NY, capacity: 20 }));
    const otherArea = await insertArea(other, "Writing");
    await insertCommitment(other, { areaId: null });
    await insertCommitment(other, { areaId: otherArea.id, startsOn: "2035-06-14", endsOn: "2035-06-30" }); // starts tomorrow
    await insertCommitment(other, { areaId: otherArea.id, startsOn: "2035-05-01", endsOn: "2035-06-12" }); // ended, awaiting verdict
    await insertCommitment(other, { areaId: otherArea.id, state: "KEPT" });
    expect((await capture(other, { title: "Anything" })).status).toBe("created");
    expect(await getDb().focusOverride.count({ where: { userId: { in: [actor.id, other.id] } } })).toBe(0);
  });

  test("overflow and competing are asked together; confirming one still asks the other", async () => {
    const { actor, writing, jobs } = await setUp(4);
    // One commitment (3) + a pending callback of weight 1 = load 4 of 4: one more overflows.
    await insertCommitment(actor, { title: "Book", areaId: writing.id });
    await insertCallback(actor, { weight: 1, areaId: writing.id });
    const before = await counts(actor.id);

    const both = asked(await capture(actor, { title: "Apply", areaId: jobs.id }));
    expect(both).toMatchObject({ reason: "overflow", reasons: ["overflow", "competes"], load: 4, capacity: 4 });
    expect(both.message).toBe(
      "This takes your load to 5 of 4: more open threads than you can hold. Start it anyway? This competes with “Book” — start it anyway?",
    );
    expect(asked(await capture(actor, { title: "Apply", areaId: jobs.id, confirmOverflow: true })).reasons).toEqual(["competes"]);
    expect(asked(await capture(actor, { title: "Apply", areaId: jobs.id, confirmCompeting: true })).reasons).toEqual(["overflow"]);
    expect(await counts(actor.id)).toEqual(before);

    const created = await capture(actor, { title: "Apply", areaId: jobs.id, confirmOverflow: true, confirmCompeting: true });
    expect(created.status).toBe("created");
    expect(await counts(actor.id)).toEqual({ callbacks: before.callbacks + 1, events: before.events + 1, overrides: 1 });
    if (created.status === "created") {
      const event = await getDb().callbackEvent.findFirstOrThrow({ where: { callbackId: created.callback.id } });
      expect(event.data).toMatchObject({ overflowConfirmed: true, loadBefore: 4, competingConfirmed: [expect.any(String)] });
    }
  });
});
