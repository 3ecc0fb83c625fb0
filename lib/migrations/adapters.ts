import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";

/** Where migrations run: an open PGlite (never closed here) or a Postgres server URL. */
export type MigrationTarget = { kind: "pglite"; pglite: PGlite } | { kind: "postgres"; connectionString: string };

/** A driver-adapter factory for the schema engine plus the cleanup of whatever it opened. */
export type EngineConnection = {
  factory: SqlMigrationAwareDriverAdapterFactory;
  close: () => Promise<void>;
};

type PgliteError = Error & { code?: string; severity?: string; detail?: string; column?: string; hint?: string };

function toDriverAdapterError(error: unknown): unknown {
  const e = error as PgliteError;
  if (!(e instanceof Error) || typeof e.code !== "string") return error;
  return new DriverAdapterError({
    kind: "postgres",
    code: e.code,
    severity: e.severity ?? "ERROR",
    message: e.message,
    detail: e.detail,
    column: e.column,
    hint: e.hint,
  });
}

/**
 * pglite-prisma-adapter's executeScript does not await `exec`, so a failing migration would be
 * recorded as applied and its error would surface as an unhandled rejection. Await it instead;
 * PGlite runs a multi-statement script as one implicit transaction.
 */
async function connectPglite(pglite: PGlite): Promise<SqlDriverAdapter> {
  const adapter = await new PrismaPGlite(pglite).connect();
  adapter.executeScript = async (script: string) => {
    try {
      await pglite.exec(script);
    } catch (error) {
      throw toDriverAdapterError(error);
    }
  };
  return adapter;
}

/**
 * Connects to a caller-owned PGlite. The shadow database is one in-memory PGlite (opening one
 * costs seconds), emptied before each use because the engine replays migrations into an external
 * shadow without resetting it, and closed by this connection (the adapter's own shadow never is).
 * Pass a `shadow` that is already opening to overlap its start-up with other work.
 */
export function openPgliteConnection(pglite: PGlite, options: { shadow?: Promise<PGlite> } = {}): EngineConnection {
  let shadow = options.shadow;
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: "postgres",
    adapterName: "pglite",
    connect: () => connectPglite(pglite),
    connectToShadowDb: async () => {
      shadow ??= PGlite.create();
      const db = await shadow;
      await db.exec("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
      const adapter = await connectPglite(db);
      // The engine disposes each shadow connection; the PGlite is reused and closed in close().
      adapter.dispose = async () => {};
      return adapter;
    },
  };
  const close = async () => {
    const db = await shadow?.catch(() => undefined);
    if (db && !db.closed) await db.close();
  };
  return { factory, close };
}

/**
 * Connects to a Postgres server through a pool this connection owns and ends. No shadow
 * database: adapter-pg's shadow drops its database before ending its pool and cannot read
 * Postgres's `"char"` type, and new migrations are generated on PGlite anyway.
 */
export function openPostgresConnection(connectionString: string): EngineConnection {
  const pool = new pg.Pool({ connectionString, max: 2 });
  const adapterFactory = new PrismaPg(pool);
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: "postgres",
    adapterName: adapterFactory.adapterName,
    connect: () => adapterFactory.connect(),
    connectToShadowDb: () =>
      Promise.reject(new Error("No shadow database on Postgres: create migrations with `npm run db:new-migration`.")),
  };
  return { factory, close: () => pool.end() };
}

/** Opens the connection that fits the target. */
export function openEngineConnection(target: MigrationTarget): EngineConnection {
  return target.kind === "pglite" ? openPgliteConnection(target.pglite) : openPostgresConnection(target.connectionString);
}
