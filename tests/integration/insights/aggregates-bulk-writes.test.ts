// The bulk writes — a JSON import, a CSV import, the sample history and its removal — change many
// callbacks at once; each must leave the user's running all-time totals equal to a recomputation
// from scratch, in the same transaction. Each target user already has totals (the marker row), so
// a write that forgot them would leave them stale rather than computed lazily on the next read.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { recomputeAggregates } from "@/lib/server/aggregates/recompute-aggregates";
import { createSampleHistory } from "@/lib/server/demo/create-sample-history";
import { deleteSampleHistory } from "@/lib/server/demo/delete-sample-history";
import { FAR_NOW, insertCallback } from "../callbacks/helpers";
import { createDataUser, send } from "../data/helpers";
import { historyArb, writeHistory } from "../data/history";
import { aggregateRowsFromScratch, storedAggregateRows } from "./aggregate-check";

const CSV = readFileSync(new URL("../../../docs/samples/job-tracker.csv", import.meta.url), "utf8");

async function userWithTotals() {
  const target = await createDataUser();
  // Something settled of their own first, so the import adds to existing totals.
  await insertCallback(target.user, { state: "REJECTED", settledAt: new Date(FAR_NOW.getTime() - 86_400_000), probabilityAtSettlement: 0.4, realisedPayoff: 0 });
  await getDb().$transaction((tx) => recomputeAggregates(target.user.id, tx));
  return target;
}

describe("[insights] all-time aggregates after bulk writes", () => {
  test("a JSON import of a random history keeps them equal to a recomputation", async () => {
    await fc.assert(
      fc.asyncProperty(historyArb, async (history) => {
        const source = await createDataUser();
        await writeHistory(source.user.id, history);
        const file = (await send("GET", "/api/v1/export", { token: source.token })).json();
        const target = await userWithTotals();
        const before = await storedAggregateRows(target.user.id);
        const dry = await send("POST", "/api/v1/import?dryRun=1", { token: target.token, body: JSON.stringify(file) });
        expect(dry.status, dry.text).toBe(200);
        expect(await storedAggregateRows(target.user.id)).toEqual(before);
        const done = await send("POST", "/api/v1/import", { token: target.token, body: JSON.stringify(file) });
        expect(done.status, done.text).toBe(200);
        expect(await storedAggregateRows(target.user.id)).toEqual(await aggregateRowsFromScratch(target.user.id));
      }),
      { numRuns: 4 },
    );
  }, 300_000);

  test("a CSV import keeps them equal to a recomputation", async () => {
    const target = await userWithTotals();
    const done = await send("POST", "/api/v1/import", { token: target.token, body: CSV, contentType: "text/csv" });
    expect(done.status, done.text).toBe(200);
    const stored = await storedAggregateRows(target.user.id);
    expect(stored.find((row) => row.dim === "kind" && row.key === "JOB_APPLICATION")?.count).toBeGreaterThan(0);
    expect(stored).toEqual(await aggregateRowsFromScratch(target.user.id));
  });

  test("sample history in and out keeps them equal to a recomputation", async () => {
    const target = await userWithTotals();
    const actor = { id: target.user.id, timeZone: "UTC", capacity: 100 };
    await createSampleHistory(actor, FAR_NOW);
    expect(await storedAggregateRows(target.user.id)).toEqual(await aggregateRowsFromScratch(target.user.id));
    await deleteSampleHistory(actor);
    const after = await storedAggregateRows(target.user.id);
    expect(after.find((row) => row.dim === "kind")?.count).toBe(1);
    expect(after).toEqual(await aggregateRowsFromScratch(target.user.id));
  });
});
