// `npm run bench`: how much the app's data layer costs over the database itself. Seeds one user
// with 10,000 callbacks and 100,000 events into a fresh temporary embedded database (and, when
// DATABASE_URL is set, into that Postgres database too; migrate it first with `npm run db:migrate`),
// then times the callbacks list, a callback's detail and a capture through lib/server (the app)
// and through hand-written SQL on the bare driver (direct). Medians of 15 runs after 3 warm-ups,
// app and direct interleaved so both see the same machine. The last line is
// `bench: worst ratio R` (app ÷ direct, worst over every operation and database).
//
// Then the page section (scripts/bench/pages): the built app, started as `npm start` does, on a
// temporary embedded database (and DATABASE_URL), timed from outside over HTTP; it prints
// `bench: worst growth G`, `bench: capture ratio C`, `bench: largest page K KB` and
// `bench: peak memory M MB` before the last line. While developing: LIFELOOP_BENCH_SCALE=0.1
// shrinks every size, LIFELOOP_BENCH_SECTIONS=pages (or data) runs one section.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { closeDb, getDb, getDbInfo } from "@/lib/db";
import { applyPendingMigrations, migrationStatus } from "@/lib/migrations/engine";
import { captureCallback } from "@/lib/server/callbacks/capture-callback";
import { getCallback } from "@/lib/server/callbacks/get-callback";
import { listCallbacks } from "@/lib/server/callbacks/list-callbacks";
import { captureCallbackSchema, listCallbacksSchema } from "@/lib/validation/callbacks";
import { type DirectDb, directCapture, directDetail, directList, pgliteDirect, postgresDirect } from "./bench/direct";
import type { BenchContext, Operation, OperationGroup } from "./bench/operation";
import { portfolioOperations } from "./bench/portfolio-operations";
import { CALLBACKS, EVENTS, seedBenchUser } from "./bench/seed";
import { reviewOperations } from "./bench/review-operations";
import { tickOperations } from "./bench/tick-operations";
import { benchPages, pageSummary } from "./bench/pages/section";

const WARMUPS = 3;
const RUNS = 15;

type Result = { name: string; app: number; direct: number; ratio: number; informational?: boolean };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** Medians of app and direct, alternating which goes first so neither always runs on a warm cache. */
async function measure(operation: Operation): Promise<Result> {
  const app: number[] = [];
  const direct: number[] = [];
  for (let i = 0; i < WARMUPS + RUNS; i += 1) {
    let appMs: number;
    let directMs: number;
    if (i % 2 === 0) {
      appMs = await time(operation.app);
      directMs = await time(operation.direct);
    } else {
      directMs = await time(operation.direct);
      appMs = await time(operation.app);
    }
    if (i >= WARMUPS) {
      app.push(appMs);
      direct.push(directMs);
    }
  }
  const result = { name: operation.name, app: median(app), direct: median(direct) };
  return { ...result, ratio: result.app / result.direct, informational: operation.informational };
}

function printTable(title: string, results: Result[]): void {
  const rows = results.map((r) => [r.name, r.informational ? "-" : r.app.toFixed(2), r.direct.toFixed(2), r.informational ? "-" : r.ratio.toFixed(2)]);
  const header = ["operation", "app median ms", "direct median ms", "ratio"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of rows) console.log(line(row));
}

/** The callbacks list, detail and capture (issue 3). */
const callbackOperations: OperationGroup = ({ actor, seeded, bare, now }) => {
  const defaultQuery = listCallbacksSchema.parse({});
  const byProbability = listCallbacksSchema.parse({ sort: "probability" });
  const capture = captureCallbackSchema.parse({ title: "Bench capture (app)", confirmOverflow: true });
  return [
    { name: "list (default: open, by deadline)", app: () => listCallbacks(actor, defaultQuery, now), direct: () => directList(bare, actor.id, now, "deadline") },
    { name: "list (sort=probability)", app: () => listCallbacks(actor, byProbability, now), direct: () => directList(bare, actor.id, now, "probability") },
    { name: `detail (${seeded.detailEvents} events)`, app: () => getCallback(actor, seeded.detailId, now), direct: () => directDetail(bare, actor.id, seeded.detailId) },
    {
      name: "capture (confirmOverflow)",
      app: async () => {
        const result = await captureCallback(actor, capture, now);
        if (result.status !== "created") throw new Error("capture was not written");
      },
      direct: () => directCapture(bare, actor.id, now),
    },
    { name: "  capture's two inserts alone", app: async () => {}, direct: () => directCapture(bare, actor.id, now, { insertsOnly: true }), informational: true },
  ];
};

/** Every group, in the order they are measured; a feature adds its group here. */
const OPERATION_GROUPS: OperationGroup[] = [callbackOperations, portfolioOperations, tickOperations, reviewOperations];

async function benchCurrentDatabase(label: string, direct: (info: Awaited<ReturnType<typeof getDbInfo>>) => DirectDb): Promise<Result[]> {
  const db = getDb();
  const info = await getDbInfo();
  const now = new Date();
  const seedStart = performance.now();
  const seeded = await seedBenchUser(db, now);
  console.log(`[bench] ${label}: seeded ${CALLBACKS} callbacks and ${EVENTS} events in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
  const bare = direct(info);
  try {
    const actor = await db.user.findUniqueOrThrow({ where: { id: seeded.userId } });
    const context: BenchContext = { db, actor, seeded, bare, now };
    const operations: Operation[] = [];
    for (const group of OPERATION_GROUPS) operations.push(...(await group(context)));
    const results: Result[] = [];
    for (const operation of operations) results.push(await measure(operation));
    return results;
  } finally {
    await bare.close();
    if (info.kind === "postgres") await db.user.delete({ where: { id: seeded.userId } });
  }
}

const SECTIONS = new Set((process.env.LIFELOOP_BENCH_SECTIONS ?? "data,pages").split(",").map((s) => s.trim()));

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL?.trim();
  const all: Result[] = [];
  if (SECTIONS.has("data")) await benchDataLayer(databaseUrl, all);
  const pages = SECTIONS.has("pages") ? pageSummary(await benchPages(databaseUrl)) : null;

  console.log("");
  if (pages) {
    console.log(`bench: worst growth ${pages.growth.toFixed(2)}`);
    console.log(`bench: capture ratio ${pages.captureRatio.toFixed(2)}`);
    console.log(`bench: largest page ${pages.largestKb.toFixed(0)} KB`);
    console.log(`bench: peak memory ${pages.peakMb.toFixed(0)} MB`);
  }
  const worst = Math.max(...all.filter((r) => !r.informational).map((r) => r.ratio));
  if (all.length > 0) console.log(`bench: worst ratio ${worst.toFixed(2)}`);
}

async function benchDataLayer(databaseUrl: string | undefined, all: Result[]): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "lifeloop-bench-"));
  process.env.DATABASE_URL = "";
  process.env.LIFELOOP_DATA_DIR = dataDir;
  try {
    const info = await getDbInfo();
    await applyPendingMigrations({ kind: "pglite", pglite: info.pglite! });
    const results = await benchCurrentDatabase("PGlite", (i) => pgliteDirect(i.pglite!));
    printTable(`PGlite (embedded, fresh database in ${dataDir})`, results);
    all.push(...results);
  } finally {
    await closeDb();
    rmSync(dataDir, { recursive: true, force: true });
  }

  if (databaseUrl) {
    process.env.DATABASE_URL = databaseUrl;
    process.env.LIFELOOP_DATA_DIR = "";
    try {
      const status = await migrationStatus({ kind: "postgres", connectionString: databaseUrl });
      if (status.pending.length > 0) throw new Error(`DATABASE_URL has pending migrations (${status.pending.join(", ")}): run npm run db:migrate first.`);
      const results = await benchCurrentDatabase("Postgres", () => postgresDirect(databaseUrl));
      printTable(`Postgres (${new URL(databaseUrl).pathname.slice(1)})`, results);
      all.push(...results);
    } finally {
      await closeDb();
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
