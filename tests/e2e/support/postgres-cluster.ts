import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * A throwaway PostgreSQL cluster for one test: initdb in a temporary folder, on a spare port of
 * 127.0.0.1, its socket in that folder. Never the shared server on 5432. Debian keeps the server
 * binaries in /usr/lib/postgresql/<version>/bin; initdb refuses to run as root, so as root the
 * cluster belongs to the `postgres` user.
 */
export type PostgresCluster = {
  port: number;
  url: (database: string) => string;
  /** `pg_ctl stop -m fast`, without blocking the test's event loop (requests keep running). */
  stop: () => Promise<void>;
  /** `pg_ctl start`, resolving once the server accepts connections. */
  start: () => Promise<void>;
  /** Stops the cluster (if running) and deletes its folder. Safe to call twice. */
  destroy: () => void;
};

export function postgresBinDir(): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((name) => existsSync(path.join(root, name, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], "bin") : null;
}

export async function createPostgresCluster(port: number): Promise<PostgresCluster> {
  const bin = postgresBinDir();
  if (!bin) throw new Error("PostgreSQL server binaries not found under /usr/lib/postgresql (apt-get install postgresql).");
  const isRoot = process.getuid?.() === 0;
  const folder = mkdtempSync(path.join(os.tmpdir(), "lifeloop-pg-"));
  const dataDir = path.join(folder, "data");
  const logFile = path.join(folder, "server.log");
  mkdirSync(dataDir);
  if (isRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(folder, uid, gid);
    chownSync(dataDir, uid, gid);
  }
  const commandFor = (tool: string, args: string[]): [string, string[]] => {
    const command = path.join(bin, tool);
    return isRoot ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
  };
  const run = (tool: string, args: string[]) => {
    const [file, argv] = commandFor(tool, args);
    return execFileSync(file, argv, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], cwd: folder });
  };
  const runAsync = async (tool: string, args: string[]) => {
    const [file, argv] = commandFor(tool, args);
    await promisify(execFile)(file, argv, { encoding: "utf8", cwd: folder });
  };
  let running = false;
  let destroyed = false;
  const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=60`;
  const cluster: PostgresCluster = {
    port,
    url: (database) => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    start: async () => {
      await runAsync("pg_ctl", ["-D", dataDir, "-l", logFile, "-o", options, "-w", "-t", "60", "start"]);
      running = true;
    },
    stop: async () => {
      // -m fast: what an operator or a failover does. Open connections are cut mid-query.
      await runAsync("pg_ctl", ["-D", dataDir, "-m", "fast", "-w", "-t", "60", "stop"]);
      running = false;
    },
    destroy: () => {
      if (destroyed) return;
      destroyed = true;
      if (running) {
        try {
          run("pg_ctl", ["-D", dataDir, "-m", "immediate", "-w", "-t", "30", "stop"]);
        } catch {
          // Already stopped.
        }
      }
      rmSync(folder, { recursive: true, force: true });
    },
  };
  try {
    run("initdb", ["-D", dataDir, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8", "--locale=C"]);
    await cluster.start();
    run("psql", ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "-d", "postgres", "-c", "create database lifeloop"]);
  } catch (error) {
    cluster.destroy();
    throw error;
  }
  return cluster;
}
