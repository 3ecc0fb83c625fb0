import { describe, expect, test } from "vitest";
import { GET as listAlias } from "@/app/api/callbacks/route";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { getCallback } from "@/lib/server/callbacks/get-callback";
import { listCallbacks } from "@/lib/server/callbacks/list-callbacks";
import { getUser } from "@/lib/server/users/get-user";
import { type Json, ORIGIN, api, createApiUser } from "../api/helpers";
import { insertCallback } from "../callbacks/helpers";

const HOUR = 3_600_000;

/** A user with one healthy callback and two whose dates were written by hand, in SQL, where JavaScript can't read them. */
async function userWithDamagedRows() {
  const { user, token, cookie } = await createApiUser();
  const now = new Date();
  const start = new Date(now.getTime() - 24 * HOUR);
  const healthy = await insertCallback(user, { title: "Healthy", startedAt: start, expectedReplyBy: new Date(now.getTime() + 24 * HOUR), timesOutAt: new Date(now.getTime() + 48 * HOUR) });
  const year10000 = await insertCallback(user, { title: "Year 10000", startedAt: start });
  const year100000 = await insertCallback(user, { title: "Year 100000", startedAt: start });
  const db = getDb();
  await db.$executeRaw(Prisma.sql`UPDATE "Callback" SET "timesOutAt" = '10000-01-01 00:00:00' WHERE id = ${year10000.id}`);
  await db.$executeRaw(Prisma.sql`UPDATE "Callback" SET "expectedReplyBy" = '100000-01-01 00:00:00', "timesOutAt" = '100000-01-02 00:00:00' WHERE id = ${year100000.id}`);
  return { user, token, cookie, now, healthy, damaged: [year10000.id, year100000.id] };
}

describe("stored rows a read can't handle are shown as damaged, never a failed list", () => {
  test("the list page's data function lists every row and marks the damaged ones", async () => {
    const { user, now, healthy, damaged } = await userWithDamagedRows();
    const actor = (await getUser(user.id))!;
    for (const sort of ["deadline", "probability", "ev", "newest"] as const) {
      const page = await listCallbacks(actor, { state: "OPEN", sort }, now);
      expect(page.total).toBe(3);
      const byId = new Map(page.items.map((item) => [item.id, item]));
      expect(byId.get(healthy.id)).toMatchObject({ damaged: false, lateness: "on_time" });
      for (const id of damaged) expect(byId.get(id)).toMatchObject({ damaged: true, lateness: null });
    }
    const searched = await listCallbacks(actor, { state: "ALL", sort: "deadline", q: "Year" }, now);
    expect(searched.items.map((item) => item.damaged)).toEqual([true, true]);
  });

  test("the API list answers 200 with damaged items (dates null) and pages through them with cursors", async () => {
    const { token, cookie, healthy, damaged } = await userWithDamagedRows();
    const all = await api("GET", "/api/v1/callbacks", { token });
    expect(all.status, JSON.stringify(all.body)).toBe(200);
    expect(all.body.items).toHaveLength(3);
    const damagedItem = all.body.items.find((item: Json) => item.id === damaged[0]);
    expect(damagedItem).toMatchObject({ damaged: true, timesOutAt: null, lateness: null, title: "Year 10000" });
    expect(all.body.items.find((item: Json) => item.id === healthy.id)).toMatchObject({ damaged: false });

    for (const sort of ["deadline", "newest", "probability", "ev"]) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { status: number; body: Json } = await api("GET", `/api/v1/callbacks?limit=1&sort=${sort}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`, { token });
        expect(page.status, JSON.stringify(page.body)).toBe(200);
        seen.push(...page.body.items.map((item: Json) => item.id as string));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen.sort()).toEqual([healthy.id, ...damaged].sort());
    }

    // The first wave's alias answers the same.
    const alias = await listAlias(new Request(new URL("/api/callbacks", ORIGIN), { headers: { cookie } }), { params: Promise.resolve({}) });
    expect(alias.status).toBe(200);
    expect(((await alias.json()) as Json).items).toHaveLength(3);
  });

  test("the detail (page data and API) of a damaged callback answers, marked damaged", async () => {
    const { user, token, now, damaged } = await userWithDamagedRows();
    const actor = (await getUser(user.id))!;
    for (const id of damaged) {
      const detail = await getCallback(actor, id, now);
      expect(detail.damaged.length).toBeGreaterThan(0);
      expect(detail.series).toEqual([]);
      const response = await api("GET", `/api/v1/callbacks/${id}`, { token });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect(response.body).toMatchObject({ id, damaged: true, timesOutAt: null });
    }
    // It can be deleted, and its dates fixed through PATCH.
    const fixed = await api("PATCH", `/api/v1/callbacks/${damaged[0]}`, {
      token,
      body: { expectedReplyBy: new Date(now.getTime() + 24 * HOUR).toISOString(), timesOutAt: new Date(now.getTime() + 48 * HOUR).toISOString() },
    });
    expect(fixed.status, JSON.stringify(fixed.body)).toBe(200);
    expect(fixed.body.damaged).toBe(false);
    expect((await api("DELETE", `/api/v1/callbacks/${damaged[1]}`, { token })).status).toBe(204);
  });
});
