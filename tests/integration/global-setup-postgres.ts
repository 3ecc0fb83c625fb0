// Runs once in vitest's main process before any `integration-postgres` file: migrates the server
// database named by TEST_DATABASE_URL. Files then run in parallel against it, each making its own
// users, so nothing is wiped between files.
import { applyPendingMigrations } from "@/lib/migrations/engine";

export default async function migrateTestDatabase(): Promise<void> {
  const connectionString = process.env.TEST_DATABASE_URL;
  if (!connectionString) throw new Error("integration-postgres needs TEST_DATABASE_URL.");
  const { applied } = await applyPendingMigrations({ kind: "postgres", connectionString });
  if (applied.length > 0) console.info(`[integration-postgres] applied ${applied.join(", ")}`);
}
