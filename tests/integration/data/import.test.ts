// POST /api/v1/import with a JSON export: all or nothing, a dry run that writes nothing, and an
// import that never touches anyone else's rows.
import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { createDataUser, send, withoutIds } from "./helpers";
import { writeHistory } from "./history";

async function sourceExport() {
  const source = await createDataUser();
  await writeHistory(source.user.id, {
    profile: { name: "Grace", timeZone: "America/Los_Angeles", capacity: 9 },
    areaCount: 3,
    customKinds: [],
    ownKinds: [],
    builtInKindAreas: [],
    builtInLadders: [],
    callbacks: [
      { title: "First", kind: "JOB_APPLICATION", state: "FULFILLED", area: 0, start: 1, counterparty: "A", notes: "", link: "", prior: 0.3, payoff: 5, events: [{ type: "FOLLOW_UP", offset: 3, lr: null, note: "", withData: false }], ownKind: null, energyStillNeeded: null, stage: null },
      { title: "Second", kind: "OTHER", state: "PENDING", area: 2, start: 5, counterparty: "", notes: "", link: "", prior: 0.5, payoff: 3, events: [], ownKind: null, energyStillNeeded: null, stage: null },
    ],
    effort: [{ area: 1, callback: 1, points: 3, minutes: null, note: "", day: 4 }],
    commitments: [{ title: "Daily outreach", area: 0, start: 1, state: "KEPT", checkIns: [0], override: null }],
    reviews: [0],
    ticks: [],
  });
  const file = (await send("GET", "/api/v1/export", { token: source.token })).json();
  return { source, file };
}

async function counts(userId: string) {
  const db = getDb();
  const [callbacks, events, effort, commitments, reviews, areas] = await Promise.all([
    db.callback.count({ where: { userId } }),
    db.callbackEvent.count({ where: { userId } }),
    db.effortEntry.count({ where: { userId } }),
    db.commitment.count({ where: { userId } }),
    db.weeklyReview.count({ where: { userId } }),
    db.area.findMany({ where: { userId }, orderBy: { position: "asc" }, select: { name: true, targetPct: true } }),
  ]);
  return { callbacks, events, effort, commitments, reviews, areas };
}

describe("POST /api/v1/import (JSON)", () => {
  test("one bad row anywhere: 422 naming it, and nothing at all is written", async () => {
    const { file } = await sourceExport();
    const target = await createDataUser();
    const before = await counts(target.user.id);
    const broken = structuredClone(file);
    broken.callbacks[1].events.push({ ...broken.callbacks[0].events[0], id: "evt-bad", at: "yesterday" });
    const response = await send("POST", "/api/v1/import", { token: target.token, body: JSON.stringify(broken) });
    expect(response.status).toBe(422);
    expect(Object.keys(response.json().error.fields)).toEqual(["callbacks.1.events.1.at"]);
    const dangling = structuredClone(file);
    dangling.effort[0].areaId = "not-in-the-file";
    const second = await send("POST", "/api/v1/import", { token: target.token, body: JSON.stringify(dangling) });
    expect(second.json().error.fields).toEqual({ "effort.0.areaId": ["This area is not in the file."] });
    // Text Postgres can't store (a NUL, a lone surrogate), in a field or deep in an event's data: named, not a 500.
    const unstorable = structuredClone(file);
    unstorable.callbacks[0].title = "Bad\u0000title";
    unstorable.callbacks[1].events[0].data = { note: ["fine", { deep: "lone \ud800" }] };
    const third = await send("POST", "/api/v1/import", { token: target.token, body: JSON.stringify(unstorable) });
    expect(third.status).toBe(422);
    expect(Object.keys(third.json().error.fields).sort()).toEqual(["callbacks.0.title", "callbacks.1.events.0.data"]);
    expect(await counts(target.user.id)).toEqual(before);
  });

  test("a rule broken in the middle of the write rolls the whole import back", async () => {
    const { file } = await sourceExport();
    const target = await createDataUser();
    const before = await counts(target.user.id);
    const tooMany = structuredClone(file);
    const active = { ...tooMany.commitments[0], state: "ACTIVE", endedAt: null, checkIns: [], focusOverrides: [] };
    tooMany.commitments.push(...[1, 2, 3, 4].map((n) => ({ ...active, id: `commitment-${n}` })));
    const response = await send("POST", "/api/v1/import", { token: target.token, body: JSON.stringify(tooMany) });
    expect(response.status).toBe(409);
    expect(await counts(target.user.id)).toEqual(before);
    const user = await getDb().user.findUniqueOrThrow({ where: { id: target.user.id } });
    expect(user.timeZone).toBe("UTC");
  });

  test("a dry run reports what it would do and writes nothing; the import then does exactly that", async () => {
    const { file } = await sourceExport();
    const target = await createDataUser();
    const before = await counts(target.user.id);
    const dry = await send("POST", "/api/v1/import?dryRun=1", { token: target.token, body: JSON.stringify(file) });
    expect(dry.status).toBe(200);
    expect(dry.json()).toMatchObject({ dryRun: true, format: "json", created: { callbacks: 2, events: 3, effort: 1, commitments: 1, checkIns: 1, reviews: 1 } });
    expect(await counts(target.user.id)).toEqual(before);
    const real = await send("POST", "/api/v1/import", { cookie: target.cookie, body: JSON.stringify(file) });
    expect(real.status, real.text).toBe(200);
    expect(real.json().created).toEqual(dry.json().created);
    // A fresh account takes the file's profile and areas (the starting five are replaced).
    expect(await counts(target.user.id)).toMatchObject({ callbacks: 2, events: 3, effort: 1, commitments: 1, reviews: 1, areas: file.areas.map((area: { name: string; targetPct: number }) => ({ name: area.name, targetPct: area.targetPct })) });
  });

  test("B importing A's export gets copies; A's rows are never touched, and B's export holds only B's ids", async () => {
    const { source, file } = await sourceExport();
    const aBefore = (await send("GET", "/api/v1/export", { token: source.token })).json();
    const b = await createDataUser();
    expect((await send("POST", "/api/v1/import", { token: b.token, body: JSON.stringify(file) })).status).toBe(200);
    const aAfter = (await send("GET", "/api/v1/export", { token: source.token })).json();
    expect({ ...aAfter, exportedAt: null }).toEqual({ ...aBefore, exportedAt: null });
    const bFile = (await send("GET", "/api/v1/export", { token: b.token })).json();
    expect(withoutIds(bFile)).toEqual(withoutIds(file));
    const aIds = JSON.stringify(aBefore).match(/"id":"[^"]+"/g)!;
    for (const id of aIds) expect(JSON.stringify(bFile)).not.toContain(id);
  });

  test("into an account in use: its own areas and settings stay, new areas arrive archived", async () => {
    const { file } = await sourceExport();
    const target = await createDataUser();
    await getDb().callback.create({
      data: { userId: target.user.id, kind: "OTHER", title: "Mine", startedAt: new Date(), expectedReplyBy: new Date(Date.now() + 86_400_000), timesOutAt: new Date(Date.now() + 2 * 86_400_000), expectedReplyDays: 1, timeoutDays: 2, followUpDays: [], lastContactAt: new Date(), priorProbability: 0.5, probability: 0.5, payoff: 3 },
    });
    const response = await send("POST", "/api/v1/import", { token: target.token, body: JSON.stringify(file) });
    expect(response.status, response.text).toBe(200);
    const areas = await getDb().area.findMany({ where: { userId: target.user.id } });
    expect(areas.filter((area) => area.archivedAt === null).reduce((sum, area) => sum + area.targetPct, 0)).toBe(100);
    expect(areas.filter((area) => area.name.startsWith("Area "))).toHaveLength(3);
    expect((await getDb().user.findUniqueOrThrow({ where: { id: target.user.id } })).timeZone).toBe("UTC");
    expect(await getDb().callback.count({ where: { userId: target.user.id } })).toBe(3);
  });
});

describe("POST /api/v1/import: what Lifeloop learned", () => {
  test("a version 1 file (before kinds, stages and energy were exported) still imports, with none of them", async () => {
    const { file } = await sourceExport();
    const old = structuredClone(file);
    old.version = 1;
    for (const key of ["kinds", "kindAreas", "stageLadders"]) delete old[key];
    for (const callback of old.callbacks) for (const key of ["customKindId", "energyStillNeeded", "stage"]) delete callback[key];
    const target = await createDataUser();
    const response = await send("POST", "/api/v1/import", { token: target.token, body: JSON.stringify(old) });
    expect(response.status, response.text).toBe(200);
    expect(response.json().created).toMatchObject({ callbacks: 2, kinds: 0, kindAreas: 0, stageLadders: 0 });
  });

  test("a callback pointing at a kind the file lacks, or a ladder that doesn't hold together: 422 and nothing written", async () => {
    const { file } = await sourceExport();
    const target = await createDataUser();
    const before = await counts(target.user.id);
    const dangling = structuredClone(file);
    dangling.callbacks[0].customKindId = "not-in-the-file";
    dangling.kindAreas = [{ kind: "NOT_A_KIND", areaId: file.areas[0].id }];
    dangling.stageLadders = [{ kind: "JOB_APPLICATION", stages: [{ key: "applied", label: "Applied", likelihoodRatio: 2 }] }];
    const response = await send("POST", "/api/v1/import", { token: target.token, body: JSON.stringify(dangling) });
    expect(response.status).toBe(422);
    expect(response.json().error.fields).toMatchObject({
      "callbacks.0.customKindId": ["This kind is not in the file."],
      "kindAreas.0.kind": ["This kind is not in the file."],
      "stageLadders.0.stages": [expect.stringMatching(/first stage/)],
    });
    expect(await counts(target.user.id)).toEqual(before);
    expect(await getDb().kind.count({ where: { userId: target.user.id } })).toBe(0);
  });

  test("into an account in use: a kind it already has (same key or name) is reused, its own default area and stages stay", async () => {
    const source = await createDataUser();
    const career = await getDb().area.findFirstOrThrow({ where: { userId: source.user.id, archivedAt: null }, orderBy: { position: "asc" } });
    const grant = await getDb().kind.create({ data: { userId: source.user.id, key: "GRANT_APPLICATION", name: "Grant application", expectedReplyDays: 30, timeoutDays: 90, followUpDays: [], defaultPrior: 0.2, defaultPayoff: 5 } });
    await getDb().kindArea.create({ data: { userId: source.user.id, kindKey: "GRANT_APPLICATION", areaId: career.id } });
    await getDb().callback.create({
      data: { userId: source.user.id, kind: "OTHER", customKindId: grant.id, energyStillNeeded: 7, stage: "screen", title: "NSF", startedAt: new Date(), expectedReplyBy: new Date(Date.now() + 86_400_000), timesOutAt: new Date(Date.now() + 2 * 86_400_000), expectedReplyDays: 1, timeoutDays: 2, followUpDays: [], lastContactAt: new Date(), priorProbability: 0.5, probability: 0.5, payoff: 3 },
    });
    const file = (await send("GET", "/api/v1/export", { token: source.token })).json();

    const target = await createDataUser();
    const theirs = await getDb().kind.create({ data: { userId: target.user.id, key: "GRANTS", name: "grant application", expectedReplyDays: 12, timeoutDays: 40, followUpDays: [], defaultPrior: 0.3, defaultPayoff: 5 } });
    const ownArea = await getDb().area.findFirstOrThrow({ where: { userId: target.user.id, archivedAt: null }, orderBy: { position: "desc" } });
    await getDb().kindArea.create({ data: { userId: target.user.id, kindKey: "GRANTS", areaId: ownArea.id } });
    await getDb().callback.create({
      data: { userId: target.user.id, kind: "OTHER", title: "Mine", startedAt: new Date(), expectedReplyBy: new Date(Date.now() + 86_400_000), timesOutAt: new Date(Date.now() + 2 * 86_400_000), expectedReplyDays: 1, timeoutDays: 2, followUpDays: [], lastContactAt: new Date(), priorProbability: 0.5, probability: 0.5, payoff: 3 },
    });
    const response = await send("POST", "/api/v1/import", { token: target.token, body: JSON.stringify(file) });
    expect(response.status, response.text).toBe(200);
    expect(response.json().created).toMatchObject({ kinds: 0, kindAreas: 0 });
    const imported = await getDb().callback.findFirstOrThrow({ where: { userId: target.user.id, title: "NSF" } });
    expect(imported).toMatchObject({ customKindId: theirs.id, energyStillNeeded: 7, stage: "screen" });
    expect(await getDb().kindArea.findMany({ where: { userId: target.user.id }, select: { kindKey: true, areaId: true } })).toEqual([{ kindKey: "GRANTS", areaId: ownArea.id }]);
    // The source account is untouched.
    expect(await getDb().kind.count({ where: { userId: source.user.id } })).toBe(1);
  });
});
