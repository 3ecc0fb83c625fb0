import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { getKindAreas } from "@/lib/server/kind-defaults/get-kind-areas";
import { setKindArea } from "@/lib/server/kind-defaults/set-kind-area";
import { createTestUser } from "../factories";

async function area(userId: string, name: string, archived = false) {
  return getDb().area.create({ data: { userId, name, color: "#10b981", targetPct: 20, position: 0, archivedAt: archived ? new Date() : null } });
}

describe("[kind defaults] each kind's default area", () => {
  test("is none at first, can be set, changed and cleared per kind", async () => {
    const user = await createTestUser();
    const career = await area(user.id, "Career");
    const people = await area(user.id, "People");
    expect((await getKindAreas(user.id)).JOB_APPLICATION).toBeNull();
    await setKindArea(user.id, "JOB_APPLICATION", career.id);
    await setKindArea(user.id, "NETWORKING_MESSAGE", people.id);
    expect(await getKindAreas(user.id)).toMatchObject({ JOB_APPLICATION: career.id, NETWORKING_MESSAGE: people.id, OTHER: null });
    await setKindArea(user.id, "JOB_APPLICATION", people.id);
    await setKindArea(user.id, "NETWORKING_MESSAGE", null);
    expect(await getKindAreas(user.id)).toMatchObject({ JOB_APPLICATION: people.id, NETWORKING_MESSAGE: null });
  });

  test("only takes the user's own active areas; an archived one stops counting", async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    const theirs = await area(other.id, "Theirs");
    await expect(setKindArea(user.id, "JOB_APPLICATION", theirs.id)).rejects.toThrow(/Choose one of your areas/);
    const old = await area(user.id, "Old", true);
    await expect(setKindArea(user.id, "JOB_APPLICATION", old.id)).rejects.toThrow(/Choose one of your areas/);
    const mine = await area(user.id, "Mine");
    await setKindArea(user.id, "HEALTH", mine.id);
    await getDb().area.update({ where: { id: mine.id }, data: { archivedAt: new Date() } });
    expect((await getKindAreas(user.id)).HEALTH).toBeNull();
    expect((await getKindAreas(other.id)).HEALTH).toBeNull();
  });
});
