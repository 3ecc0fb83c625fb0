// Runs before each integration test file, in the file's worker. On PGlite (the `integration`
// project) the database is this worker's own in-memory PGlite, so it is migrated here; on
// Postgres (`integration-postgres`) global-setup-postgres.ts already migrated the shared server
// database once, and doing it again from parallel files would only contend for the same lock.
import { afterAll, beforeAll } from "vitest";
import { closeDb, getDbInfo } from "@/lib/db";
import { applyPendingMigrations } from "@/lib/migrations/engine";

beforeAll(async () => {
  const info = await getDbInfo();
  if (info.kind !== "pglite" || !info.pglite) return;
  await applyPendingMigrations({ kind: "pglite", pglite: info.pglite });
});

afterAll(async () => {
  // Ends the pool or closes the PGlite, so the worker can exit.
  await closeDb();
});
