// A ready-made embedded database: an initialised and migrated PGlite data folder, made once after
// each build. A first `npm start` on an empty data folder copies it (lib/embedded-db.ts) instead of
// running Postgres's initdb inside WebAssembly (about 8 s of CPU on these machines).
// Keyed by the PGlite version and the migrations, so a template never stands in for another
// schema. `tsx scripts/embedded-template.ts` makes it (npm run build does).
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { openPglite } from "@/lib/embedded-db";
import { applyPendingMigrations } from "@/lib/migrations/engine";
import { defaultMigrationsDir, listMigrationNames } from "@/lib/migrations/read-migrations";

const TEMPLATE_DIR = path.resolve(".next", "cache", "lifeloop");

async function templateKey(): Promise<string> {
  const hash = createHash("sha256");
  const pglitePackage = JSON.parse(readFileSync(path.resolve("node_modules", "@electric-sql", "pglite", "package.json"), "utf8")) as { version: string };
  hash.update(`pglite ${pglitePackage.version}\n`);
  const dir = defaultMigrationsDir();
  for (const name of await listMigrationNames(dir)) hash.update(`${name}\n`).update(readFileSync(path.join(dir, name, "migration.sql")));
  return hash.digest("hex").slice(0, 16);
}

/** The template's folder for the current migrations (whether or not it exists yet). */
export async function templateDir(): Promise<string> {
  return path.join(TEMPLATE_DIR, `pglite-${await templateKey()}`);
}

/** The template's folder for the current migrations, or null when none has been made. */
export async function readTemplate(): Promise<string | null> {
  const dir = await templateDir();
  return existsSync(path.join(dir, "PG_VERSION")) ? dir : null;
}

/** Makes the template for the current migrations unless it exists; removes older ones. */
export async function ensureTemplate(): Promise<string> {
  const dir = await templateDir();
  if (await readTemplate()) return dir;
  const staging = `${dir}.new-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const pglite = await openPglite(staging);
  try {
    await applyPendingMigrations({ kind: "pglite", pglite });
  } finally {
    await pglite.close();
  }
  mkdirSync(TEMPLATE_DIR, { recursive: true });
  // Older templates (folders, or the tarballs of earlier builds) go.
  for (const old of readdirSync(TEMPLATE_DIR)) {
    if (old.startsWith("pglite-") && path.join(TEMPLATE_DIR, old) !== staging) rmSync(path.join(TEMPLATE_DIR, old), { recursive: true, force: true });
  }
  // Renamed into place only when complete, so a start never copies half a template.
  renameSync(staging, dir);
  return dir;
}

// Run directly (the build's last step); not when bundled into the start script.
if (process.argv[1]?.endsWith(`${path.sep}embedded-template.ts`)) {
  const startedAt = performance.now();
  const dir = await ensureTemplate();
  console.log(`Embedded database template ready: ${path.relative(process.cwd(), dir)} (${Math.round(performance.now() - startedAt)} ms)`);
}
