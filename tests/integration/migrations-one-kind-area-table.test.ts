// The one_kind_area_table migration on data written before it: the built-in kinds' default areas
// (KindArea by enum) and the custom kinds' (Kind.defaultAreaId) end up in the one KindArea table.
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { getDbInfo } from "@/lib/db";
import { applyPendingMigrations } from "@/lib/migrations/engine";
import { LOCKFILE_NAME, defaultMigrationsDir } from "@/lib/migrations/read-migrations";

const MIGRATION = "one_kind_area_table";
// The test brings its own PGlite: once is enough, not again in the Postgres project.
const { kind: databaseKind } = await getDbInfo();
const onceOnly = databaseKind !== "pglite";
let pglite: PGlite;
let before: string;

beforeAll(async () => {
  if (onceOnly) return;
  const all = defaultMigrationsDir();
  before = await mkdtemp(path.join(os.tmpdir(), "lifeloop-migrations-"));
  const names = await readdir(all);
  const mine = names.find((entry) => entry.endsWith(MIGRATION))!;
  for (const name of names) {
    if (name === LOCKFILE_NAME || name < mine) await cp(path.join(all, name), path.join(before, name), { recursive: true });
  }
  pglite = await PGlite.create();
  await applyPendingMigrations({ kind: "pglite", pglite }, { migrationsDir: before });
  await pglite.exec(`
    INSERT INTO "User" (id, email, "passwordHash", "updatedAt") VALUES ('u1', 'u1@example.test', 'x', now()), ('u2', 'u2@example.test', 'x', now());
    INSERT INTO "Area" (id, "userId", name, color, "targetPct", position) VALUES
      ('career', 'u1', 'Career', '#10b981', 40, 0), ('people', 'u1', 'People', '#10b981', 20, 1), ('theirs', 'u2', 'Theirs', '#10b981', 20, 0);
    INSERT INTO "KindArea" ("userId", kind, "areaId") VALUES ('u1', 'JOB_APPLICATION', 'career'), ('u1', 'NETWORKING_MESSAGE', 'people'), ('u2', 'JOB_APPLICATION', 'theirs');
    INSERT INTO "Kind" (id, "userId", key, name, "expectedReplyDays", "timeoutDays", "followUpDays", "defaultPrior", "defaultPayoff", "defaultAreaId", "updatedAt") VALUES
      ('k1', 'u1', 'GRANT_APPLICATION', 'Grant application', 30, 90, '{}', 0.2, 5, 'career', now()),
      ('k2', 'u1', 'PITCH', 'Pitch', 10, 30, '{}', 0.2, 5, NULL, now()),
      ('k3', 'u2', 'GRANT_APPLICATION', 'Grant application', 30, 90, '{}', 0.2, 5, 'theirs', now());
  `);
  await applyPendingMigrations({ kind: "pglite", pglite });
}, 600_000);

afterAll(async () => {
  await pglite?.close();
  if (before) await rm(before, { recursive: true, force: true });
});

describe.skipIf(onceOnly)(`[migrations] ${MIGRATION}`, () => {
  test("keeps every default area, built-in and custom, per user, keyed by the kind's key", async () => {
    const { rows } = await pglite.query<{ userId: string; kindKey: string; areaId: string }>(`SELECT "userId", "kindKey", "areaId" FROM "KindArea" ORDER BY "userId", "kindKey"`);
    expect(rows).toEqual([
      { userId: "u1", kindKey: "GRANT_APPLICATION", areaId: "career" },
      { userId: "u1", kindKey: "JOB_APPLICATION", areaId: "career" },
      { userId: "u1", kindKey: "NETWORKING_MESSAGE", areaId: "people" },
      { userId: "u2", kindKey: "GRANT_APPLICATION", areaId: "theirs" },
      { userId: "u2", kindKey: "JOB_APPLICATION", areaId: "theirs" },
    ]);
  });

  test("leaves Kind without its own default-area column", async () => {
    const { rows } = await pglite.query<{ column_name: string }>(`SELECT column_name FROM information_schema.columns WHERE table_name = 'Kind' AND column_name = 'defaultAreaId'`);
    expect(rows).toEqual([]);
  });
});
