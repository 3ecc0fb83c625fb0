import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { createSampleHistory } from "@/lib/server/demo/create-sample-history";
import { deleteSampleHistory } from "@/lib/server/demo/delete-sample-history";
import { hasSampleHistory } from "@/lib/server/demo/has-sample-history";
import { getInsights } from "@/lib/server/insights/get-insights";
import { createTestUser } from "../factories";
import { FAR_NOW, insertCallback } from "../callbacks/helpers";

describe("[first run] explore with sample data", () => {
  test("fills the account with a settled history and effort, and removes exactly that in one go", async () => {
    const user = await createTestUser();
    await getDb().area.createMany({
      data: ["Health", "Specific Knowledge", "Networking", "Creative Output", "Exploration"].map((name, position) => ({
        userId: user.id,
        name,
        color: "#10b981",
        targetPct: 20,
        position,
      })),
    });
    const real = await insertCallback(user, { title: "My real bet" });
    const other = await createTestUser();
    await createSampleHistory(other, FAR_NOW);

    const made = await createSampleHistory(user, FAR_NOW);
    expect(made.callbacks).toBeGreaterThanOrEqual(30);
    expect(made.effortEntries).toBeGreaterThan(50);
    expect(await hasSampleHistory(user.id)).toBe(true);
    const db = getDb();
    const settled = await db.callback.count({ where: { userId: user.id, demo: true, state: { in: ["FULFILLED", "REJECTED"] } } });
    const pending = await db.callback.count({ where: { userId: user.id, demo: true, state: "PENDING" } });
    expect(settled).toBeGreaterThanOrEqual(15);
    expect(pending).toBeGreaterThan(0);
    const areas = await db.callback.count({ where: { userId: user.id, demo: true, areaId: { not: null } } });
    expect(areas).toBeGreaterThan(made.callbacks / 2);
    // Insights have something to judge.
    expect(JSON.stringify(await getInsights(user))).toMatch(/FULFILLED|JOB_APPLICATION/);

    await expect(createSampleHistory(user, FAR_NOW)).rejects.toThrow(/already/);

    expect(await deleteSampleHistory(user)).toEqual(made);
    expect(await hasSampleHistory(user.id)).toBe(false);
    expect(await db.callback.findMany({ where: { userId: user.id }, select: { id: true } })).toEqual([{ id: real.id }]);
    expect(await db.effortEntry.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.callbackEvent.count({ where: { userId: user.id } })).toBe(0);
    // Someone else's sample data is theirs.
    expect(await hasSampleHistory(other.id)).toBe(true);
  });
});
