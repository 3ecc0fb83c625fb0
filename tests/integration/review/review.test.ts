import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { weekKeyOf, weekRangeOfKey } from "@/lib/domain/review";
import type { Area, Callback, User } from "@/lib/generated/prisma/client";
import { completeReview } from "@/lib/server/review/complete-review";
import { computeWeekFigures } from "@/lib/server/review/compute-week-figures";
import { getReviewPage } from "@/lib/server/review/get-review-page";
import { getWeeklyReview } from "@/lib/server/review/get-weekly-review";
import { listReviews } from "@/lib/server/review/list-reviews";
import { compareWeeksSchema, completeReviewSchema } from "@/lib/validation/review";
import { DAY_MS, FAR_NOW, type CallbackOverrides, expectAppError, insertCallback } from "../callbacks/helpers";
import { createTestUser } from "../factories";

const ZONE = "America/Los_Angeles";
const WEEK = weekKeyOf(FAR_NOW, ZONE);
const { start, end } = weekRangeOfKey(WEEK, ZONE);
/** A day after the week ended: the week is in the past, every day of it is over. */
const NOW = new Date(end.getTime() + DAY_MS);
const at = (days: number) => new Date(start.getTime() + Math.round(days * DAY_MS));
const BEFORE = at(-20);

let owner: User;
let other: User;
let health: Area;
let networking: Area;
const rows: Record<string, Callback> = {};

async function settled(user: User, name: string, overrides: CallbackOverrides): Promise<void> {
  rows[name] = await insertCallback(user, { title: name, startedAt: BEFORE, ...overrides });
}

beforeAll(async () => {
  const db = getDb();
  owner = await createTestUser({ timeZone: ZONE, capacity: 7 });
  other = await createTestUser({ timeZone: "Pacific/Auckland", capacity: 5 });
  health = await db.area.create({ data: { userId: owner.id, name: "Health", color: "#16a34a", targetPct: 60, position: 0 } });
  networking = await db.area.create({ data: { userId: owner.id, name: "Networking", color: "#db2777", targetPct: 40, position: 1 } });

  await settled(owner, "c1 big win", { startedAt: at(0.5), state: "FULFILLED", settledAt: at(1), probabilityAtSettlement: 0.8, priorProbability: 0.5, payoff: 6, realisedPayoff: 8 });
  await settled(owner, "c2 no", { state: "REJECTED", settledAt: at(2), probabilityAtSettlement: 0.3, priorProbability: 0.4, realisedPayoff: 0 });
  await settled(owner, "c3 silence", { state: "TIMED_OUT", settledAt: at(3), probabilityAtSettlement: 0.1, priorProbability: 0.2 });
  await settled(owner, "c4 cancelled", { state: "CANCELLED", settledAt: at(3), probabilityAtSettlement: 0.5 });
  // Sunday 23:30 in Los Angeles: the last half hour of the week. No realised payoff recorded: a
  // fulfilled callback then counts its payoff.
  await settled(owner, "c5 late Sunday", { state: "FULFILLED", settledAt: new Date(end.getTime() - 30 * 60_000), probabilityAtSettlement: 0.6, priorProbability: 0.6, payoff: 2 });
  await settled(owner, "c6 last week", { state: "FULFILLED", settledAt: new Date(start.getTime() - 3_600_000), probabilityAtSettlement: 0.9, priorProbability: 0.9, realisedPayoff: 5 });
  await settled(owner, "c7 next week", { state: "FULFILLED", settledAt: new Date(end.getTime() + 3_600_000), probabilityAtSettlement: 0.2, realisedPayoff: 9 });
  await settled(owner, "c8 pending", { startedAt: at(0.5), weight: 2 });

  await db.effortEntry.createMany({
    data: [
      { userId: owner.id, areaId: health.id, points: 3, spentAt: at(1.5) },
      { userId: owner.id, areaId: networking.id, points: 1, spentAt: at(6.9) },
      { userId: owner.id, areaId: health.id, points: 5, spentAt: at(-1) },
    ],
  });
  const day = (key: number) => new Date(new Date(`${WEEK}T00:00:00.000Z`).getTime() + key * DAY_MS);
  const active = await db.commitment.create({
    data: { userId: owner.id, title: "Ship the portfolio site", startsOn: day(0), endsOn: day(10), cadence: "DAILY", createdAt: at(-1) },
  });
  await db.commitment.create({
    data: { userId: owner.id, title: "Run every morning", startsOn: day(-14), endsOn: day(-1), cadence: "DAILY", state: "KEPT", endedAt: at(2.5), createdAt: at(-15) },
  });
  await db.commitment.create({
    data: { userId: owner.id, title: "No new side projects", startsOn: day(-10), endsOn: day(-3), cadence: "WEEKLY", state: "BROKEN", endedAt: at(4), createdAt: at(-11) },
  });
  await db.focusOverride.create({ data: { userId: owner.id, commitmentId: active.id, callbackTitle: "Side bet", at: at(1.2) } });

  // The other user's rows in the same week must never appear in the owner's figures.
  await settled(other, "B fulfilled", { startedAt: at(0.2), state: "FULFILLED", settledAt: at(1), probabilityAtSettlement: 0.1, realisedPayoff: 10, weight: 5 });
  await settled(other, "B pending", { startedAt: at(0.2), weight: 4 });
});

describe("a week's figures, aggregated in SQL", () => {
  test("started, settled by outcome, hit rate vs expected and Brier (week and running)", async () => {
    const figures = await computeWeekFigures(owner, WEEK, NOW);
    expect(figures.started).toBe(2);
    expect(figures.settled).toEqual({ fulfilled: 2, rejected: 1, timedOut: 1, cancelled: 1 });
    expect(figures.hitRate).toMatchObject({ scored: 4, hits: 2, rate: 0.5 });
    expect(figures.hitRate.expected).toBeCloseTo(1.8, 12);
    expect(figures.brier.week).toBeCloseTo((0.04 + 0.09 + 0.01 + 0.16) / 4, 12);
    expect(figures.brier.weekCount).toBe(4);
    // Running: everything scored before the week's end (c6 from last week too; not c7).
    expect(figures.brier.running).toBeCloseTo((0.04 + 0.09 + 0.01 + 0.16 + 0.01) / 5, 12);
    expect(figures.brier.runningCount).toBe(5);
  });

  test("allocation vs target from the week's effort only", async () => {
    const figures = await computeWeekFigures(owner, WEEK, NOW);
    expect(figures.effortPoints).toBe(4);
    expect(figures.allocation.map((a) => [a.name, a.points, a.actualPct, a.driftPp])).toEqual([
      ["Health", 3, 75, 15],
      ["Networking", 1, 25, -15],
    ]);
  });

  test("the power law: top payoffs and the share of value they produced", async () => {
    const figures = await computeWeekFigures(owner, WEEK, NOW);
    expect(figures.payoffs.top.map((p) => [p.title, p.value])).toEqual([
      ["c1 big win", 8],
      ["c5 late Sunday", 2],
    ]);
    expect(figures.payoffs.law).toMatchObject({ count: 4, total: 10, topFifthCount: 1 });
    expect(figures.payoffs.law.topFifthShare).toBeCloseTo(0.8, 12);
    expect(figures.payoffs.law.topThreeShare).toBeCloseTo(1, 12);
  });

  test("load at the end of each day: pending weights plus 3 per active commitment", async () => {
    const figures = await computeWeekFigures(owner, WEEK, NOW);
    expect(figures.load.capacity).toBe(7);
    // Callbacks 7, 6, 4, 4, 4, 4, 3; the active commitment +3 every day; the kept and the broken
    // one +3 each while still ACTIVE (until they ended on days 3 and 5).
    expect(figures.load.points.map((p) => p.load)).toEqual([16, 15, 10, 7, 7, 7, 6]);
    expect(figures.load.points.map((p) => p.level)).toEqual(["overflow", "overflow", "overflow", "strained", "strained", "strained", "strained"]);
    expect(figures.load.points[0]!.day).toBe(WEEK);
  });

  test("during the week the trend stops at now", async () => {
    const figures = await computeWeekFigures(owner, WEEK, at(2.5));
    expect(figures.load.points).toHaveLength(3);
  });

  test("commitments kept and broken in the week, and focus-guard overrides", async () => {
    const figures = await computeWeekFigures(owner, WEEK, NOW);
    expect(figures.commitments.kept.map((c) => c.title)).toEqual(["Run every morning"]);
    expect(figures.commitments.broken.map((c) => c.title)).toEqual(["No new side projects"]);
    expect(figures.commitments.overrides.count).toBe(1);
    expect(figures.commitments.overrides.items[0]).toMatchObject({ callbackTitle: "Side bet", commitmentTitle: "Ship the portfolio site" });
  });

  test("the other user's figures hold only their own rows", async () => {
    const figures = await computeWeekFigures(other, weekKeyOf(at(1), other.timeZone), new Date(at(1).getTime() + 14 * DAY_MS));
    expect(figures.settled.fulfilled).toBe(1);
    expect(figures.payoffs.top.map((p) => p.title)).toEqual(["B fulfilled"]);
    expect(figures.commitments.overrides.count).toBe(0);
    expect(figures.allocation).toEqual([]);
  });
});

describe("completing a review", () => {
  test("saves an immutable snapshot; a second completion is refused; completed weeks render from the snapshot", async () => {
    const user = await createTestUser({ timeZone: ZONE });
    await insertCallback(user, { title: "yes", startedAt: BEFORE, state: "FULFILLED", settledAt: at(1), probabilityAtSettlement: 0.7, realisedPayoff: 4 });
    const input = completeReviewSchema.parse({ week: WEEK, stopDoing: "Cold emails without a hook", doubleDown: "Warm intros", blockOn: "" });
    const saved = await completeReview(user, input, NOW);
    expect(saved.week).toBe(WEEK);
    expect(saved.figures.settled.fulfilled).toBe(1);
    expect(saved.reflections).toEqual({ stopDoing: "Cold emails without a hook", doubleDown: "Warm intros", blockOn: "" });

    const conflict = await expectAppError(completeReview(user, { ...input, stopDoing: "changed" }, NOW), "CONFLICT");
    expect(conflict.message).toMatch(/already complete/);

    // New data for that week arrives later: the completed review still shows its snapshot.
    await insertCallback(user, { title: "late yes", startedAt: BEFORE, state: "FULFILLED", settledAt: at(2), probabilityAtSettlement: 0.5, realisedPayoff: 9 });
    const view = await getWeeklyReview(user, WEEK, new Date(NOW.getTime() + 30 * DAY_MS));
    expect(view.saved?.reflections.stopDoing).toBe("Cold emails without a hook");
    expect(view.figures.settled.fulfilled).toBe(1);
    expect(view.figures.payoffs.law.total).toBe(4);
    const stored = await getDb().weeklyReview.findMany({ where: { userId: user.id } });
    expect(stored).toHaveLength(1);

    // The list reads the key figures out of the snapshot in SQL; the selected week comes whole.
    const listed = await listReviews(user, { selected: WEEK });
    expect(listed.reviews).toEqual([
      { id: saved.id, week: WEEK, completedAt: NOW, started: 0, settled: 1, hitRate: 1, brier: saved.figures.brier.week, topFifthShare: 1 },
    ]);
    expect(listed.selected).toEqual(saved);
    expect((await listReviews(user)).selected).toBeNull();
  });

  test("two completions racing: exactly one wins", async () => {
    const user = await createTestUser({ timeZone: ZONE });
    const input = completeReviewSchema.parse({ week: WEEK, stopDoing: "x" });
    const results = await Promise.allSettled([completeReview(user, input, NOW), completeReview(user, input, NOW)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await getDb().weeklyReview.count({ where: { userId: user.id } })).toBe(1);
  });

  test("the current week can be completed; a future week can't; a past week can be completed later", async () => {
    const user = await createTestUser({ timeZone: ZONE });
    const current = await completeReview(user, completeReviewSchema.parse({ week: WEEK, blockOn: "The launch" }), at(3));
    expect(current.figures.load.points).toHaveLength(4);
    const next = weekKeyOf(new Date(end.getTime() + DAY_MS), ZONE);
    await expectAppError(completeReview(user, completeReviewSchema.parse({ week: next, blockOn: "x" }), at(3)), "INVALID");
    await expectAppError(getWeeklyReview(user, next, at(3)), "NOT_FOUND");
    const past = weekKeyOf(at(-30), ZONE);
    const later = await completeReview(user, completeReviewSchema.parse({ week: past, doubleDown: "y" }), NOW);
    expect(later.week).toBe(past);
    expect((await listReviews(user)).reviews.map((r) => r.week)).toEqual([WEEK, past]);
  });

  test("an empty reflection set is refused by the schema, with a message on the first field", () => {
    const parsed = completeReviewSchema.safeParse({ week: WEEK, stopDoing: " ", doubleDown: "", blockOn: "" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["stopDoing"]);
    expect(completeReviewSchema.safeParse({ week: "2035-06-12", stopDoing: "x" }).success).toBe(false);
    expect(compareWeeksSchema.safeParse({ a: WEEK, b: WEEK }).success).toBe(false);
    expect(compareWeeksSchema.safeParse({ a: WEEK, b: weekKeyOf(at(-3), ZONE) }).success).toBe(true);
  });
});

describe("ownership", () => {
  test("B can't read or complete A's review, can't see A's snapshot by week, and lists only their own", async () => {
    const a = await createTestUser({ timeZone: ZONE });
    const b = await createTestUser({ timeZone: ZONE });
    await insertCallback(a, { title: "A's secret win", startedAt: BEFORE, state: "FULFILLED", settledAt: at(1), probabilityAtSettlement: 0.4, realisedPayoff: 7 });
    const saved = await completeReview(a, completeReviewSchema.parse({ week: WEEK, stopDoing: "A's private reflection" }), NOW);

    const asB = await getWeeklyReview(b, WEEK, NOW);
    expect(asB.saved).toBeNull();
    expect(asB.figures.settled.fulfilled).toBe(0);
    expect(JSON.stringify(asB)).not.toContain("A's");
    expect((await listReviews(b)).reviews).toEqual([]);
    expect((await listReviews(b, { selected: WEEK })).selected).toBeNull();

    // B completing the same week writes B's own review and leaves A's untouched.
    const mine = await completeReview(b, completeReviewSchema.parse({ week: WEEK, stopDoing: "B's" }), NOW);
    expect(mine.id).not.toBe(saved.id);
    expect(mine.figures.payoffs.top).toEqual([]);
    const aAgain = await getWeeklyReview(a, WEEK, NOW);
    expect(aAgain.saved?.id).toBe(saved.id);
    expect(aAgain.saved?.reflections.stopDoing).toBe("A's private reflection");
    expect((await listReviews(a)).reviews.map((r) => r.id)).toEqual([saved.id]);
  });
});

describe("the review page's data", () => {
  test("a completed week comes from the list's snapshot; an open one is live; weeks to come are not found", async () => {
    const user = await createTestUser({ timeZone: ZONE });
    await insertCallback(user, { title: "yes", startedAt: BEFORE, state: "FULFILLED", settledAt: at(1), probabilityAtSettlement: 0.7, realisedPayoff: 4 });
    const saved = await completeReview(user, completeReviewSchema.parse({ week: WEEK, stopDoing: "snapshot me" }), NOW);
    await insertCallback(user, { title: "after", startedAt: BEFORE, state: "FULFILLED", settledAt: at(2), probabilityAtSettlement: 0.5, realisedPayoff: 9 });

    const completed = await getReviewPage(user, WEEK, NOW);
    expect(completed.view.saved?.id).toBe(saved.id);
    expect(completed.view.figures.payoffs.law.total).toBe(4);
    expect(completed.reviews.map((r) => r.week)).toEqual([WEEK]);

    const previous = weekKeyOf(at(-3), ZONE);
    const open = await getReviewPage(user, previous, NOW);
    expect(open.view).toMatchObject({ week: previous, status: "past", saved: null });
    expect(open.reviews).toHaveLength(1);

    const next = weekKeyOf(new Date(NOW.getTime() + 7 * DAY_MS), ZONE);
    await expectAppError(getReviewPage(user, next, NOW), "NOT_FOUND");
  });

  test("a week older than every listed review is looked up on its own", async () => {
    const user = await createTestUser({ timeZone: ZONE });
    const db = getDb();
    // 104 completed weeks after an older completed one: the old one falls off the list.
    const oldest = weekKeyOf(at(-7 * 110 + 3), ZONE);
    await completeReview(user, completeReviewSchema.parse({ week: oldest, stopDoing: "long ago" }), NOW);
    const snapshot = (await db.weeklyReview.findFirstOrThrow({ where: { userId: user.id } })).snapshot as object;
    await db.weeklyReview.createMany({
      data: Array.from({ length: 104 }, (_, i) => ({
        userId: user.id,
        weekStart: new Date(`${weekKeyOf(at(-7 * (i + 1) + 3), ZONE)}T00:00:00.000Z`),
        timeZone: ZONE,
        completedAt: NOW,
        snapshot,
        stopDoing: `week ${i}`,
      })),
    });
    const page = await getReviewPage(user, oldest, NOW);
    expect(page.reviews).toHaveLength(104);
    expect(page.reviews.some((r) => r.week === oldest)).toBe(false);
    expect(page.view.saved?.reflections.stopDoing).toBe("long ago");
  });

  test("B's page never shows A's completed review", async () => {
    const a = await createTestUser({ timeZone: ZONE });
    const b = await createTestUser({ timeZone: ZONE });
    await completeReview(a, completeReviewSchema.parse({ week: WEEK, stopDoing: "A's only" }), NOW);
    const page = await getReviewPage(b, WEEK, NOW);
    expect(page.view.saved).toBeNull();
    expect(page.reviews).toEqual([]);
  });
});
