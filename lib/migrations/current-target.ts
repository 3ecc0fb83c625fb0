import { getDbInfo } from "@/lib/db";
import { readEnv } from "@/lib/env";
import type { MigrationTarget } from "./adapters";

/**
 * The migration target for this process's own database (lib/db.ts): its PGlite instance, so an
 * in-memory database is migrated in place, or the DATABASE_URL server.
 */
export async function getCurrentMigrationTarget(): Promise<MigrationTarget> {
  const info = await getDbInfo();
  if (info.kind === "pglite") {
    if (!info.pglite) throw new Error("lib/db.ts reported PGlite without an instance.");
    return { kind: "pglite", pglite: info.pglite };
  }
  const connectionString = readEnv().DATABASE_URL;
  if (!connectionString) throw new Error("lib/db.ts uses Postgres but DATABASE_URL is not set.");
  return { kind: "postgres", connectionString };
}
