import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, rmdirSync } from "node:fs";
import { Worker } from "node:worker_threads";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";

/**
 * The embedded database (PGlite) of this process, opened once. `npm start` opens it and applies
 * migrations before the server serves (scripts/start.ts), and the app's database client picks
 * up the same instance (lib/db.ts): opening PGlite costs seconds, and two instances on one
 * folder would corrupt it. The promise lives on globalThis because the start script and the
 * bundles Next loads hold separate copies of this module in one process.
 */
type Shared = { dir: string; ready: Promise<PGlite> };

const globalForEmbedded = globalThis as typeof globalThis & { __lifeloopEmbeddedDb?: Shared };

/**
 * Postgres's buffer cache inside PGlite's WebAssembly memory. Postgres's default (128 MB) is
 * sized for a shared server; one person's data fits in far less, and PGlite's files are read
 * through the operating system's own cache anyway. Measured: 128 → 32 MB saved about 110 MB of
 * resident memory for the server process, the same query results; 32 → 16 MB about 16 MB more
 * (PGlite's memory ~47 → ~31 MB resident after the bench's page load), page times and growth the
 * same within noise. PGlite's WebAssembly memory never shrinks, so this caps what it holds.
 */
const EMBEDDED_SHARED_BUFFERS = "16MB";

/** Whether `dir` holds no database yet (PGlite would run initdb there). */
export function isNewDatabaseDir(dir: string): boolean {
  return dir !== "memory://" && !existsSync(path.join(dir, "PG_VERSION"));
}

/**
 * Opens PGlite in `dir` (created if missing), or in memory for `memory://`. A new, empty folder
 * starts as a copy of `template` when given (a folder holding an initialised, migrated database:
 * scripts/embedded-template.ts) instead of running initdb.
 */
export async function openPglite(dir: string, { template }: { template?: string | null } = {}): Promise<PGlite> {
  const options = { startParams: [...PGlite.defaultStartParams, "-c", `shared_buffers=${EMBEDDED_SHARED_BUFFERS}`] };
  if (dir === "memory://") return PGlite.create(options);
  if (template && isNewDatabaseDir(dir) && isEmptyOrMissing(dir)) await copyTemplate(template, dir);
  mkdirSync(dir, { recursive: true });
  return PGlite.create(dir, options);
}

function isEmptyOrMissing(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0;
}

/**
 * The template copied by the operating system, into a sibling folder renamed into place when
 * complete: a start stopped halfway leaves no half database behind. PGlite's own `loadDataDir`
 * (a tarball) gunzips and writes each of ~1,200 files through its WebAssembly file system, on the
 * main thread: opening a new folder took 1.45–1.8 s that way, 1.15 s from the files already in place.
 * The copy (~1,150 files, 40 MB) runs on a worker thread, so the start script loads Next meanwhile:
 * on the main thread it held it ~0.6 s of a 3.3 s cold start (fs.promises.cp was slower still: a
 * few awaits per file on the main thread).
 */
async function copyTemplate(template: string, dir: string): Promise<void> {
  const staging = `${dir}.new-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  await copyOnWorker(template, staging);
  if (existsSync(dir)) rmdirSync(dir); // empty (checked): rmdir refuses anything else
  renameSync(staging, dir);
}

function copyOnWorker(from: string, to: string): Promise<void> {
  const source = `const { workerData } = require("node:worker_threads");
    require("node:fs").cpSync(workerData.from, workerData.to, { recursive: true, preserveTimestamps: true });`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(source, { eval: true, workerData: { from, to } });
    worker.once("error", reject);
    worker.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`copying the database template stopped with code ${code}`))));
  });
}

/**
 * Makes `ready` (PGlite opened in `dir` and ready for queries, i.e. migrated) this process's
 * embedded database. Called by the start script before Next loads.
 */
export function shareEmbeddedDatabase(dir: string, ready: Promise<PGlite>): void {
  globalForEmbedded.__lifeloopEmbeddedDb = { dir, ready };
}

/** This process's embedded database in `dir`: the shared one, or opened now (dev, tests, scripts). */
export function embeddedDatabase(dir: string): Promise<PGlite> {
  const shared = globalForEmbedded.__lifeloopEmbeddedDb;
  if (shared && shared.dir === dir) return shared.ready;
  // A second instance on another folder in one process means the two sides disagree on the data
  // folder: refuse rather than serve from the wrong database.
  if (shared) return Promise.reject(new Error(`The embedded database is already open at ${shared.dir}, not ${dir}.`));
  const ready = openPglite(dir);
  globalForEmbedded.__lifeloopEmbeddedDb = { dir, ready };
  return ready;
}

/** Forgets the shared instance (after closing it), so a later call opens a fresh one. */
export function forgetEmbeddedDatabase(): void {
  globalForEmbedded.__lifeloopEmbeddedDb = undefined;
}
