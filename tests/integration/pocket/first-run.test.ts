import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { captureCallback } from "@/lib/server/callbacks/capture-callback";
import { deleteCallback } from "@/lib/server/callbacks/delete-callback";
import { createSampleHistory } from "@/lib/server/demo/create-sample-history";
import { deleteSampleHistory } from "@/lib/server/demo/delete-sample-history";
import { finishFirstRun, needsFirstRun } from "@/lib/server/users/first-run";
import { captureCallbackSchema } from "@/lib/validation/callbacks";
import { FAR_NOW } from "../callbacks/helpers";
import { createTestUser } from "../factories";

const doneAt = async (userId: string) => (await getDb().user.findUniqueOrThrow({ where: { id: userId }, select: { firstRunDoneAt: true } })).firstRunDoneAt;

describe("[pocket] first run", () => {
  test("a new account needs it; dismissing hides it for good and only the first dismissal is recorded", async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    expect(await needsFirstRun(user.id)).toBe(true);
    await finishFirstRun(user.id, FAR_NOW);
    await finishFirstRun(user.id, new Date(FAR_NOW.getTime() + 60_000));
    expect(await needsFirstRun(user.id)).toBe(false);
    expect(await doneAt(user.id)).toEqual(FAR_NOW);
    // Scoped to the person: another new account still gets its welcome.
    expect(await needsFirstRun(other.id)).toBe(true);
  });

  test("sample data finishes it: removing the samples in one go doesn't bring the welcome back", async () => {
    const user = await createTestUser();
    await createSampleHistory(user, FAR_NOW);
    expect(await needsFirstRun(user.id)).toBe(false);
    const removed = await deleteSampleHistory(user);
    expect(removed.callbacks).toBeGreaterThan(0);
    expect(await getDb().callback.count({ where: { userId: user.id } })).toBe(0);
    expect(await needsFirstRun(user.id)).toBe(false);
  });

  test("the first capture finishes it: deleting that callback doesn't bring the welcome back", async () => {
    const user = await createTestUser();
    const result = await captureCallback(user, captureCallbackSchema.parse({ title: "Applied to Acme", kind: "JOB_APPLICATION" }), FAR_NOW);
    expect(result.status).toBe("created");
    expect(await doneAt(user.id)).toEqual(FAR_NOW);
    if (result.status === "created") await deleteCallback(user.id, result.callback.id);
    expect(await needsFirstRun(user.id)).toBe(false);
  });
});
