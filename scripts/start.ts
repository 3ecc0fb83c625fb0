// `npm start`: checks the environment, builds if the build is missing or older than the sources,
// applies pending migrations to the embedded database, then serves the app on PORT (3000).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { EnvError, assertCanServe, pgliteDir, readEnv } from "@/lib/env";
import { applyPendingMigrations, migrationStatus } from "@/lib/migrations/engine";

const ROOT = process.cwd();
const SOURCES = ["app", "components", "lib", "prisma/schema.prisma", "next.config.js", "package.json", "postcss.config.mjs", "tsconfig.json", "instrumentation.ts"];
const SKIP = new Set(["generated", "node_modules"]);

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) {
    if (!SKIP.has(entry)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

function needsBuild(): boolean {
  const buildId = path.join(ROOT, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  return SOURCES.some((source) => newestMtime(path.join(ROOT, source)) > builtAt);
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function migrate(databaseUrl: string | undefined): Promise<void> {
  if (databaseUrl) {
    // A shared server is migrated on purpose (npm run db:migrate), not by whichever instance starts first.
    const status = await migrationStatus({ kind: "postgres", connectionString: databaseUrl });
    if (status.pending.length > 0) {
      console.error(`The database has ${status.pending.length} pending migration(s). Run \`npm run db:migrate\` first.`);
      process.exit(1);
    }
    return;
  }
  const dir = pgliteDir();
  mkdirSync(dir, { recursive: true });
  const pglite = await PGlite.create(dir);
  try {
    const { applied } = await applyPendingMigrations({ kind: "pglite", pglite });
    console.log(applied.length ? `Applied ${applied.length} migration(s) to ${dir}.` : `Embedded database at ${dir} is up to date.`);
  } finally {
    await pglite.close();
  }
}

async function main(): Promise<void> {
  let env;
  try {
    env = readEnv();
    assertCanServe(env);
  } catch (error) {
    console.error(error instanceof EnvError ? error.message : error);
    process.exit(1);
  }
  const port = String(env.PORT ?? 3000);
  if (needsBuild()) {
    console.log("Building Lifeloop (first start or sources changed)…");
    run("npx", ["next", "build"]);
  }
  await migrate(env.DATABASE_URL);

  const child = spawn("npx", ["next", "start", "-p", port], {
    stdio: "inherit",
    env: {
      ...process.env,
      NEXTAUTH_URL: env.NEXTAUTH_URL ?? `http://localhost:${port}`,
      // Records each request's TCP peer address for sign-in limits (see the file).
      NODE_OPTIONS: [process.env.NODE_OPTIONS, `--import ${JSON.stringify(pathToFileURL(path.join(ROOT, "scripts", "record-peer-address.mjs")).href)}`]
        .filter(Boolean)
        .join(" "),
    },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code) => process.exit(code ?? 0));
}

void main();
