// A rich generated history for export/import tests: areas, kind defaults, the user's own kinds with
// default areas and stage ladders (and built-in kinds' too), callbacks in every state, of built-in
// or own kinds, with energy still needed and a stage,
// with event histories (evidence, follow-ups, settlements, JSON data naming other rows), effort on
// areas and callbacks, commitments with check-ins and focus overrides, reviews with snapshots
// that name areas, and ticks. Written straight to the database, as the app would have left it.
import fc from "fast-check";
import { getDb } from "@/lib/db";
import type { Area, Prisma } from "@/lib/generated/prisma/client";

const KINDS = ["JOB_APPLICATION", "NETWORKING_MESSAGE", "LEARNING_BET", "CREATIVE_LAUNCH", "HEALTH", "OTHER"] as const;
const STATES = ["PENDING", "FULFILLED", "REJECTED", "TIMED_OUT", "CANCELLED"] as const;
const EVENT_TYPES = ["EDITED", "EVIDENCE", "FOLLOW_UP", "CONTACT", "EXTENDED", "REOPENED"] as const;
const BASE = Date.UTC(2025, 0, 6);
const DAY = 86_400_000;

/** Text as forms leave it: trimmed, with quotes, commas, line breaks and non-ASCII in the mix. */
const text = (max: number) =>
  fc
    .array(fc.constantFrom("a", "b", "Z", "é", "ß", "日", "😀", " ", ",", '"', "'", "\n", ";", "=", "-", "1"), { maxLength: max })
    .map((chars) => chars.join("").trim());
/** One line, as single-line fields are stored (the shared text rules fold a line break into a space). */
const line = (max: number) => text(max).map((value) => value.replace(/\s*\n\s*/g, " ").trim());
const title = line(30).map((value) => value || "Untitled");
const probability = fc.double({ min: 0.01, max: 0.99, noNaN: true });
const dayOffset = fc.integer({ min: 0, max: 400 });

const eventArb = fc.record({ type: fc.constantFrom(...EVENT_TYPES), offset: fc.integer({ min: 0, max: 30 }), lr: fc.option(fc.double({ min: 0.2, max: 5, noNaN: true }), { nil: null }), note: text(20), withData: fc.boolean() });
const callbackArb = fc.record({
  title,
  kind: fc.constantFrom(...KINDS),
  state: fc.constantFrom(...STATES),
  area: fc.option(fc.nat(4), { nil: null }),
  start: dayOffset,
  counterparty: line(15),
  notes: text(40),
  link: fc.constantFrom("", "https://example.com/jobs/1?a=b,c", "https://jobs.example.org/x"),
  prior: probability,
  payoff: fc.integer({ min: 1, max: 10 }),
  events: fc.array(eventArb, { maxLength: 5 }),
  /** One of the user's own kinds (an index into `ownKinds`; the callback's kind is then OTHER). */
  ownKind: fc.option(fc.nat(3), { nil: null }),
  energyStillNeeded: fc.option(fc.double({ min: 0, max: 1000, noNaN: true, noDefaultInfinity: true }), { nil: null }),
  stage: fc.option(fc.constantFrom("applied", "screen", "interview"), { nil: null }),
});
/** A ladder as Settings saves it: the first stage at ratio 1, then positive ratios. */
const ladderArb = fc.array(fc.double({ min: 0.2, max: 8, noNaN: true }), { minLength: 0, maxLength: 3 }).map((ratios) => [
  { key: "applied", label: "Applied", likelihoodRatio: 1 },
  ...ratios.map((likelihoodRatio, index) => ({ key: ["screen", "interview", "final"][index]!, label: `Stage ${index} “é,”`, likelihoodRatio })),
]);
const ownKindArb = fc.record({
  name: fc.constantFrom("Grant application", "Investor pitch", "Dating match", "Editor pitch"),
  expectedReplyDays: fc.integer({ min: 1, max: 60 }),
  defaultEnergyNeeded: fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }),
  archived: fc.boolean(),
  area: fc.option(fc.nat(4), { nil: null }),
  ladder: fc.option(ladderArb, { nil: null }),
});
const commitmentArb = fc.record({
  title,
  area: fc.option(fc.nat(4), { nil: null }),
  start: dayOffset,
  state: fc.constantFrom("ACTIVE", "KEPT", "BROKEN", "CANCELLED"),
  checkIns: fc.uniqueArray(fc.integer({ min: 0, max: 13 }), { maxLength: 6 }),
  override: fc.option(fc.nat(20), { nil: null }),
});

export const historyArb = fc.record({
  profile: fc.record({ name: line(20), timeZone: fc.constantFrom("UTC", "Europe/Berlin", "America/Los_Angeles", "Asia/Kolkata"), capacity: fc.integer({ min: 1, max: 20 }) }),
  areaCount: fc.integer({ min: 1, max: 5 }),
  customKinds: fc.subarray([...KINDS], { maxLength: 3 }),
  ownKinds: fc.uniqueArray(ownKindArb, { maxLength: 3, selector: (kind) => kind.name }),
  builtInKindAreas: fc.array(fc.record({ kind: fc.constantFrom(...KINDS), area: fc.nat(4) }), { maxLength: 3 }),
  builtInLadders: fc.subarray(["JOB_APPLICATION", "CREATIVE_LAUNCH"] as const).chain((kinds) => fc.tuple(...kinds.map((kind) => ladderArb.map((stages) => ({ kind, stages }))))),
  callbacks: fc.array(callbackArb, { minLength: 1, maxLength: 8 }),
  effort: fc.array(fc.record({ area: fc.nat(4), callback: fc.option(fc.nat(10), { nil: null }), points: fc.integer({ min: 1, max: 20 }), minutes: fc.option(fc.integer({ min: 1, max: 600 }), { nil: null }), note: text(20), day: dayOffset }), { maxLength: 6 }),
  commitments: fc.array(commitmentArb, { maxLength: 3 }),
  reviews: fc.uniqueArray(fc.integer({ min: 0, max: 50 }), { maxLength: 3 }),
  ticks: fc.array(fc.record({ day: dayOffset, processed: fc.nat(9) }), { maxLength: 3 }),
});
export type History = typeof historyArb extends fc.Arbitrary<infer T> ? T : never;

const at = (days: number, hours = 9) => new Date(BASE + days * DAY + hours * 3_600_000);
const dayKey = (days: number) => new Date(BASE + days * DAY).toISOString().slice(0, 10);

/** Writes `history` into `userId`'s account (replacing its areas) and returns nothing: read it back by exporting. */
export async function writeHistory(userId: string, history: History): Promise<void> {
  const db = getDb();
  await db.user.update({ where: { id: userId }, data: history.profile });
  await db.area.deleteMany({ where: { userId } });
  const areas: Area[] = [];
  for (let index = 0; index < history.areaCount; index++) {
    areas.push(
      await db.area.create({
        data: { userId, name: `Area ${index} “${["α", "b,c", 'q"t', "x;y", "é"][index]}”`, color: "#3b82f6", targetPct: index === 0 ? 100 : 0, position: index, archivedAt: index === 4 ? at(3) : null, createdAt: at(index) },
      }),
    );
  }
  const areaAt = (index: number | null) => (index === null ? null : areas[index % areas.length]!.id);
  for (const kind of history.customKinds) {
    await db.kindDefault.create({ data: { userId, kind, expectedReplyDays: 5, timeoutDays: 21, followUpDays: [3, 10], defaultPrior: 0.2, defaultPayoff: 4 } });
  }
  const ownKinds = [];
  for (const [index, spec] of history.ownKinds.entries()) {
    const key = spec.name.toUpperCase().replace(/ /g, "_");
    ownKinds.push(
      await db.kind.create({
        data: { userId, key, name: spec.name, expectedReplyDays: spec.expectedReplyDays, timeoutDays: spec.expectedReplyDays * 3, followUpDays: [1], defaultPrior: 0.25, defaultPayoff: 6, defaultEnergyNeeded: spec.defaultEnergyNeeded, archivedAt: spec.archived ? at(5) : null, createdAt: at(index, 6) },
      }),
    );
    if (spec.area !== null) await db.kindArea.create({ data: { userId, kindKey: key, areaId: areaAt(spec.area)! } });
    if (spec.ladder) await db.stageLadder.create({ data: { userId, kindKey: key, stages: spec.ladder } });
  }
  for (const { kind, area } of history.builtInKindAreas) {
    await db.kindArea.upsert({ where: { userId_kindKey: { userId, kindKey: kind } }, create: { userId, kindKey: kind, areaId: areaAt(area)! }, update: { areaId: areaAt(area)! } });
  }
  for (const { kind, stages } of history.builtInLadders) await db.stageLadder.create({ data: { userId, kindKey: kind, stages } });
  const callbacks = [];
  for (const spec of history.callbacks) {
    const ownKind = spec.ownKind === null ? null : (ownKinds[spec.ownKind % Math.max(1, ownKinds.length)] ?? null);
    const isSettled = spec.state !== "PENDING";
    const callback = await db.callback.create({
      data: {
        userId,
        areaId: areaAt(spec.area),
        kind: ownKind ? "OTHER" : spec.kind,
        customKindId: ownKind?.id ?? null,
        energyStillNeeded: spec.energyStillNeeded,
        stage: spec.stage,
        title: spec.title,
        counterparty: spec.counterparty,
        link: spec.link,
        notes: spec.notes,
        state: spec.state,
        startedAt: at(spec.start),
        expectedReplyBy: at(spec.start + 7),
        timesOutAt: at(spec.start + 21),
        expectedReplyDays: 7,
        timeoutDays: 21,
        followUpDays: [3, 10],
        followUpCount: spec.events.filter((event) => event.type === "FOLLOW_UP").length,
        lastContactAt: at(spec.start),
        priorProbability: spec.prior,
        probability: spec.prior,
        payoff: spec.payoff,
        settledAt: isSettled ? at(spec.start + 20) : null,
        probabilityAtSettlement: isSettled ? spec.prior : null,
        isLate: spec.state === "FULFILLED" && spec.start % 2 === 0,
        realisedPayoff: spec.state === "FULFILLED" ? spec.payoff : spec.state === "REJECTED" ? 0 : null,
        acknowledgedAt: spec.state === "TIMED_OUT" ? at(spec.start + 22) : null,
        createdAt: at(spec.start, 8),
      },
    });
    callbacks.push(callback);
    const events: Prisma.CallbackEventCreateManyInput[] = [{ callbackId: callback.id, userId, type: "CREATED", at: at(spec.start), probabilityAfter: spec.prior, label: "Prior set by you", createdAt: at(spec.start) }];
    for (const event of spec.events) {
      events.push({
        callbackId: callback.id,
        userId,
        type: event.type,
        at: at(spec.start + event.offset, 10),
        likelihoodRatio: event.lr,
        probabilityBefore: spec.prior,
        probabilityAfter: spec.prior,
        label: `${event.type} label`,
        note: event.note,
        // Event data may name other rows (the focus guard names commitments): an import maps them.
        data: event.withData ? { callbackId: callback.id, areaId: areaAt(0), changes: { title: spec.title }, list: [1, 2] } : undefined,
        createdAt: at(spec.start + event.offset, 10),
      });
    }
    await db.callbackEvent.createMany({ data: events });
  }
  for (const entry of history.effort) {
    const callback = entry.callback === null ? null : (callbacks[entry.callback % callbacks.length] ?? null);
    await db.effortEntry.create({ data: { userId, areaId: areaAt(entry.area)!, callbackId: callback?.id ?? null, points: entry.points, minutes: entry.minutes, note: entry.note, spentAt: at(entry.day, 15), createdAt: at(entry.day, 15) } });
  }
  for (const spec of history.commitments) {
    const commitment = await db.commitment.create({
      data: {
        userId,
        areaId: areaAt(spec.area),
        title: spec.title,
        why: "Because",
        startsOn: new Date(`${dayKey(spec.start)}T00:00:00Z`),
        endsOn: new Date(`${dayKey(spec.start + 13)}T00:00:00Z`),
        cadence: "DAILY",
        state: spec.state as "ACTIVE",
        endedAt: spec.state === "ACTIVE" ? null : at(spec.start + 13),
        brokenNote: spec.state === "BROKEN" ? "Got sick" : "",
        createdAt: at(spec.start, 7),
      },
    });
    for (const offset of spec.checkIns) {
      await db.commitmentCheckIn.create({ data: { commitmentId: commitment.id, userId, period: new Date(`${dayKey(spec.start + offset)}T00:00:00Z`), kept: offset % 3 !== 0, note: offset % 2 ? "ok" : "", createdAt: at(spec.start + offset, 20) } });
    }
    if (spec.override !== null) {
      const callback = callbacks[spec.override % callbacks.length]!;
      await db.focusOverride.create({ data: { commitmentId: commitment.id, userId, callbackId: callback.id, callbackTitle: callback.title, at: at(spec.start + 1) } });
    }
  }
  for (const week of history.reviews) {
    const monday = dayKey(week * 7);
    await db.weeklyReview.create({
      data: { userId, weekStart: new Date(`${monday}T00:00:00Z`), timeZone: history.profile.timeZone, completedAt: at(week * 7 + 6), snapshot: { areas: areas.map((area) => ({ areaId: area.id, name: area.name, pct: 10 })), load: 3.5 }, stopDoing: "x", doubleDown: "", blockOn: "y" },
    });
  }
  for (const tick of history.ticks) await db.tick.create({ data: { userId, completedAt: at(tick.day, 7), processed: tick.processed } });
}
