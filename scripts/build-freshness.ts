// Whether the build in .next matches the sources: `npm start` builds when it doesn't
// (scripts/start.ts), and the bench builds before it measures (scripts/bench/pages/section.ts).
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const ROOT = process.cwd();
const SOURCES = ["app", "components", "lib", "prisma/schema.prisma", "next.config.js", "package.json", "postcss.config.mjs", "tsconfig.json", "instrumentation.ts", "proxy.ts"];
const SKIP = new Set(["generated", "node_modules"]);

function mtime(file: string): number {
  return existsSync(file) ? statSync(file).mtimeMs : 0;
}

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

/** No build yet, or a source changed after it. */
export function needsBuild(): boolean {
  const builtAt = mtime(path.join(ROOT, ".next", "BUILD_ID"));
  return builtAt === 0 || SOURCES.some((source) => newestMtime(path.join(ROOT, source)) > builtAt);
}

/**
 * Whether `node scripts/start.mjs` will run the prebuilt bundle rather than scripts/start.ts
 * through tsx (the same test as start.mjs makes).
 */
export function startBundleIsFresh(): boolean {
  const bundle = mtime(path.join(ROOT, ".next", "lifeloop-start.mjs"));
  return bundle > 0 && bundle >= mtime(path.join(ROOT, ".next", "BUILD_ID")) && bundle >= mtime(path.join(ROOT, "scripts", "start.ts"));
}
