// A ready-made embedded database: an initialised and migrated PGlite data folder, packed once
// after each build. A first `npm start` on an empty data folder unpacks it instead of running
// Postgres's initdb inside WebAssembly (about 8 s of CPU on these machines; unpacking ≈ 2 s).
// Keyed by the PGlite version and the migrations, so a template never stands in for another
// schema. `tsx scripts/embedded-template.ts` makes it (npm run build does).
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
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

/** The template's file for the current migrations (whether or not it exists yet). */
export async function templateFile(): Promise<string> {
  return path.join(TEMPLATE_DIR, `pglite-${await templateKey()}.tar.gz`);
}

/** The template for the current migrations, or null when none has been made. */
export async function readTemplate(): Promise<Blob | null> {
  const file = await templateFile();
  return existsSync(file) ? new Blob([readFileSync(file)]) : null;
}

/** Makes the template for the current migrations unless it exists; removes older ones. */
export async function ensureTemplate(): Promise<string> {
  const file = await templateFile();
  if (existsSync(file)) return file;
  const pglite = await openPglite("memory://");
  try {
    await applyPendingMigrations({ kind: "pglite", pglite });
    const archive = await pglite.dumpDataDir("gzip");
    mkdirSync(TEMPLATE_DIR, { recursive: true });
    for (const old of readdirSync(TEMPLATE_DIR)) if (old.startsWith("pglite-")) rmSync(path.join(TEMPLATE_DIR, old), { force: true });
    writeFileSync(`${file}.tmp`, Buffer.from(await archive.arrayBuffer()));
    // Renamed into place only when complete, so a start never reads half a template.
    renameSync(`${file}.tmp`, file);
  } finally {
    await pglite.close();
  }
  return file;
}

// Run directly (the build's last step); not when bundled into the start script.
if (process.argv[1]?.endsWith(`${path.sep}embedded-template.ts`)) {
  const startedAt = performance.now();
  const file = await ensureTemplate();
  console.log(`Embedded database template ready: ${path.relative(process.cwd(), file)} (${Math.round(performance.now() - startedAt)} ms)`);
}
