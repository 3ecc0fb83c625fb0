import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { currentProbability } from "@/lib/domain/probability";
import type { Callback, User } from "@/lib/generated/prisma/client";
import { type CallbackListItem, PAGE_SIZE, listCallbacks } from "@/lib/server/callbacks/list-callbacks";
import { listCallbacksSchema } from "@/lib/validation/callbacks";
import { createTestUser } from "../factories";
import { FAR_NOW, addDays, callbackData } from "./helpers";

const NOW = FAR_NOW;
const SILENCE_DAYS = [0, 0.5, 3, 14, 60, 10_000];
const PROBABILITIES = [0.2, 0.6, 0.95];
const MEDIANS = [0.5, 3, 14];

/** What the domain says the list should show for a row at `now`. */
function expectedProbability(row: Callback, now: Date): number {
  if (row.state !== "PENDING") return row.probabilityAtSettlement ?? row.probability;
  return currentProbability({ explicit: row.probability, lastContactAt: row.lastContactAt, expectedReplyDays: row.expectedReplyDays, now });
}

async function listAll(user: User, query: Record<string, unknown>, now = NOW): Promise<CallbackListItem[]> {
  const items: CallbackListItem[] = [];
  for (let cursor: string | undefined; ; ) {
    const result = await listCallbacks(user, listCallbacksSchema.parse({ ...query, cursor }), now);
    items.push(...result.items);
    if (!result.nextCursor) return items;
    cursor = result.nextCursor;
  }
}

// Every silence × probability × median, plus a contact in the future (silence clamped at 0) and
// settled rows whose probability is frozen: 58 rows, so the list spans two pages.
let user: User;
let rows: Callback[];

beforeAll(async () => {
  user = await createTestUser();
  const data = [];
  let i = 0;
  for (const silence of SILENCE_DAYS) {
    for (const probability of PROBABILITIES) {
      for (const median of MEDIANS) {
        i += 1;
        const lastContactAt = addDays(NOW, -silence);
        data.push(
          callbackData(user, lastContactAt, {
            title: `silence ${silence} p ${probability} median ${median}`,
            lastContactAt,
            expectedReplyDays: median,
            expectedReplyBy: addDays(NOW, 1 + (i % 7)),
            timesOutAt: addDays(NOW, 30 + i),
            probability,
            priorProbability: probability,
            payoff: 1 + (i % 10),
          }),
        );
      }
    }
  }
  data.push(callbackData(user, addDays(NOW, -1), { title: "contact in the future", lastContactAt: addDays(NOW, 2), probability: 0.5, timesOutAt: addDays(NOW, 90) }));
  const settledAt = addDays(NOW, -1);
  data.push(callbackData(user, addDays(NOW, -40), { title: "fulfilled", state: "FULFILLED", probability: 0.4, probabilityAtSettlement: 0.77, payoff: 9, settledAt, timesOutAt: addDays(NOW, 95) }));
  data.push(callbackData(user, addDays(NOW, -40), { title: "timed out", state: "TIMED_OUT", probability: 0.4, probabilityAtSettlement: 0.05, settledAt, timesOutAt: addDays(NOW, 96) }));
  data.push(callbackData(user, addDays(NOW, -40), { title: "cancelled, no frozen value", state: "CANCELLED", probability: 0.33, settledAt, timesOutAt: addDays(NOW, 97) }));
  await getDb().callback.createMany({ data });
  rows = await getDb().callback.findMany({ where: { userId: user.id } });
  expect(rows).toHaveLength(58);
});

describe("[callbacks] list probability: SQL decay agrees with the domain", () => {
  test.each(SILENCE_DAYS)("after %s days of silence, within 1e-9 for every probability and median", async (silence) => {
    const items = await listAll(user, { state: "ALL", sort: "probability", q: `silence ${silence} p` });
    expect(items).toHaveLength(PROBABILITIES.length * MEDIANS.length);
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const item of items) {
      const row = byId.get(item.id)!;
      const expected = expectedProbability(row, NOW);
      expect(Math.abs(item.probability - expected), item.title).toBeLessThan(1e-9);
      expect(Math.abs(item.expectedValue - expected * row.payoff), item.title).toBeLessThan(1e-9);
    }
    // No silence, no decay: the explicit probability, up to the last bit of float rounding.
    if (silence === 0) for (const item of items) expect(Math.abs(item.probability - byId.get(item.id)!.probability)).toBeLessThan(1e-15);
    if (silence === 10_000) expect(items.every((item) => Math.abs(item.probability - 0.001) < 1e-12)).toBe(true);
  });

  test("a contact in the future counts as no silence; settled rows show the frozen probability", async () => {
    const items = await listAll(user, { state: "ALL" });
    const byTitle = new Map(items.map((item) => [item.title, item]));
    expect(byTitle.get("contact in the future")?.probability).toBe(0.5);
    expect(byTitle.get("fulfilled")).toMatchObject({ probability: 0.77, expectedValue: 0.77 * 9 });
    expect(byTitle.get("timed out")?.probability).toBe(0.05);
    expect(byTitle.get("cancelled, no frozen value")?.probability).toBe(0.33);
  });
});

describe("[callbacks] list sorts", () => {
  // The list's tie-break is the deadline (then the id, never reached here: every deadline differs).
  const tieBreak = (a: Callback, b: Callback) => a.timesOutAt.getTime() - b.timesOutAt.getTime();

  test.each([
    ["probability", (row: Callback) => expectedProbability(row, NOW)],
    ["ev", (row: Callback) => expectedProbability(row, NOW) * row.payoff],
  ] as const)("by %s: descending, across pages, in the domain's order", async (sort, score) => {
    const items = await listAll(user, { state: "ALL", sort });
    const field = sort === "probability" ? "probability" : "expectedValue";
    for (let i = 1; i < items.length; i += 1) expect(items[i]![field]).toBeLessThanOrEqual(items[i - 1]![field]);
    // Scores within 1e-9 of each other are ties for the database too (the 10,000-day rows).
    const rounded = (row: Callback) => Math.round(score(row) * 1e9);
    const expected = [...rows].sort((a, b) => rounded(b) - rounded(a) || tieBreak(a, b)).map((row) => row.id);
    expect(items.map((item) => item.id)).toEqual(expected);
  });

  test("by deadline ascending (the default) and by newest start", async () => {
    const byDeadline = await listAll(user, { state: "ALL" });
    expect(byDeadline.map((item) => item.id)).toEqual([...rows].sort(tieBreak).map((row) => row.id));
    const newest = await listAll(user, { state: "ALL", sort: "newest" });
    // Many rows share a start (one per silence), so check the order, not the ids' tie-break.
    expect(newest.map((item) => item.startedAt.getTime())).toEqual(rows.map((row) => row.startedAt.getTime()).sort((a, b) => b - a));
    expect(new Set(newest.map((item) => item.id))).toEqual(new Set(rows.map((row) => row.id)));
  });
});

describe("[callbacks] list pagination", () => {
  test("counts, splits into pages of 50 by keyset, walks back with Previous, and restarts on a bad cursor", async () => {
    const many = await createTestUser();
    const data = Array.from({ length: 120 }, (_, i) =>
      callbackData(many, addDays(NOW, -1), { title: `bet ${i}`, timesOutAt: addDays(NOW, 10 + i) }),
    );
    await getDb().callback.createMany({ data });
    const page = (cursor?: string | null) => listCallbacks(many, listCallbacksSchema.parse({ cursor: cursor ?? undefined }), NOW);

    expect(PAGE_SIZE).toBe(50);
    const first = await page();
    expect(first).toMatchObject({ total: 120, first: 0, pageSize: 50, prevCursor: null });
    const second = await page(first.nextCursor);
    const third = await page(second.nextCursor);
    expect([first.items.length, second.items.length, third.items.length]).toEqual([50, 50, 20]);
    expect([second.first, third.first, third.nextCursor]).toEqual([50, 100, null]);
    const titles = [...first.items, ...second.items, ...third.items].map((item) => item.title);
    expect(titles).toEqual(Array.from({ length: 120 }, (_, i) => `bet ${i}`));
    // Previous from the third page is the second again, and from the second the first.
    const back = await page(third.prevCursor);
    expect(back.items.map((item) => item.id)).toEqual(second.items.map((item) => item.id));
    expect(back.first).toBe(50);
    const start = await page(back.prevCursor);
    expect(start.items.map((item) => item.id)).toEqual(first.items.map((item) => item.id));
    expect([start.first, start.prevCursor]).toEqual([0, null]);
    // A row inserted before the cursor doesn't shift the next page (no OFFSET).
    await getDb().callback.create({ data: callbackData(many, addDays(NOW, -1), { title: "early", timesOutAt: addDays(NOW, 5) }) });
    expect((await page(first.nextCursor)).items.map((item) => item.id)).toEqual(second.items.map((item) => item.id));
    // Another list's cursor, or garbage, starts again from the first page.
    const other = await listCallbacks(many, listCallbacksSchema.parse({ sort: "newest" }), NOW);
    expect((await page(other.nextCursor)).items[0]!.title).toBe("early");
    expect((await page("bm90LWEtY3Vyc29y")).first).toBe(0);
  });

  test("an empty list is one empty page", async () => {
    const nobody = await createTestUser();
    const result = await listCallbacks(nobody, listCallbacksSchema.parse({}), NOW);
    expect(result).toEqual({ items: [], total: 0, first: 0, pageSize: 50, nextCursor: null, prevCursor: null });
  });

  test("a filter's total counts the matching rows only", async () => {
    const result = await listCallbacks(user, listCallbacksSchema.parse({ state: "PENDING", q: "median 14" }), NOW);
    expect(result).toMatchObject({ total: SILENCE_DAYS.length * PROBABILITIES.length, nextCursor: null });
  });
});
