import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { bindMigrationAwareSqlAdapterFactory, type ErrorRegistry } from "@prisma/driver-adapter-utils";
import { openEngineConnection, openPgliteConnection, type EngineConnection, type MigrationTarget } from "./adapters";
import { beginEngineCommand, SchemaEngine, startSchemaEngineWasm } from "./load-engine";
import {
  defaultMigrationsDir,
  defaultSchemaPath,
  LOCKFILE_CONTENT,
  LOCKFILE_NAME,
  listMigrationNames,
  readMigrationList,
} from "./read-migrations";

/**
 * Prisma's migrations without the native schema engine: the WASM build of the same engine,
 * driven over a driver adapter. Folders and `_prisma_migrations` rows are the ones
 * `prisma migrate deploy` reads and writes, so either tool can take over.
 */
export type { MigrationTarget } from "./adapters";

export type MigrationOptions = { migrationsDir?: string };

export type MigrationStatus = {
  /** Local migrations recorded as applied. */
  applied: string[];
  /** Local migrations the database has not applied yet. */
  pending: string[];
  /** Migrations that failed half-way; deploy refuses to run until they are resolved. */
  failed: string[];
  /** Applied migrations whose migration.sql changed since. */
  edited: string[];
  /** Applied migrations with no folder here (the database is ahead of this checkout). */
  unknown: string[];
};

const NO_FILTERS = { externalTables: [], externalEnums: [] };

/** An engine failure as one readable line; the raw engine error is its `cause`. */
export class MigrationError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "MigrationError";
  }
}

/**
 * Engine messages end in a multi-line span trace ("   0: sql_schema_connector::…"). Keep the
 * lines before it, on one line, and name the migration that failed to apply.
 */
function summarizeEngineMessage(message: string): string {
  const lines = message.split("\n");
  const traceStart = lines.findIndex((line) => /^\s+\d+: /.test(line));
  const head = (traceStart === -1 ? lines : lines.slice(0, traceStart)).map((line) => line.trim()).filter(Boolean);
  const text = head.join(": ");
  const migration = /Applying migration\s+with migration_name="([^"]+)"/.exec(message)?.[1];
  return migration ? `Migration ${migration} failed: ${text}` : text;
}

function toMigrationError(error: unknown, registry: ErrorRegistry): MigrationError {
  if (error instanceof MigrationError) return error;
  let message = error instanceof Error ? error.message : String(error);
  // An error thrown in JS reaches the engine only as "External error id#N"; put the original back.
  message = message.replace(/External error id#(\d+)/g, (line, id: string) => {
    const original = registry.consumeError(Number(id))?.error;
    return original instanceof Error ? original.message : line;
  });
  return new MigrationError(summarizeEngineMessage(message), { cause: error });
}

async function withEngine<T>(
  connection: EngineConnection,
  run: (engine: SchemaEngine) => Promise<T>,
  datamodel?: { path: string; content: string },
): Promise<T> {
  const factory = bindMigrationAwareSqlAdapterFactory(connection.factory);
  const endCommand = beginEngineCommand();
  let engine: SchemaEngine | undefined;
  try {
    await startSchemaEngineWasm();
    const datamodels: [string, string][] | undefined = datamodel ? [[datamodel.path, datamodel.content]] : undefined;
    // The log callback receives the engine's tracing lines; they are noise for deploy/status.
    engine = await SchemaEngine.new({ datamodels }, () => {}, factory);
    return await run(engine);
  } catch (error) {
    throw toMigrationError(error, factory.errorRegistry);
  } finally {
    // free() releases the WASM side only; the pool or shadow PGlites are closed here.
    engine?.free();
    await connection.close();
    endCommand();
  }
}

/**
 * Applies every pending `prisma/migrations/<name>/migration.sql`, in order. A no-op when the
 * database is up to date. Closes what it opens; a PGlite passed in stays open.
 */
export async function applyPendingMigrations(
  target: MigrationTarget,
  options: MigrationOptions = {},
): Promise<{ applied: string[] }> {
  const migrationsList = await readMigrationList(options.migrationsDir ?? defaultMigrationsDir());
  return withEngine(openEngineConnection(target), async (engine) => {
    const output = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
    return { applied: output.appliedMigrationNames };
  });
}

/** Compares the migrations folder with `_prisma_migrations` (read-only). */
export async function migrationStatus(target: MigrationTarget, options: MigrationOptions = {}): Promise<MigrationStatus> {
  const migrationsList = await readMigrationList(options.migrationsDir ?? defaultMigrationsDir());
  const local = migrationsList.migrationDirectories.map((dir) => dir.path);
  const diagnostic = await withEngine(openEngineConnection(target), (engine) =>
    engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: NO_FILTERS }),
  );
  const history = diagnostic.history;
  const pending = history && history.diagnostic !== "migrationsDirectoryIsBehind" ? history.unappliedMigrationNames : [];
  const unknown = history && history.diagnostic !== "databaseIsBehind" ? history.unpersistedMigrationNames : [];
  const failed = diagnostic.failedMigrationNames;
  return {
    applied: local.filter((name) => !pending.includes(name) && !failed.includes(name)),
    pending,
    failed,
    edited: diagnostic.editedMigrationNames,
    unknown,
  };
}

export type CreateMigrationOptions = MigrationOptions & {
  schemaPath?: string;
  /** The clock for the folder's timestamp. */
  now?: Date;
  /** Where progress lines go; console.log by default. */
  log?: (line: string) => void;
};

/** "Add callbacks!" → "add_callbacks"; the folder name Prisma would give. */
export function toSnakeName(name: string): string {
  return name
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

/** UTC YYYYMMDDHHMMSS, the prefix `prisma migrate dev` uses. */
export function formatMigrationTimestamp(now: Date): string {
  return now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

/**
 * Writes the next migration folder from the difference between the existing migrations and
 * prisma/schema.prisma, or nothing (returns null) when they already match. Computed on
 * in-memory PGlites (main and shadow) so it needs no server and never touches real data.
 */
export async function createMigration(
  name: string,
  options: CreateMigrationOptions = {},
): Promise<{ migrationName: string; file: string } | null> {
  const log = options.log ?? console.log;
  const snakeName = toSnakeName(name);
  if (!snakeName) throw new MigrationError(`Invalid migration name "${name}": use letters, digits and _.`);
  const migrationsDir = options.migrationsDir ?? defaultMigrationsDir();
  const schemaPath = options.schemaPath ?? defaultSchemaPath();
  const schema = { path: schemaPath, content: await readFile(schemaPath, "utf8") };

  const existing = await listMigrationNames(migrationsDir);
  const migrationName = `${formatMigrationTimestamp(options.now ?? new Date())}_${snakeName}`;
  const last = existing.at(-1);
  if (last !== undefined && last >= migrationName) {
    throw new MigrationError(`Migration ${migrationName} would not sort after ${last}; wait a second and retry.`);
  }

  const migrationsList = await readMigrationList(migrationsDir);
  // Main and shadow both start in a few seconds; open them side by side.
  const shadow = PGlite.create();
  const main = PGlite.create();
  // Either may fail while the other is awaited; the finally block below handles both.
  shadow.catch(() => {});
  let script: string | null;
  try {
    const pglite = await main;
    script = await withEngine(
      openPgliteConnection(pglite, { shadow }),
      async (engine) => {
        // The `migrate dev` sequence. createMigration cannot open a shadow database itself: it
        // reuses the schema devDiagnostic replayed on the shadow, which covers only migrations
        // applied to the main database, so the (empty, in-memory) main database is brought up first.
        await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
        const diagnostic = await engine.devDiagnostic({ migrationsList, filters: NO_FILTERS });
        if (diagnostic.action.tag === "reset") throw new MigrationError(diagnostic.action.reason);
        const output = await engine.createMigration({
          draft: false,
          migrationName: snakeName,
          migrationsList,
          schema: { files: [schema] },
          filters: NO_FILTERS,
        });
        return output.migrationScript;
      },
      schema,
    );
  } finally {
    // The shadow is closed by its connection; close it here too in case main failed to open.
    await Promise.allSettled([main.then((db) => db.close()), shadow.then((db) => (db.closed ? undefined : db.close()))]);
  }

  if (script === null || script.trim() === "") {
    log(`No changes: ${path.relative(process.cwd(), schemaPath)} matches the existing migrations.`);
    return null;
  }
  await writeLockfileIfMissing(migrationsDir);
  const folder = path.join(migrationsDir, migrationName);
  await mkdir(folder, { recursive: false });
  const file = path.join(folder, "migration.sql");
  await writeFile(file, script, { flag: "wx" });
  log(`Created ${path.relative(process.cwd(), file)}`);
  return { migrationName, file };
}

async function writeLockfileIfMissing(migrationsDir: string): Promise<void> {
  const lockPath = path.join(migrationsDir, LOCKFILE_NAME);
  if (existsSync(lockPath)) return;
  await mkdir(migrationsDir, { recursive: true });
  await writeFile(lockPath, LOCKFILE_CONTENT, { flag: "wx" });
}
