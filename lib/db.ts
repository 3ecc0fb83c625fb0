import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { Pool } from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { registerDatabaseProbe, type DatabaseCheck } from "@/lib/db-health";
import { watchAdapterFactory } from "@/lib/db-watch";
import { embeddedDatabase, forgetEmbeddedDatabase } from "@/lib/embedded-db";
import { pgliteDir, readEnv } from "@/lib/env";
import { log } from "@/lib/log";
import { preparedStatementName } from "@/lib/server/prepared-sql";
import { cancelShutdownStep, onShutdown } from "@/lib/shutdown";

/**
 * The one database client of this process. With DATABASE_URL it talks to a Postgres server
 * (node-postgres pool); without it, to the embedded PGlite database in the data folder. Opened
 * lazily on first use and cached on globalThis, so `next build` never opens it and dev reloads
 * reuse it. Importing this module opens nothing.
 */
export type Db = PrismaClient;
/** A transaction client, as passed to `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

type DbState = {
  prisma: PrismaClient;
  kind: "pglite" | "postgres";
  /** The Postgres connection pool (postgres mode only); Prisma's adapter uses it too. */
  pool?: Pool;
  /** Resolves to the PGlite instance once open (pglite mode only). */
  pglite?: Promise<PGlite>;
  /** One cheap query with a deadline, for /api/health and the proxy's outage check. */
  ping: (timeoutMs: number) => Promise<DatabaseCheck>;
  close: () => Promise<void>;
};

const globalForDb = globalThis as typeof globalThis & { __lifeloopDb?: DbState };

/** Pool connections wait at most this long for a connection to the server (pg's default: forever). */
const CONNECT_TIMEOUT_MS = 5_000;
const POOL_SIZE = 10;

async function withDeadline(query: () => Promise<unknown>, timeoutMs: number): Promise<DatabaseCheck> {
  const startedAt = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  try {
    const outcome = await Promise.race([query().then(() => "ok" as const), deadline]);
    const ms = Math.round(performance.now() - startedAt);
    return outcome === "ok" ? { ok: true, ms } : { ok: false, ms, reason: "timeout" };
  } catch {
    return { ok: false, ms: Math.round(performance.now() - startedAt), reason: "unreachable" };
  } finally {
    clearTimeout(timer);
  }
}

function createPostgresState(connectionString: string): DbState {
  // One pool for Prisma's adapter and for the hot statements that skip Prisma (queryPrepared).
  // keepAlive: a server that vanished without closing the socket is noticed instead of hanging.
  const pool = new Pool({ connectionString, max: POOL_SIZE, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, keepAlive: true });
  // An idle connection that dies emits on the pool; without a listener that would crash the process.
  pool.on("error", (err) => log.warn({ err }, "database connection lost (idle pool client)"));
  const adapter = new PrismaPg(pool, {
    // Hot statements marked with prepared() are parsed and planned once per connection.
    // (undefined: an unnamed statement, parsed and planned each time, as without the option).
    statementNameGenerator: (query) => preparedStatementName(query.sql) as string,
  });
  // The health check has its own connection: a busy pool must not read as "database down", and
  // a check must not wait behind queued requests.
  let healthPool: Pool | undefined;
  const prisma = new PrismaClient({ adapter: watchAdapterFactory(adapter) });
  return {
    prisma,
    kind: "postgres",
    pool,
    ping: (timeoutMs) => {
      if (!healthPool) {
        healthPool = new Pool({ connectionString, max: 1, connectionTimeoutMillis: timeoutMs, idleTimeoutMillis: 30_000, keepAlive: true });
        // An idle health connection that dies emits on the pool; without a listener that would crash the process.
        healthPool.on("error", () => undefined);
      }
      const pool = healthPool;
      return withDeadline(() => pool.query("select 1"), timeoutMs);
    },
    close: async () => {
      await prisma.$disconnect();
      // The adapter leaves a pool it was given open.
      await pool.end();
      await healthPool?.end();
    },
  };
}

function createPgliteState(dir: string): DbState {
  const pglite = embeddedDatabase(dir);
  // PGlite opens asynchronously but Prisma wants its adapter up front, so the adapter factory
  // waits for the open inside connect().
  const factory = {
    provider: "postgres" as const,
    adapterName: "pglite",
    connect: async () => new PrismaPGlite(await pglite).connect(),
    connectToShadowDb: async () => new PrismaPGlite(await pglite).connectToShadowDb(),
  };
  const prisma = new PrismaClient({ adapter: watchAdapterFactory(factory) });
  return {
    prisma,
    kind: "pglite",
    pglite,
    ping: (timeoutMs) => withDeadline(async () => (await pglite).query("select 1"), timeoutMs),
    close: async () => {
      await prisma.$disconnect();
      // close() checkpoints and shuts Postgres down, so the folder reopens without crash recovery.
      const instance = await pglite;
      if (!instance.closed) await instance.close();
      forgetEmbeddedDatabase();
    },
  };
}

function createState(): DbState {
  const env = readEnv();
  return env.DATABASE_URL ? createPostgresState(env.DATABASE_URL) : createPgliteState(pgliteDir(env));
}

function state(): DbState {
  if (!globalForDb.__lifeloopDb) {
    const created = createState();
    globalForDb.__lifeloopDb = created;
    registerDatabaseProbe(() => created.ping(HEALTH_TIMEOUT_MS));
    onShutdown("database", "database", () => closeDb());
  }
  return globalForDb.__lifeloopDb;
}

/** How long the health check waits for `select 1` before calling the database unreachable. */
export const HEALTH_TIMEOUT_MS = 2_000;

/** The Prisma client for this process (opened on first call). */
export function getDb(): Db {
  return state().prisma;
}

/**
 * The Postgres pool Prisma uses (null on the embedded database), for the few hot statements that
 * skip Prisma's query pipeline (lib/server/query-prepared.ts).
 */
export function postgresPool(): Pool | null {
  return state().pool ?? null;
}

/** The embedded database, once open (null on a Postgres server). */
export function embeddedPglite(): Promise<PGlite> | null {
  return state().pglite ?? null;
}

/** Which database this process uses, with the PGlite instance in embedded mode. */
export async function getDbInfo(): Promise<{ kind: "pglite" | "postgres"; pglite?: PGlite }> {
  const s = state();
  return { kind: s.kind, pglite: s.pglite ? await s.pglite : undefined };
}

/** Runs `select 1` with a deadline: is the database answering right now? */
export function pingDatabase(timeoutMs = HEALTH_TIMEOUT_MS): Promise<DatabaseCheck> {
  return state().ping(timeoutMs);
}

/** Closes the client (and PGlite), e.g. at shutdown, at the end of a script or a test file. */
export async function closeDb(): Promise<void> {
  const s = globalForDb.__lifeloopDb;
  if (!s) return;
  globalForDb.__lifeloopDb = undefined;
  cancelShutdownStep("database");
  await s.close();
}
