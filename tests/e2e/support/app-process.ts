import { spawn, type ChildProcess } from "node:child_process";
import { execFileSync } from "node:child_process";
import net from "node:net";

/**
 * A second Lifeloop server for tests that must control its process or its database (the outage
 * and shutdown tests): the built app started the way `npm start` starts it, in its own process
 * group, on a spare port.
 */
export type AppProcess = {
  child: ChildProcess;
  baseUrl: string;
  output: () => string;
  /** Resolves when the started process exits. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Sends `signal` to the started process only (as a supervisor does) and resolves with its exit. */
  signal: (signal: NodeJS.Signals) => Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Process ids still alive in its process group. */
  groupPids: () => number[];
  /** Kills the whole group (clean-up). */
  kill: () => void;
};

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export function startApp({ command, args, port, env }: { command: string; args: string[]; port: number; env: Record<string, string> }): AppProcess {
  const child = spawn(command, args, {
    // Its own process group: the test can see every process it leaves behind.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), ...env },
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  const pgid = child.pid!;
  const groupPids = () => {
    try {
      return execFileSync("ps", ["-o", "pid=", "-g", String(pgid)], { encoding: "utf8" })
        .split("\n")
        .map((line) => Number(line.trim()))
        .filter((pid) => pid > 0);
    } catch {
      return []; // ps exits 1 when the group is empty
    }
  };
  return {
    child,
    baseUrl: `http://localhost:${port}`,
    output: () => output,
    exited,
    signal: (signal) => {
      child.kill(signal);
      return exited;
    },
    groupPids,
    kill: () => {
      try {
        process.kill(-pgid, "SIGKILL");
      } catch {
        // Already gone.
      }
    },
  };
}

/** Resolves when GET `url` answers `status`; rejects after `timeoutMs` with the app's output. */
export async function waitForStatus(url: string, status: number, timeoutMs: number, app?: AppProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (response.status === status) return;
    } catch {
      // Not listening yet.
    }
    if (app && app.child.exitCode !== null) throw new Error(`The app exited (${app.child.exitCode}):\n${app.output()}`);
    if (Date.now() > deadline) throw new Error(`${url} did not answer ${status} within ${timeoutMs} ms.\n${app?.output() ?? ""}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
