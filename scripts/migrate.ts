// Prisma migrations without Prisma's native engine (which cannot be downloaded here):
//   deploy         apply pending migrations to DATABASE_URL, or else the embedded PGlite
//   status         list applied and pending migrations (exits 1 when not up to date)
//   create <name>  write the next prisma/migrations/<timestamp>_<name>/migration.sql
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pgliteDir, readEnv } from "@/lib/env";
import { applyPendingMigrations, createMigration, migrationStatus, type MigrationTarget } from "@/lib/migrations/engine";

const USAGE = "Usage: tsx scripts/migrate.ts deploy | status | create <name>";

type OpenTarget = { target: MigrationTarget; label: string; close: () => Promise<void> };

/** Hides the password so the URL can be printed in logs. */
function maskDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "****";
    return parsed.toString();
  } catch {
    return "<unparsable DATABASE_URL>";
  }
}

async function openConfiguredTarget(): Promise<OpenTarget> {
  const env = readEnv();
  if (env.DATABASE_URL) {
    const connectionString = env.DATABASE_URL;
    // The engine wrapper owns and ends its pool; nothing to close here.
    return { target: { kind: "postgres", connectionString }, label: `Postgres ${maskDatabaseUrl(connectionString)}`, close: async () => {} };
  }
  const dir = pgliteDir(env);
  if (dir !== "memory://") mkdirSync(dir, { recursive: true });
  const pglite = dir === "memory://" ? await PGlite.create() : await PGlite.create(dir);
  const relative = path.relative(process.cwd(), dir);
  const label = dir === "memory://" ? "in-memory PGlite" : `PGlite at ${relative.startsWith("..") ? dir : relative}`;
  return { target: { kind: "pglite", pglite }, label, close: () => pglite.close() };
}

async function withConfiguredTarget<T>(run: (open: OpenTarget) => Promise<T>): Promise<T> {
  const open = await openConfiguredTarget();
  try {
    return await run(open);
  } finally {
    await open.close();
  }
}

async function deploy(): Promise<number> {
  return withConfiguredTarget(async ({ target, label }) => {
    const startedAt = performance.now();
    const { applied } = await applyPendingMigrations(target);
    const took = `${Math.round(performance.now() - startedAt)} ms`;
    if (applied.length === 0) console.log(`No pending migrations on ${label} (${took}).`);
    else console.log(`Applied ${applied.length} migration(s) to ${label} in ${took}:\n${applied.map((n) => `  ${n}`).join("\n")}`);
    return 0;
  });
}

async function status(): Promise<number> {
  return withConfiguredTarget(async ({ target, label }) => {
    const s = await migrationStatus(target);
    console.log(`${label}:`);
    const sections: [string, string[]][] = [
      ["applied", s.applied],
      ["pending", s.pending],
      ["failed (resolve by hand before deploying)", s.failed],
      ["edited after being applied", s.edited],
      ["applied but missing from prisma/migrations", s.unknown],
    ];
    for (const [title, names] of sections) {
      if (names.length > 0) console.log(`  ${title}:\n${names.map((n) => `    ${n}`).join("\n")}`);
    }
    const isUpToDate = s.pending.length + s.failed.length + s.edited.length + s.unknown.length === 0;
    console.log(isUpToDate ? "  Database is up to date." : "  Database is NOT up to date.");
    return isUpToDate ? 0 : 1;
  });
}

async function create(name: string | undefined): Promise<number> {
  if (!name) {
    console.error(`A migration name is required, e.g. npm run db:new-migration -- add_callbacks\n${USAGE}`);
    return 2;
  }
  await createMigration(name);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "deploy":
      return deploy();
    case "status":
      return status();
    case "create":
      return create(rest.join(" ").trim() || undefined);
    default:
      console.error(USAGE);
      return 2;
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  // One line, so CI logs and terminals show the whole reason (env errors list one issue a line).
  const oneLine = message.split("\n").map((line) => line.trim()).filter(Boolean).join(" ");
  console.error(`migrate failed: ${oneLine}`);
  process.exitCode = 1;
}
