// Starts the built app the way `npm start` does (node scripts/start.mjs, which builds first when
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

const SECRET = randomBytes(32).toString("base64");

/** `database`: a data folder for the embedded database, or a Postgres connection string. */
export async function startApp(database: { dataDir: string } | { databaseUrl: string }, { quiet = true } = {}): Promise<AppServer> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
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
  const child: ChildProcess = spawn(process.execPath, ["scripts/start.mjs"], {
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
