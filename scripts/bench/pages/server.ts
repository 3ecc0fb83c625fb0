// Starts the built app the way `npm start` does (node scripts/start.mjs with the same node flags and
// environment, SERVER_NODE_ARGS and SERVER_ENV below; start.mjs builds first when
// the build is missing or stale), waits until it answers, samples its RSS from /proc,
// and stops it with SIGTERM.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import net from "node:net";

export type AppServer = {
  url: string;
  pid: number;
  /** Milliseconds from spawn until the first page answered. */
  readyMs: number;
  /** The highest RSS seen since start (or the last `resetPeak`), in MB. */
  peakRssMb: () => number;
  rssMb: () => number;
  resetPeak: () => void;
  stop: () => Promise<void>;
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

/** The process's resident set in MB (Linux /proc; 0 where it can't be read). */
export function readRssMb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * How `npm start` starts the server (package.json's "start"; a unit test keeps the two equal), so
 * the bench measures the memory a real server uses:
 * - `--max-semi-space-size=4`: V8's young generation at 2 × 4 MB instead of growing to 2 × 16 MB.
 *   Measured (PGlite, full scale, page and capture load): RSS after a full collection 428 → 408 MB,
 *   page times the same within noise.
 * - `GLIBC_TUNABLES=glibc.malloc.mmap_threshold=1048576`: allocations above 1 MB always get their
 *   own mapping, returned to the system when freed. Without it glibc raises that threshold after
 *   the first big free, so each sign-in's argon2 hash (19 MB, on a libuv thread) was later carved
 *   from a thread's malloc arena and stayed resident: four arenas held 26–41 MB each, 2–16 MB with
 *   the setting. Together with the young generation: peak RSS 446 → 394 MB, RSS after a full
 *   collection 400 → 337 MB. (arena_max=2 as well did not help: the main arena grew instead.)
 *   Ignored where the C library is not glibc.
 */
export const SERVER_NODE_ARGS = ["--max-semi-space-size=4"];
export const SERVER_ENV = { GLIBC_TUNABLES: "glibc.malloc.mmap_threshold=1048576" };

const SECRET = randomBytes(32).toString("base64");

/** `database`: a data folder for the embedded database, or a Postgres connection string. */
export async function startApp(database: { dataDir: string } | { databaseUrl: string }, { quiet = true } = {}): Promise<AppServer> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...SERVER_ENV,
    PORT: String(port),
    NEXTAUTH_URL: `http://localhost:${port}`,
    NEXTAUTH_SECRET: SECRET,
    LOG_LEVEL: "warn",
    // The bench drives one user at many requests a minute; it measures the app, not the limits.
    LIFELOOP_API_RATE_LIMIT: "100000",
  };
  if ("dataDir" in database) {
    env.DATABASE_URL = "";
    env.LIFELOOP_DATA_DIR = database.dataDir;
  } else {
    env.DATABASE_URL = database.databaseUrl;
    env.LIFELOOP_DATA_DIR = "";
  }
  delete env.npm_lifecycle_event;
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, [...SERVER_NODE_ARGS, "scripts/start.mjs"], {
    env,
    stdio: ["ignore", quiet ? "ignore" : "inherit", "inherit"],
  });
  let exited = false;
  const exit = new Promise<void>((resolve) => child.on("exit", () => ((exited = true), resolve())));
  const pid = child.pid!;
  let peak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, readRssMb(pid));
  }, 100);
  const url = `http://localhost:${port}`;
  // A first start may build the app first (several minutes on a busy machine).
  const deadline = Date.now() + 20 * 60_000;
  for (;;) {
    if (exited) throw new Error("the app exited before it answered");
    if (Date.now() > deadline) throw new Error("the app did not answer within 20 minutes");
    try {
      const response = await fetch(`${url}/signin`, { redirect: "manual" });
      await response.arrayBuffer();
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const readyMs = performance.now() - started;
  return {
    url,
    pid,
    readyMs,
    peakRssMb: () => Math.max(peak, readRssMb(pid)),
    rssMb: () => readRssMb(pid),
    resetPeak: () => {
      peak = readRssMb(pid);
    },
    stop: async () => {
      clearInterval(sampler);
      if (!exited) child.kill("SIGTERM");
      await exit;
    },
  };
}
