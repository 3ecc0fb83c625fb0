import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { getCurrentMigrationTarget } from "@/lib/migrations/current-target";
import { applyPendingMigrations, migrationStatus } from "@/lib/migrations/engine";
import { defaultMigrationsDir, listMigrationNames } from "@/lib/migrations/read-migrations";
import { createTestUser } from "./factories";

describe("[migrations] the test database", () => {
  test("has every folder of prisma/migrations applied", async () => {
    const folders = await listMigrationNames(defaultMigrationsDir());
    expect(folders.length).toBeGreaterThan(0);
    const rows = await getDb().$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    expect(rows.map((row) => row.migration_name)).toEqual(expect.arrayContaining(folders));
  });

  test("has the tables of the schema", async () => {
    const rows = await getDb().$queryRaw<{ table_name: string }[]>`
      SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()`;
    expect(rows.map((row) => row.table_name)).toEqual(expect.arrayContaining(["User", "Area", "SignInAttempt"]));
  });

  test("applies nothing the second time and reports nothing pending", async () => {
    const target = await getCurrentMigrationTarget();
    expect(await applyPendingMigrations(target)).toEqual({ applied: [] });
    const status = await migrationStatus(target);
    expect(status).toMatchObject({ pending: [], failed: [], edited: [] });
  });

  test("accepts rows through the Prisma client", async () => {
    const user = await createTestUser({ name: "Ada" });
    expect(user.email).toMatch(/^user-.+@example\.test$/);
    const found = await getDb().user.findUnique({ where: { id: user.id } });
    expect(found).toMatchObject({ name: "Ada", passwordHash: "x", timeZone: "UTC" });
  });
});
