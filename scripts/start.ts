// `npm start`: ONE process that checks the environment, builds if the build is missing or older
// than the sources (and makes the embedded database template, scripts/embedded-template.ts),
// opens the database (the embedded one once, migrated), and serves Next.js
// in-process on PORT (3000). One process means a signal reaches the server itself: SIGTERM or
// SIGINT finishes in-flight requests, stops the scheduler, closes the database, and exits within
// 10 s. `npm start` runs it as `node scripts/start.mjs` (its prebuilt bundle, or this file through
// tsx), via `exec`, so no shell stays between npm and the server.
import { spawn } from "node:child_process";
import v8 from "node:v8";
import http from "node:http";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { type DirectRoute, directHandler, directRouteFor, serveDirect } from "@/lib/api-direct";
import { apiFront, apiPathOf } from "@/lib/api-front";
import { malformedPathAnswer, malformedPathProblem } from "@/lib/api-methods";
import { isNewDatabaseDir, openPglite, shareEmbeddedDatabase } from "@/lib/embedded-db";
import { EnvError, assertCanServe, pgliteDir, readEnv, type Env } from "@/lib/env";
import { log } from "@/lib/log";
import { REQUEST_ID_HEADER } from "@/lib/request-id";
import pg from "pg";
import { allMigrationsApplied } from "@/lib/migrations/applied-names";
import { applyPendingMigrations, migrationStatus } from "@/lib/migrations/engine";
import { runShutdownSteps } from "@/lib/shutdown";
import { needsBuild } from "./build-freshness";
import { ensureTemplate, readTemplate } from "./embedded-template";
// Stamps each request's TCP peer address on it (sign-in limits; see the file). It patches
// http.Server, so it applies to the server this process creates below.
import "./record-peer-address.mjs";

const ROOT = process.cwd();
const DIST_DIR = path.join(ROOT, ".next");
/** Everything must be closed by then (supervisors commonly wait 10 s before SIGKILL). */
const SHUTDOWN_DEADLINE_MS = 9_000;
/** In-flight requests get this long to finish; then their connections are cut. */
const DRAIN_MS = 6_000;
/** How long an idle keep-alive connection stays open. */
const KEEP_ALIVE_MS = 65_000;

/**
 * Once the server is up, the JavaScript heap may grow to 1.5× what survived the last full
 * collection before the next one, not V8's default (up to 4× on a machine with memory to spare).
 * The server's live heap is ~90–115 MB; under the bench's page and capture load V8 let the heap
 * reach ~450 MB, mostly garbage, before collecting. Measured (PGlite, full scale, this setting
 * alone): peak RSS 734–800 MB → ~485 MB, page times the same within noise; 20% made pages slower
 * (too many collections). V8 reads the flag at every full collection, so setting it at run time
 * works and `npm start` needs no extra flag for it. Set after start-up, so loading Next is not
 * slowed by extra collections.
 */
function limitHeapGrowth(): void {
  v8.setFlagsFromString("--heap-growing-percent=50");
}

/**
 * A v1 request served past Next (lib/api-direct.ts) that failed outside its handler's own error
 * mapping (the route module would not load, the body could not be read): the API's 500, or a
 * broken connection once the answer had begun.
 */
function answerDirectFailure(err: unknown, req: http.IncomingMessage, res: http.ServerResponse): void {
  log.error({ err, method: req.method, path: req.url?.split("?")[0]?.slice(0, 200), requestId: req.headers[REQUEST_ID_HEADER] }, "API request failed");
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(500, { "Content-Type": "application/json", "Cache-Control": "no-store" });
  res.end(JSON.stringify({ error: { code: "INTERNAL", message: "Something went wrong on our side; nothing was saved. Please try again." } }));
}

/**
 * Serves a v1 request with its route's handler (lib/api-direct.ts); false, having touched nothing,
 * when the route has no handler for the method (HEAD, OPTIONS: Next answers those).
 */
async function serveDirectIfHandled(req: http.IncomingMessage, res: http.ServerResponse, route: DirectRoute, port: number): Promise<boolean> {
  try {
    const handler = await directHandler(DIST_DIR, route, (req.method ?? "GET").toUpperCase());
    if (!handler) return false;
    await serveDirect(req, res, handler, route, { origin: `http://localhost:${port}`, port });
  } catch (err) {
    answerDirectFailure(err, req, res);
  }
  return true;
}

/** A request header's value (the first, when it came more than once). */
function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

// ── Shutdown ────────────────────────────────────────────────────────────────────────────────
type Running = { server?: http.Server; next?: { close(): Promise<void> }; build?: ReturnType<typeof spawn> };
const running: Running = {};
let stopping: Promise<void> | null = null;

function closeHttpServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    // Stops accepting connections and closes idle keep-alive ones; in-flight requests finish.
    server.close(() => resolve());
    server.closeIdleConnections();
    setTimeout(() => {
      log.warn({ drainMs: DRAIN_MS }, "requests still running at shutdown; closing their connections");
      server.closeAllConnections();
    }, DRAIN_MS).unref();
  });
}

async function shutdown(reason: string, exitCode = 0): Promise<void> {
  const startedAt = performance.now();
  log.info({ reason }, "stopping: finishing in-flight requests");
  const deadline = setTimeout(() => {
    log.error({ reason, deadlineMs: SHUTDOWN_DEADLINE_MS }, "shutdown took too long; exiting anyway");
    log.flush();
    process.exit(1);
  }, SHUTDOWN_DEADLINE_MS);
  deadline.unref();
  running.build?.kill("SIGTERM");
  if (running.server) await closeHttpServer(running.server);
  // Next's own close: waits for `after()` callbacks of finished requests.
  await running.next?.close().catch((err: unknown) => log.error({ err }, "closing Next failed"));
  // Then the scheduler (waits for a sweep in progress), then the database.
  await runShutdownSteps((step, err) => log.error({ err, step }, "shutdown step failed"));
  log.info({ reason, ms: Math.round(performance.now() - startedAt) }, "stopped");
  log.flush();
  process.exit(exitCode);
}

function stop(reason: string, exitCode = 0): Promise<void> {
  stopping ??= shutdown(reason, exitCode);
  return stopping;
}

function installSignalHandlers(): void {
  for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"] as const) process.on(signal, () => void stop(signal));
  // Under `npm start`, npm stops at SIGINT without waiting for us, and a SIGKILLed npm tells
  // nobody: when the parent that started us is gone, so is whoever could stop us. Stop too.
  if (process.env.npm_lifecycle_event) {
    const parent = process.ppid;
    setInterval(() => {
      if (process.ppid !== parent) void stop("parent process exited");
    }, 500).unref();
  }
  // A log line whose reader went away (a closed pipe) must not take the server down.
  for (const stream of [process.stdout, process.stderr]) stream.on("error", () => undefined);
}

// ── Start-up ────────────────────────────────────────────────────────────────────────────────
/** Runs one build step as a child process (stopped with the server on a signal). */
function runBuildStep(name: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: "inherit", env: process.env });
    running.build = child;
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      running.build = undefined;
      if (code === 0) resolve();
      else reject(new Error(`${name} ${signal ? `was stopped by ${signal}` : `exited with code ${code}`}`));
    });
  });
}

/**
 * What `npm run build` does after its environment check: Next's build, then this script's bundle
 * (the embedded template follows in main). Without the bundle, `next build` having cleared it,
 * every later start would run through tsx: ~80 MB more resident memory, with source maps held.
 */
async function buildApp(): Promise<void> {
  console.log("Building Lifeloop (first start or sources changed)…");
  await runBuildStep("next build", [path.join(ROOT, "node_modules", "next", "dist", "bin", "next"), "build"]);
  if (!stopping) await runBuildStep("bundling the start script", [path.join(ROOT, "scripts", "bundle-start.mjs")]);
}

async function openDatabase(env: Env): Promise<{ kind: "pglite" | "postgres"; ready: Promise<unknown> }> {
  if (env.DATABASE_URL) {
    // A shared server is migrated on purpose (npm run db:migrate), not by whichever instance starts first.
    const url = env.DATABASE_URL;
    const ready = (async () => {
      // Up to date (the usual case): one query, and the WASM migration engine is never loaded.
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const upToDate = await allMigrationsApplied((sql) => client.query(sql)).finally(() => client.end());
      if (upToDate) return;
      const status = await migrationStatus({ kind: "postgres", connectionString: url });
      if (status.pending.length > 0) throw new EnvError(`The database has ${status.pending.length} pending migration(s). Run \`npm run db:migrate\` first.`);
    })();
    return { kind: "postgres", ready };
  }
  const dir = pgliteDir(env);
  // A new data folder starts from the template folder made at build time, copied (no initdb at start).
  const template = isNewDatabaseDir(dir) ? await readTemplate() : null;
  // Opened once for the whole process: migrated here, then used by the app (lib/db.ts).
  const ready = openPglite(dir, { template }).then(async (pglite: PGlite) => {
    // Up to date (the usual case): one query, and the WASM migration engine is never loaded.
    if (await allMigrationsApplied((sql) => pglite.query<{ migration_name: string }>(sql))) return pglite;
    const { applied } = await applyPendingMigrations({ kind: "pglite", pglite }, {});
    if (applied.length) log.info({ applied: applied.length, dir }, "applied migrations to the embedded database");
    return pglite;
  });
  shareEmbeddedDatabase(dir, ready);
  return { kind: "pglite", ready };
}

async function main(): Promise<void> {
  installSignalHandlers();
  let env: Env;
  try {
    env = readEnv();
    assertCanServe(env);
  } catch (error) {
    console.error(error instanceof EnvError ? error.message : error);
    process.exit(1);
  }
  const port = env.PORT ?? 3000;
  process.env.NEXTAUTH_URL = env.NEXTAUTH_URL ?? `http://localhost:${port}`;
  if (needsBuild()) {
    await buildApp();
    if (!env.DATABASE_URL && !stopping) await ensureTemplate();
  }
  if (stopping) return;
  // What `next start` sets; Next's modules read it as they load.
  (process.env as Record<string, string>).NODE_ENV = "production";

  const startedAt = performance.now();
  const database = await openDatabase(env);
  const { default: createNext } = (await import("next")) as unknown as { default: typeof import("next").default };
  const app = createNext({ dev: false, dir: ROOT, port, hostname: "localhost" });
  running.next = app;
  // Listen at once (as `next start` does): the first requests wait for Next and the database,
  // which load side by side.
  const ready = Promise.all([app.prepare(), database.ready]);
  ready.catch(() => undefined);
  let handle: ((req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>) | null = null;
  const server = http.createServer((req, res) => {
    // A target Next can't decode (`/api/callbacks/%E0%A4%A`) is answered before Next, which would
    // give a bare error page: JSON under /api.
    const target = req.url ?? "/";
    const problem = malformedPathProblem(target);
    if (problem) {
      const answer = malformedPathAnswer(target, problem);
      res.writeHead(answer.status, answer.headers);
      res.end(req.method === "HEAD" ? undefined : answer.body);
      return;
    }
    // API requests skip Next's middleware (proxy.ts serves pages): their id, security headers and
    // JSON 405 come from here (lib/api-front.ts).
    const apiPath = apiPathOf(target);
    if (apiPath) {
      const front = apiFront(
        { method: req.method ?? "GET", pathname: apiPath, requestId: firstHeader(req.headers[REQUEST_ID_HEADER]), forwardedProto: firstHeader(req.headers["x-forwarded-proto"]) },
        process.env.NEXTAUTH_URL,
      );
      req.headers[REQUEST_ID_HEADER] = front.requestId;
      if (front.answer) {
        res.writeHead(front.answer.status, front.answer.headers);
        res.end(req.method === "HEAD" ? undefined : front.answer.body);
        return;
      }
      for (const [name, value] of Object.entries(front.headers)) res.setHeader(name, value);
    }
    void (async () => {
      try {
        if (!handle) {
          await ready;
          handle = app.getRequestHandler();
        }
        // A v1 route's request goes straight to its handler (lib/api-direct.ts); the rest to Next.
        const route = apiPath ? directRouteFor(target) : null;
        if (route && (await serveDirectIfHandled(req, res, route, port))) return;
        await handle(req, res);
      } catch (err) {
        log.error({ err, method: req.method, path: req.url?.split("?")[0]?.slice(0, 200) }, "request failed outside Next");
        if (!res.headersSent) {
          res.writeHead(503, { "Content-Type": "application/json", "Retry-After": "5", "Cache-Control": "no-store" });
          res.end(JSON.stringify({ error: { code: "UNAVAILABLE", message: "Lifeloop is starting or stopping; try again in a moment." } }));
        } else res.end();
      }
    })();
  });
  // Idle keep-alive connections stay open 65 s, not Node's 5 s: a client that reuses a socket just
  // as the server closes it gets ECONNRESET (seen in the e2e suite; browsers and load balancers keep
  // theirs up to 60 s). Headers must still arrive within a second more than that.
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
  running.server = server;
  server.on("error", (err) => {
    log.error({ err, port }, "the server could not listen");
    void stop("listen failed", 1);
  });
  server.listen(port);
  try {
    await ready;
  } catch (err) {
    log.error({ err }, err instanceof EnvError ? err.message : "Lifeloop could not start");
    await stop("start-up failed", 1);
    return;
  }
  limitHeapGrowth();
  log.info(
    { url: process.env.NEXTAUTH_URL, port, database: database.kind, startupMs: Math.round(process.uptime() * 1000), readyMs: Math.round(performance.now() - startedAt) },
    "Lifeloop is ready",
  );
}

void main().catch(async (err: unknown) => {
  log.error({ err }, "Lifeloop could not start");
  await stop("start-up failed", 1);
});
