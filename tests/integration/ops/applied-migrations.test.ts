import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/db";
import { allMigrationsApplied } from "@/lib/migrations/applied-names";
import { defaultMigrationsDir } from "@/lib/migrations/read-migrations";

// The start script's fast path: on an up-to-date database it skips the WASM migration engine.
const query = async (sql: string) => ({ rows: await getDb().$queryRawUnsafe<{ migration_name: string }[]>(sql) });

describe("[ops] the start's migration fast path", () => {
  test("an up-to-date database answers true in one query", async () => {
    expect(await allMigrationsApplied(query)).toBe(true);
  });

  test("a folder not yet applied, or no migrations table, answers false (the engine decides)", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "lifeloop-migrations-"));
    try {
      cpSync(defaultMigrationsDir(), dir, { recursive: true });
      mkdirSync(path.join(dir, "29991231000000_later"));
      writeFileSync(path.join(dir, "29991231000000_later", "migration.sql"), "SELECT 1;");
      expect(await allMigrationsApplied(query, dir)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(await allMigrationsApplied(async () => Promise.reject(new Error('relation "_prisma_migrations" does not exist')))).toBe(false);
  });
});
