import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import pg from "pg";
import { DEFAULT_PASSWORD, HOME_PATH, randomEmail, submitSignUp, urlOf } from "./helpers";
import { freePort, startApp, waitForStatus, type AppProcess } from "./support/app-process";
import { createPostgresCluster, postgresBinDir, type PostgresCluster } from "./support/postgres-cluster";

/**
 * The database goes away under load: a second Lifeloop server (the built app, started as
 * `npm start` starts it) on its own throwaway Postgres cluster takes captures from 20 concurrent
 * clients while the cluster is stopped (`pg_ctl stop -m fast`) and started again. Nothing
 * acknowledged may be lost, every failure must be a 503 with a JSON body and Retry-After, and
 * the app must serve again within 2 s of the database's return.
 */
const WRITERS = 20;
const SECRET = "outage-test-secret-not-for-production-0123456789";

type Outcome = { title: string; status: number; body: string; contentType: string; retryAfter: string | null; startedAt: number; endedAt: number };

test.describe.configure({ mode: "serial" });

test.describe("[ops] database outage", () => {
  let cluster: PostgresCluster | undefined;
  let app: AppProcess | undefined;
  let dataDir: string | undefined;

  test.afterAll(async () => {
    app?.kill();
    cluster?.destroy();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  test("[ops] Postgres stopped under 20 writers: 503s with Retry-After, nothing acknowledged lost, back within 2 s", async ({ browser }) => {
    test.skip(!postgresBinDir(), "needs Debian's postgresql server binaries");
    test.setTimeout(300_000);

    cluster = await createPostgresCluster(await freePort());
    const databaseUrl = cluster.url("lifeloop");
    dataDir = mkdtempSync(path.join(os.tmpdir(), "lifeloop-outage-"));
    const port = await freePort();
    const env = { DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: `http://localhost:${port}`, LIFELOOP_DATA_DIR: dataDir, LIFELOOP_SCHEDULER: "on" };
    const migrate = startApp({ command: process.execPath, args: ["--import", "tsx", "scripts/migrate.ts", "deploy"], port, env });
    expect((await migrate.exited).code, migrate.output()).toBe(0);

    app = startApp({ command: process.execPath, args: ["--import", "tsx", "scripts/start.ts"], port, env });
    await waitForStatus(`${app.baseUrl}/api/health`, 200, 120_000, app);

    const context = await browser.newContext({ baseURL: app.baseUrl });
    const page = await context.newPage();
    // A server that just started renders its first pages slowly on a busy machine: a longer wait
    // than the shared helper's for this one sign-up.
    await waitForStatus(`${app.baseUrl}/signup`, 200, 120_000, app);
    const account = { email: randomEmail("outage"), password: DEFAULT_PASSWORD, name: "Outage" };
    await submitSignUp(page, account);
    await expect(page).toHaveURL(urlOf(HOME_PATH), { timeout: 120_000 });
    const api: APIRequestContext = context.request;
    const origin = { Origin: app.baseUrl };

    const outcomes: Outcome[] = [];
    let running = true;
    const writer = async (index: number) => {
      for (let n = 0; running; n += 1) {
        const title = `Outage bet ${index}-${n}`;
        const startedAt = Date.now();
        const response = await api.post("/api/callbacks", { headers: origin, data: { title, confirmOverflow: true }, timeout: 60_000, failOnStatusCode: false });
        outcomes.push({
          title,
          status: response.status(),
          body: await response.text(),
          contentType: response.headers()["content-type"] ?? "",
          retryAfter: response.headers()["retry-after"] ?? null,
          startedAt,
          endedAt: Date.now(),
        });
      }
    };
    const until = async (condition: () => boolean, what: string, timeoutMs = 60_000) => {
      const deadline = Date.now() + timeoutMs;
      while (!condition()) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };

    const writers = Array.from({ length: WRITERS }, (_, index) => writer(index));
    await until(() => outcomes.filter((o) => o.status === 201).length >= WRITERS, "captures before the outage");

    await cluster.stop();
    const stoppedAt = Date.now();
    await until(() => outcomes.some((o) => o.startedAt > stoppedAt && o.status === 503), "a 503 while the database is down");

    // While it is down: the health check names the database, a page load gets the retrying page.
    const health = await api.get("/api/health", { failOnStatusCode: false });
    expect(health.status()).toBe(503);
    expect(health.headers()["retry-after"]).toBeTruthy();
    expect(await health.json()).toMatchObject({ status: "unavailable", database: "unreachable", error: { code: "UNAVAILABLE" } });
    const downPage = await context.newPage();
    const pageResponse = await downPage.goto("/callbacks");
    expect(pageResponse?.status()).toBe(503);
    expect(pageResponse?.headers()["retry-after"]).toBeTruthy();
    await expect(downPage.getByRole("heading", { level: 1 })).toHaveText("Lifeloop can't reach its database; retrying");
    await expect(downPage.getByRole("status")).toContainText(/Retrying/);
    await expect(downPage.getByRole("button", { name: "Retry now" })).toBeVisible();
    await downPage.screenshot({ path: test.info().outputPath("database-unavailable.png") });
    await until(() => Date.now() - stoppedAt > 3_000, "3 s of outage");

    await cluster.start();
    const restartedAt = Date.now();
    // The retrying page notices by itself and shows the real page again.
    await until(() => outcomes.some((o) => o.startedAt >= restartedAt && o.status === 201), "a capture after the database returned");
    await expect(downPage.getByRole("heading", { level: 1, name: "Callbacks" })).toBeVisible({ timeout: 60_000 });
    const stopWritingAt = Date.now() + 1_000;
    await until(() => Date.now() > stopWritingAt, "a second of service after the outage");
    running = false;
    await Promise.all(writers);

    const acknowledged = outcomes.filter((o) => o.status === 201);
    const failed = outcomes.filter((o) => o.status !== 201);
    const firstServed = Math.min(...acknowledged.filter((o) => o.startedAt >= restartedAt).map((o) => o.startedAt));
    const lastRefused = Math.max(0, ...failed.map((o) => o.startedAt));
    console.log(
      `[ops] outage: ${outcomes.length} captures, ${acknowledged.length} acknowledged, ${failed.length} refused with ${[...new Set(failed.map((o) => o.status))].join(", ")}; ` +
        `first capture sent after the restart that succeeded left ${firstServed - restartedAt} ms after it; last refused capture was sent ${lastRefused - restartedAt} ms after it`,
    );

    // Nothing unexpected in the server's log (an outage is logged as warnings).
    expect(app.output().split("\n").filter((line) => line.includes('"level":"error"'))).toEqual([]);
    // No empty body; nothing but 201 or 503; every 503 is the JSON error with Retry-After.
    for (const outcome of outcomes) {
      expect(outcome.body.length, `${outcome.title}: empty body (${outcome.status})`).toBeGreaterThan(0);
      expect([201, 503], `${outcome.title}: ${outcome.status} ${outcome.body}`).toContain(outcome.status);
      expect(outcome.contentType).toContain("application/json");
      if (outcome.status === 503) {
        expect(outcome.retryAfter, outcome.title).toMatch(/^\d+$/);
        expect(JSON.parse(outcome.body)).toMatchObject({ error: { code: "UNAVAILABLE", message: expect.stringMatching(/database/) } });
      }
    }
    expect(failed.length).toBeGreaterThan(0);
    // Served again within 2 s: requests sent 2 s after the database returned are not refused.
    expect(firstServed - restartedAt).toBeLessThanOrEqual(2_000);
    expect(lastRefused - restartedAt).toBeLessThanOrEqual(2_000);

    // No acknowledged capture lost: every 201 is in the database.
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ title: string }>(
        'select c.title from "Callback" c join "User" u on u.id = c."userId" where u.email = $1',
        [account.email],
      );
      const stored = new Set(rows.map((row) => row.title));
      const lost = acknowledged.filter((o) => !stored.has(o.title)).map((o) => o.title);
      expect(lost).toEqual([]);
    } finally {
      await client.end();
    }
    await context.close();

    // And the server stops cleanly with its database gone and back.
    const exit = await app.signal("SIGTERM");
    expect(exit.code, app.output()).toBe(0);
  });
});
