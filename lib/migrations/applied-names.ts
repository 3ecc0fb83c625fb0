import { defaultMigrationsDir, listMigrationNames } from "@/lib/migrations/read-migrations";

type Query = (sql: string) => Promise<{ rows: { migration_name: string }[] }>;

/**
 * Whether every migration folder is recorded as applied (finished, not rolled back) in
 * `_prisma_migrations`: one plain query, so a start on an up-to-date database never loads the
 * WASM migration engine (seconds of compile time and tens of MB the process would keep). Any
 * doubt — no table, a failed or unknown row, a pending folder — answers false, and the caller
 * asks the engine as before.
 */
export async function allMigrationsApplied(query: Query, migrationsDir = defaultMigrationsDir()): Promise<boolean> {
  const local = await listMigrationNames(migrationsDir);
  let rows: { migration_name: string }[];
  try {
    rows = (await query(`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`)).rows;
  } catch {
    return false;
  }
  const applied = new Set(rows.map((row) => row.migration_name));
  return local.length > 0 && local.every((name) => applied.has(name)) && applied.size === local.length;
}
