// Seeds one bench user with a realistic two-year history: 10,000 callbacks and 100,000 events
// (plus 5,000 effort entries for the portfolio), written in batches of one INSERT … SELECT from a
// JSON array each (the fastest bulk path that works the same on PGlite and Postgres).
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import { currentProbability } from "@/lib/domain/probability";
import { seededRandom } from "@/lib/domain/seeded-random";
import { type CallbackKind, KIND_DEFAULTS } from "@/lib/domain/kind-defaults";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recomputeAggregates } from "@/lib/server/aggregates/recompute-aggregates";

/** LIFELOOP_BENCH_SCALE (default 1) shrinks every seeded size while developing the bench. */
export const BENCH_SCALE = Math.min(1, Math.max(0.001, Number(process.env.LIFELOOP_BENCH_SCALE ?? 1) || 1));
export const CALLBACKS = Math.round(10_000 * BENCH_SCALE);
export const EVENTS = CALLBACKS * 10;
export const EFFORT_ENTRIES = Math.round(5_000 * BENCH_SCALE);
const DAY_MS = 86_400_000;
const HISTORY_DAYS = 730;

function pick<T>(random: () => number, weighted: readonly (readonly [T, number])[]): T {
  const total = weighted.reduce((sum, [, w]) => sum + w, 0);
  let r = random() * total;
  for (const [value, w] of weighted) {
    r -= w;
    if (r < 0) return value;
  }
  return weighted[weighted.length - 1]![0];
}

const KIND_MIX: readonly (readonly [CallbackKind, number])[] = [
  ["JOB_APPLICATION", 35],
  ["NETWORKING_MESSAGE", 30],
  ["LEARNING_BET", 10],
  ["CREATIVE_LAUNCH", 10],
  ["HEALTH", 5],
  ["OTHER", 10],
];
const AREAS = [
  ["Health", "#16a34a", 25],
  ["Specific Knowledge", "#2563eb", 30],
  ["Networking", "#db2777", 20],
  ["Creative Output", "#ea580c", 15],
  ["Exploration", "#7c3aed", 10],
] as const;
const COUNTERPARTIES = ["Acme Corp", "Globex", "Initech", "Umbrella", "Hooli", "Stark Industries", "a recruiter", "Dr. Lee", "the editor", ""];

/**
 * Bulk insert as one statement with one parameter: rows as a JSON array, expanded into the
 * table's row type. Only the columns the rows name are written, so columns later migrations add
 * (with a default) keep it; every NOT NULL column without a default must be given.
 */
async function insertJson(db: Db, table: "Callback" | "CallbackEvent" | "EffortEntry", rows: object[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!).map((column) => `"${column}"`).join(", ");
  await db.$executeRawUnsafe(`INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::"${table}", $1::json)`, JSON.stringify(rows));
}

export type Seeded = { userId: string; detailId: string; detailEvents: number };

/** Creates the bench user with areas, callbacks and events as of `now`; returns the ids to query. */
export async function seedBenchUser(db: Db, now: Date, account: { email?: string; passwordHash?: string } = {}): Promise<Seeded> {
  const random = seededRandom(20_261_126);
  const user = await db.user.create({
    data: { email: account.email ?? `bench-${randomUUID()}@example.test`, passwordHash: account.passwordHash ?? "x", name: "Bench", capacity: 7 },
  });
  await db.area.createMany({
    data: AREAS.map(([name, color, targetPct], position) => ({ userId: user.id, name, color, targetPct, position })),
  });
  const areaIds = (await db.area.findMany({ where: { userId: user.id }, orderBy: { position: "asc" }, select: { id: true } })).map((a) => a.id);

  const callbacks: Prisma.CallbackCreateManyInput[] = [];
  const ends: number[] = [];
  for (let i = 0; i < CALLBACKS; i += 1) {
    const kind = pick(random, KIND_MIX);
    const defaults = KIND_DEFAULTS[kind];
    const startedAt = new Date(now.getTime() - random() * HISTORY_DAYS * DAY_MS);
    const expectedReplyBy = new Date(startedAt.getTime() + defaults.expectedReplyDays * DAY_MS);
    const timesOutAt = new Date(startedAt.getTime() + defaults.timeoutDays * DAY_MS);
    const due = timesOutAt.getTime() <= now.getTime();
    // Past its deadline nothing stays PENDING (the sweeper would have run); recent ones mostly wait.
    const state = due
      ? pick(random, [["FULFILLED", 20], ["REJECTED", 35], ["TIMED_OUT", 35], ["CANCELLED", 10]] as const)
      : pick(random, [["PENDING", 80], ["FULFILLED", 7], ["REJECTED", 8], ["CANCELLED", 5]] as const);
    const end = state === "PENDING" ? now.getTime() : state === "TIMED_OUT" ? timesOutAt.getTime()
      : startedAt.getTime() + random() * (Math.min(now.getTime(), timesOutAt.getTime()) - startedAt.getTime());
    const lastContactAt = new Date(startedAt.getTime() + random() * 0.6 * (end - startedAt.getTime()));
    const prior = defaults.defaultPrior;
    const probability = Math.min(0.95, Math.max(0.02, prior * (0.5 + random() * 2)));
    const settledAt = state === "PENDING" ? null : new Date(end);
    const frozen = settledAt
      ? currentProbability({ explicit: probability, lastContactAt, expectedReplyDays: defaults.expectedReplyDays, now: settledAt })
      : null;
    callbacks.push({
      id: `bench${i.toString().padStart(6, "0")}${randomUUID().slice(0, 8)}`,
      userId: user.id,
      areaId: random() < 0.15 ? null : areaIds[Math.floor(random() * areaIds.length)]!,
      kind,
      title: `${defaults.label} #${i} ${COUNTERPARTIES[i % COUNTERPARTIES.length]}`.trim(),
      counterparty: COUNTERPARTIES[(i * 7) % COUNTERPARTIES.length]!,
      channel: "email",
      link: "",
      notes: random() < 0.3 ? "Some notes about this bet, what was sent and when.".repeat(3) : "",
      state,
      startedAt,
      expectedReplyBy,
      timesOutAt,
      expectedReplyDays: defaults.expectedReplyDays,
      timeoutDays: defaults.timeoutDays,
      followUpDays: [...defaults.followUpDays],
      followUpCount: 0,
      lastContactAt,
      priorProbability: prior,
      probability,
      payoff: 1 + Math.floor(random() * 10),
      effort: Math.floor(random() * 8),
      weight: pick(random, [[1, 80], [0.5, 10], [2, 10]] as const),
      settledAt,
      probabilityAtSettlement: frozen,
      isLate: false,
      outcomeNote: "",
      realisedPayoff: state === "FULFILLED" ? 5 : state === "REJECTED" ? 0 : null,
      version: 0,
      createdAt: startedAt,
      updatedAt: settledAt ?? startedAt,
    });
    ends.push(end);
  }
  for (let i = 0; i < callbacks.length; i += 2000) await insertJson(db, "Callback", callbacks.slice(i, i + 2000));

  // Every callback has CREATED; settled ones end with their settling event; the rest of the
  // 100,000 are follow-ups, contacts, evidence and edits spread at random.
  const extra = callbacks.map((c): number => (c.state === "PENDING" ? 0 : 1));
  let remaining = EVENTS - CALLBACKS - extra.reduce((sum, n) => sum + n, 0);
  while (remaining > 0) {
    extra[Math.floor(random() * CALLBACKS)]! += 1;
    remaining -= 1;
  }
  const events: Prisma.CallbackEventCreateManyInput[] = [];
  let detailId = callbacks[0]!.id!;
  let detailEvents = 0;
  callbacks.forEach((c, i) => {
    const start = (c.startedAt as Date).getTime();
    const end = ends[i]!;
    const n = extra[i]!;
    events.push({ id: randomUUID(), callbackId: c.id!, userId: user.id, type: "CREATED", at: c.startedAt, probabilityAfter: c.priorProbability, label: "Prior from kind default", note: "", createdAt: c.startedAt });
    const middle = c.state === "PENDING" ? n : n - 1;
    const times = Array.from({ length: middle }, () => start + random() * (end - start)).sort((a, b) => a - b);
    for (const t of times) {
      const type = pick(random, [["FOLLOW_UP", 40], ["CONTACT", 20], ["EVIDENCE", 30], ["EDITED", 10]] as const);
      const at = new Date(t);
      events.push({
        id: randomUUID(),
        callbackId: c.id!,
        userId: user.id,
        type,
        at,
        likelihoodRatio: type === "EVIDENCE" ? pick(random, [[3, 1], [4, 1], [2, 1], [0.3, 1]] as const) : null,
        probabilityBefore: c.probability,
        probabilityAfter: c.probability,
        label: type === "EDITED" ? "Edited notes" : "",
        note: random() < 0.2 ? "Followed up by email." : "",
        data: type === "FOLLOW_UP" ? { expectedReplyByBefore: at.toISOString(), expectedReplyByAfter: at.toISOString() } : undefined,
        createdAt: at,
      });
    }
    if (c.state !== "PENDING") {
      const at = c.settledAt as Date;
      const type = c.state === "TIMED_OUT" ? "TIMED_OUT" : c.state === "CANCELLED" ? "CANCELLED" : "SETTLED";
      events.push({
        id: randomUUID(),
        callbackId: c.id!,
        userId: user.id,
        type,
        at,
        probabilityBefore: c.probabilityAtSettlement,
        note: "",
        label: type === "SETTLED" ? (c.state === "FULFILLED" ? "Fulfilled" : "Rejected") : type === "TIMED_OUT" ? "Timed out" : "",
        dedupeKey: type === "TIMED_OUT" ? `timeout:${c.id}:${at.toISOString().slice(0, 23)}` : null,
        createdAt: at,
      });
    }
    // The detail benchmark reads a pending callback with a typical history (about 10 events).
    if (c.state === "PENDING" && n + 1 >= 10 && n + 1 <= 12 && detailEvents === 0) {
      detailId = c.id!;
      detailEvents = n + 1;
    }
  });
  for (let i = 0; i < events.length; i += 10_000) await insertJson(db, "CallbackEvent", events.slice(i, i + 10_000));
  if (events.length !== EVENTS) throw new Error(`seeded ${events.length} events, expected ${EVENTS}`);
  await seedEffort(db, user.id, areaIds, callbacks, now);
  // Bulk SQL bypasses the running totals: compute them once, as an import does.
  await db.$transaction((tx) => recomputeAggregates(user.id, tx), { timeout: 300_000 });
  await analyze(db);
  return { userId: user.id, detailId, detailEvents };
}

export async function analyze(db: Db): Promise<void> {
  await db.$executeRawUnsafe(`ANALYZE "Callback"`);
  await db.$executeRawUnsafe(`ANALYZE "CallbackEvent"`);
  await db.$executeRawUnsafe(`ANALYZE "EffortEntry"`);
}

/**
 * EFFORT_ENTRIES effort entries over the two years (about seven a day), skewed away from the
 * targets so the portfolio has drift to report; one in five tied to a callback of the same area.
 * Its own PRNG, so the callbacks and events above stay exactly as they were.
 */
async function seedEffort(db: Db, userId: string, areaIds: string[], callbacks: Prisma.CallbackCreateManyInput[], now: Date): Promise<void> {
  const random = seededRandom(5_000);
  const byArea = new Map<string, string[]>();
  for (const c of callbacks) if (c.areaId) byArea.set(c.areaId, [...(byArea.get(c.areaId) ?? []), c.id!]);
  const areaMix = areaIds.map((id, i) => [id, [40, 25, 10, 15, 10][i] ?? 10] as const);
  const entries: Prisma.EffortEntryCreateManyInput[] = [];
  for (let i = 0; i < EFFORT_ENTRIES; i += 1) {
    const areaId = pick(random, areaMix);
    const spentAt = new Date(now.getTime() - random() * HISTORY_DAYS * DAY_MS);
    const tied = byArea.get(areaId);
    entries.push({
      id: `effort${i.toString().padStart(6, "0")}${randomUUID().slice(0, 8)}`,
      userId,
      areaId,
      callbackId: tied && random() < 0.2 ? tied[Math.floor(random() * tied.length)]! : null,
      points: pick(random, [[1, 40], [2, 30], [3, 15], [0.5, 10], [5, 5]] as const),
      minutes: random() < 0.6 ? 15 + Math.floor(random() * 120) : null,
      note: random() < 0.3 ? "Worked on it for a while." : "",
      spentAt,
      createdAt: spentAt,
      updatedAt: spentAt,
    });
  }
  for (let i = 0; i < entries.length; i += 5000) await insertJson(db, "EffortEntry", entries.slice(i, i + 5000));
}
