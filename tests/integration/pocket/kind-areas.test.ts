import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { getKindAreas, setKindArea } from "@/lib/server/kind-defaults/kind-areas";
import { listKinds } from "@/lib/server/kinds/list-kinds";
import { api, createApiUser } from "../api/helpers";
import { createTestUser } from "../factories";

async function makeArea(userId: string, name: string, archived = false) {
  return getDb().area.create({ data: { userId, name, color: "#10b981", targetPct: 20, position: 0, archivedAt: archived ? new Date() : null } });
}

describe("[kind defaults] each kind's default area", () => {
  test("is none at first, can be set, changed and cleared per kind", async () => {
    const user = await createTestUser();
    const career = await makeArea(user.id, "Career");
    const people = await makeArea(user.id, "People");
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
    const theirs = await makeArea(other.id, "Theirs");
    await expect(setKindArea(user.id, "JOB_APPLICATION", theirs.id)).rejects.toThrow(/Choose one of your areas/);
    const old = await makeArea(user.id, "Old", true);
    await expect(setKindArea(user.id, "JOB_APPLICATION", old.id)).rejects.toThrow(/Choose one of your areas/);
    const mine = await makeArea(user.id, "Mine");
    await setKindArea(user.id, "HEALTH", mine.id);
    await getDb().area.update({ where: { id: mine.id }, data: { archivedAt: new Date() } });
    expect((await getKindAreas(user.id)).HEALTH).toBeNull();
    expect((await getKindAreas(other.id)).HEALTH).toBeNull();
  });
});

describe("[kind defaults] one default area for every kind, built-in or the user's own", () => {
  test("a custom kind's default area is a KindArea row: Settings, the kinds list, quick capture and capture all read it", async () => {
    const { user, token, area } = await createApiUser();
    const other = await makeArea(user.id, "People");
    const created = await api("POST", "/api/v1/kinds", { token, body: { name: "Grant application", expectedReplyDays: 30, timeoutDays: 90, defaultAreaId: area.id } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.defaultAreaId).toBe(area.id);
    expect(await getKindAreas(user.id)).toMatchObject({ GRANT_APPLICATION: area.id, JOB_APPLICATION: null });
    expect((await listKinds(user.id)).find((kind) => kind.key === "GRANT_APPLICATION")?.defaultAreaId).toBe(area.id);

    // Changed through the kind's own form (PATCH) or through the default-areas accessor: one value.
    const patched = await api("PATCH", "/api/v1/kinds/GRANT_APPLICATION", { token, body: { defaultAreaId: other.id } });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect((await getKindAreas(user.id)).GRANT_APPLICATION).toBe(other.id);
    await setKindArea(user.id, "GRANT_APPLICATION", area.id);
    expect((await api("GET", "/api/v1/kinds", { token })).body.items.find((kind: { key: string }) => kind.key === "GRANT_APPLICATION").defaultAreaId).toBe(area.id);
    await api("PATCH", "/api/v1/kinds/GRANT_APPLICATION", { token, body: { defaultAreaId: null } });
    expect((await getKindAreas(user.id)).GRANT_APPLICATION).toBeUndefined();
  });

  test("capture without an area uses the kind's default area for built-in kinds too; a given area wins", async () => {
    const { user, token, area } = await createApiUser();
    const other = await makeArea(user.id, "Career");
    await setKindArea(user.id, "JOB_APPLICATION", other.id);
    const plain = await api("POST", "/api/v1/callbacks", { token, body: { title: "Acme", kind: "JOB_APPLICATION" } });
    expect(plain.status, JSON.stringify(plain.body)).toBe(201);
    expect(plain.body.areaId).toBe(other.id);
    const chosen = await api("POST", "/api/v1/callbacks", { token, body: { title: "Globex", kind: "JOB_APPLICATION", areaId: area.id } });
    expect(chosen.body.areaId).toBe(area.id);
    const none = await api("POST", "/api/v1/callbacks", { token, body: { title: "Coffee", kind: "NETWORKING_MESSAGE" } });
    expect(none.body.areaId).toBeNull();
  });

  test("refuses a kind that is neither built in nor the user's own", async () => {
    const { user, area } = await createApiUser();
    const stranger = await createApiUser();
    await api("POST", "/api/v1/kinds", { token: stranger.token, body: { name: "Pitch", expectedReplyDays: 10, timeoutDays: 30 } });
    await expect(setKindArea(user.id, "PITCH", area.id)).rejects.toThrow(/Choose one of your kinds/);
    expect(await getDb().kindArea.count({ where: { userId: user.id } })).toBe(0);
  });
});
