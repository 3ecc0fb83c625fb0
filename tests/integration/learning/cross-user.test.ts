// User B against A's learning data: kinds, their default areas, stage ladders, board moves, curves
// and odds, through the server actions (in-process, with B's session cookie, as Next calls them),
// the /api/v1 routes and the server functions the pages render from. Nothing of A's is readable
// or changes; a kind key A and B both use stays two separate kinds.
import { beforeAll, describe, expect, test, vi } from "vitest";
import { getDb } from "@/lib/db";
import { getPortfolioOdds } from "@/lib/server/learning/get-portfolio-odds";
import { listReplyCurves } from "@/lib/server/learning/list-reply-curves";
import { listKindOptions } from "@/lib/server/kinds/list-kind-options";
import { getBoard } from "@/lib/server/stages/get-board";
import { api, createApiUser } from "../api/helpers";
import { clusteredJobReplies, insertSettledHistory } from "./fixtures";

const request = vi.hoisted(() => ({ cookie: "" }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ cookie: request.cookie, "x-lifeloop-peer-address": "127.0.0.1" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => undefined, delete: () => undefined, has: () => false }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const kindActions = () => import("@/app/(app)/settings/kinds/actions");
const boardActions = () => import("@/app/(app)/board/actions");
const kindAreaActions = () => import("@/app/(app)/settings/kind-areas/actions");

let a: Awaited<ReturnType<typeof createApiUser>>;
let b: Awaited<ReturnType<typeof createApiUser>>;
let aBet: { id: string };

/** Everything of A's learning data, to prove B's requests changed nothing. */
async function snapshotOfA() {
  const db = getDb();
  const userId = a.user.id;
  const [kinds, kindAreas, ladders, callbacks, events] = await Promise.all([
    db.kind.findMany({ where: { userId }, orderBy: { id: "asc" } }),
    db.kindArea.findMany({ where: { userId }, orderBy: { kindKey: "asc" } }),
    db.stageLadder.findMany({ where: { userId }, orderBy: { kindKey: "asc" } }),
    db.callback.findMany({ where: { userId }, orderBy: { id: "asc" }, select: { id: true, stage: true, probability: true, version: true, areaId: true, customKindId: true } }),
    db.callbackEvent.count({ where: { userId } }),
  ]);
  return { kinds, kindAreas, ladders, callbacks, events };
}

const actorOf = (user: { id: string; timeZone: string; capacity: number }) => ({ id: user.id, timeZone: user.timeZone, capacity: user.capacity });

beforeAll(async () => {
  a = await createApiUser();
  b = await createApiUser();
  const created = await api("POST", "/api/v1/kinds", { token: a.token, body: { name: "Investor pitch", expectedReplyDays: 7, timeoutDays: 30, defaultAreaId: a.area.id } });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  request.cookie = a.cookie;
  expect(await (await kindActions()).saveStagesAction("INVESTOR_PITCH", "Sent, Meeting ×3, Term sheet ×5")).toEqual({ ok: true });
  aBet = (await api("POST", "/api/v1/callbacks", { token: a.token, body: { title: "A's seed round", kind: "INVESTOR_PITCH" } })).body;
  await insertSettledHistory(a.user, clusteredJobReplies(), { now: new Date() });
}, 120_000);

describe("[learning] user B and A's kinds, stages, board and odds", () => {
  test("B's actions on A's kind, stages, bet and kind area are refused and change nothing of A's", async () => {
    const before = await snapshotOfA();
    request.cookie = b.cookie;
    const kinds = await kindActions();
    expect(await kinds.updateKindAction("INVESTOR_PITCH", { name: "Mine now" })).toMatchObject({ ok: false });
    expect(await kinds.updateKindAction("INVESTOR_PITCH", { archived: true })).toMatchObject({ ok: false });
    expect(await kinds.saveStagesAction("INVESTOR_PITCH", "One, Two ×9")).toMatchObject({ ok: false });
    expect(await (await boardActions()).moveToStageAction(aBet.id, "meeting")).toMatchObject({ ok: false, error: expect.any(String) });
    const kindArea = await kindAreaActions();
    expect(await kindArea.setKindAreaAction({ kind: "INVESTOR_PITCH", areaId: b.area.id })).toMatchObject({ ok: false });
    expect(await kindArea.setKindAreaAction({ kind: "JOB_APPLICATION", areaId: a.area.id })).toMatchObject({ ok: false });
    expect(await kinds.createKindAction({ name: "Grant", expectedReplyDays: "10", timeoutDays: "30", defaultAreaId: a.area.id })).toMatchObject({ ok: false, fieldErrors: { defaultAreaId: ["Choose one of your areas."] } });
    expect(await snapshotOfA()).toEqual(before);
    expect(await getDb().kind.count({ where: { userId: b.user.id } })).toBe(0);
    expect(await getDb().kindArea.count({ where: { userId: b.user.id } })).toBe(0);
    expect(await getDb().stageLadder.count({ where: { userId: b.user.id } })).toBe(0);
  });

  test("B's API calls with A's kind key and ids: 404 or 422, and nothing of A's shows or changes", async () => {
    const before = await snapshotOfA();
    const list = await api("GET", "/api/v1/kinds", { token: b.token });
    expect(list.body.items.map((item: { key: string }) => item.key)).not.toContain("INVESTOR_PITCH");
    // A's 60 replies teach B's curve nothing.
    expect(list.body.items.find((item: { key: string }) => item.key === "JOB_APPLICATION").curve).toEqual({ medianDays: 14, events: 0, censored: 0, source: "default" });
    expect((await api("PATCH", "/api/v1/kinds/INVESTOR_PITCH", { token: b.token, body: { defaultAreaId: b.area.id } })).status).toBe(404);
    expect((await api("POST", "/api/v1/kinds", { token: b.token, body: { name: "Grant", expectedReplyDays: 10, timeoutDays: 30, defaultAreaId: a.area.id } })).status).toBe(422);
    expect((await api("POST", "/api/v1/callbacks", { token: b.token, body: { title: "x", kind: "INVESTOR_PITCH" } })).status).toBe(422);
    expect((await api("GET", `/api/v1/callbacks/${aBet.id}`, { token: b.token })).status).toBe(404);
    const odds = await api("GET", "/api/v1/portfolio/odds", { token: b.token });
    expect(odds.status).toBe(200);
    expect(odds.body.overall).toEqual({ pAtLeastOne: 0, expectedYes: 0, open: 0 });
    expect(JSON.stringify(odds.body)).not.toContain("INVESTOR_PITCH");
    expect(await snapshotOfA()).toEqual(before);
  });

  test("what B's pages render from (board, capture kinds, insights curves, odds) holds none of A's", async () => {
    const now = new Date();
    const board = await getBoard(actorOf(b.user), now);
    expect(board.flatMap((lane) => lane.cards).map((card) => card.id)).toEqual([]);
    expect(board.map((lane) => lane.kindKey)).not.toContain("INVESTOR_PITCH");
    expect((await listKindOptions(b.user.id, now)).map((kind) => kind.key)).not.toContain("INVESTOR_PITCH");
    expect(await listReplyCurves(actorOf(b.user), now)).toEqual([]);
    const odds = await getPortfolioOdds(actorOf(b.user), now);
    expect(odds.overall.open).toBe(0);
    expect((await getPortfolioOdds(actorOf(a.user), now)).overall.open).toBeGreaterThan(0);
    // A sees their own, so the checks above can fail.
    expect((await getBoard(actorOf(a.user), now)).flatMap((lane) => lane.cards).map((card) => card.id)).toContain(aBet.id);
    expect((await listReplyCurves(actorOf(a.user), now)).map((curve) => curve.key)).toContain("JOB_APPLICATION");
  });

  test("the same kind key for B is B's own kind: B's stages and area never touch A's", async () => {
    request.cookie = b.cookie;
    const kinds = await kindActions();
    const before = await snapshotOfA();
    expect(await kinds.createKindAction({ name: "Investor pitch", expectedReplyDays: "5", timeoutDays: "20", defaultAreaId: b.area.id })).toEqual({ ok: true, data: { key: "INVESTOR_PITCH" } });
    expect(await kinds.saveStagesAction("INVESTOR_PITCH", "Sent, Call ×2")).toEqual({ ok: true });
    expect(await kinds.updateKindAction("INVESTOR_PITCH", { name: "Pitch to investors" })).toEqual({ ok: true });
    expect(await snapshotOfA()).toEqual(before);
    const bet = await api("POST", "/api/v1/callbacks", { token: b.token, body: { title: "B's round", kind: "INVESTOR_PITCH" } });
    expect(bet.body.areaId).toBe(b.area.id);
    expect(await (await boardActions()).moveToStageAction(bet.body.id, "call")).toEqual({ ok: true });
    // A's bet can't be moved to B's stage either.
    expect(await (await boardActions()).moveToStageAction(aBet.id, "call")).toMatchObject({ ok: false });
    expect(await snapshotOfA()).toEqual(before);
  });
});
