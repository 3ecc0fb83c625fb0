import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { expect, test } from "@playwright/test";
import { freePort, startApp, waitForStatus, type AppProcess } from "./support/app-process";

/**
 * Stopping the server stops it: `npm start` on a temporary embedded database, then SIGTERM (what
 * a supervisor sends) or SIGINT (Ctrl+C) to the npm process only. Every process of its group must
 * be gone within 10 s, and the embedded database must reopen without crash recovery (PGlite was
 * closed, not abandoned). The second start runs on the folder the first one closed.
 */
const STOP_WITHIN_MS = 10_000;

test.describe.configure({ mode: "serial" });

test.describe("[ops] shutdown", () => {
  let dataDir: string | undefined;
  const started: AppProcess[] = [];

  test.beforeAll(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), "lifeloop-shutdown-"));
  });

  test.afterAll(() => {
    for (const app of started) app.kill();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    test(`[ops] ${signal} to npm start stops every process within 10 s and closes the database cleanly`, async () => {
      test.setTimeout(240_000);
      const port = await freePort();
      const app = startApp({
        command: "npm",
        args: ["start"],
        port,
        env: { LIFELOOP_DATA_DIR: dataDir!, DATABASE_URL: "", NEXTAUTH_SECRET: "", NEXTAUTH_URL: `http://localhost:${port}`, LIFELOOP_SWEEP_SECONDS: "1" },
      });
      started.push(app);
      await waitForStatus(`${app.baseUrl}/api/health`, 200, 180_000, app);
      // The scheduler has run at least once, so there is background work to stop as well.
      await expect.poll(() => app.output()).toContain('"msg":"scheduler run"');
      expect(app.groupPids().length).toBeGreaterThan(0);

      const signalledAt = Date.now();
      void app.signal(signal);
      await expect
        .poll(() => app.groupPids(), { timeout: STOP_WITHIN_MS, intervals: [100] })
        .toEqual([]);
      const stoppedAfterMs = Date.now() - signalledAt;
      console.log(`[ops] ${signal}: every process of npm start exited ${stoppedAfterMs} ms after the signal`);
      expect(app.output()).toContain('"msg":"stopped"');
      expect(app.output()).not.toContain('"level":"error"');

      // Reopens without recovery: PGlite prints "database system was not properly shut down;
      // automatic recovery in progress" after a crash.
      const startupLog: string[] = [];
      const collect = (line: string) => {
        startupLog.push(line);
        return true;
      };
      const pglite = await PGlite.create(path.join(dataDir!, "pglite"), { onStderr: collect, onStdout: collect });
      try {
        const { rows } = await pglite.query<{ count: number }>('select count(*)::int as count from "_prisma_migrations" where finished_at is not null');
        expect(rows[0]!.count).toBeGreaterThan(0);
      } finally {
        await pglite.close();
      }
      expect(startupLog.filter((line) => /not properly shut down|recovery|interrupted/i.test(line))).toEqual([]);
    });
  }
});
