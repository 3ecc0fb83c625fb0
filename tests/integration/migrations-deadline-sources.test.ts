// The deadline_sources_focus_overrides migration on data written before it: overrides written one
// per competing commitment fold into one per capture, and deadlines the user chose become USER.
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { getDbInfo } from "@/lib/db";
import { applyPendingMigrations } from "@/lib/migrations/engine";
import { LOCKFILE_NAME, defaultMigrationsDir } from "@/lib/migrations/read-migrations";

const MIGRATION = "deadline_sources_focus_overrides";
// The test brings its own PGlite: once is enough, not again in the Postgres project.
const { kind: databaseKind } = await getDbInfo();
const onceOnly = databaseKind !== "pglite";
let pglite: PGlite;
let before: string;

beforeAll(async () => {
  if (onceOnly) return;
  // The migrations folder as it was just before this migration.
  const all = defaultMigrationsDir();
  before = await mkdtemp(path.join(os.tmpdir(), "lifeloop-migrations-"));
  const names = await readdir(all);
  const mine = names.find((entry) => entry.endsWith(MIGRATION))!;
  for (const name of names) {
    if (name === LOCKFILE_NAME || name < mine) {
      await cp(path.join(all, name), path.join(before, name), { recursive: true });
    }
  }
  pglite = await PGlite.create();
  await applyPendingMigrations({ kind: "pglite", pglite }, { migrationsDir: before });

  const at = "2035-06-15 12:00:00";
  await pglite.exec(`
    INSERT INTO "User" (id, email, "passwordHash", "updatedAt") VALUES ('u1', 'u1@example.test', 'x', now());
    INSERT INTO "Commitment" (id, "userId", title, "startsOn", "endsOn", cadence, "updatedAt") VALUES
      ('m1', 'u1', 'Book', '2035-06-10', '2035-07-10', 'DAILY', now()),
      ('m2', 'u1', 'Run', '2035-06-10', '2035-07-10', 'DAILY', now()),
      ('m3', 'u1', 'Piano', '2035-06-10', '2035-07-10', 'DAILY', now());
    INSERT INTO "FocusOverride" (id, "commitmentId", "userId", "callbackTitle", at) VALUES
      ('o1', 'm1', 'u1', 'Apply to Acme', '${at}'), ('o2', 'm2', 'u1', 'Apply to Acme', '${at}'), ('o3', 'm3', 'u1', 'Apply to Acme', '${at}'),
      ('o4', 'm1', 'u1', 'Apply to Initech', '2035-06-16 09:00:00');
    INSERT INTO "Callback" (id, "userId", kind, title, "startedAt", "expectedReplyBy", "timesOutAt", "expectedReplyDays", "timeoutDays",
      "followUpDays", "lastContactAt", "priorProbability", probability, payoff, "updatedAt") VALUES
      ('typed', 'u1', 'NETWORKING_MESSAGE', 'Typed', '${at}', '2035-06-18 12:00:00', '2035-06-18 18:00:00', 3, 21, '{3,10,17}', '${at}', 0.3, 0.3, 4, now()),
      ('default', 'u1', 'NETWORKING_MESSAGE', 'Default', '${at}', '2035-06-18 12:00:00', '2035-07-06 12:00:00', 3, 21, '{3,10,17}', '${at}', 0.3, 0.3, 4, now()),
      ('extended', 'u1', 'NETWORKING_MESSAGE', 'Extended', '${at}', '2035-06-18 12:00:00', '2035-08-01 12:00:00', 3, 21, '{3,10,17}', '${at}', 0.3, 0.3, 4, now());
    INSERT INTO "CallbackEvent" (id, "callbackId", "userId", type, at, data) VALUES
      ('e1', 'extended', 'u1', 'FOLLOW_UP', '2035-06-18 12:00:00', '{}'),
      ('e2', 'extended', 'u1', 'EXTENDED', '2035-06-19 12:00:00', '{"timesOutAtAfter": "2035-08-01T12:00:00.000Z"}');
  `);
  await applyPendingMigrations({ kind: "pglite", pglite });
}, 600_000);

afterAll(async () => {
  await pglite?.close();
  if (before) await rm(before, { recursive: true, force: true });
});

describe.skipIf(onceOnly)(`[migrations] ${MIGRATION}`, () => {
  test("folds the overrides of one capture into one row listing every commitment", async () => {
    const { rows } = await pglite.query<{ callbackTitle: string; commitmentId: string; commitmentIds: string[]; commitmentTitles: string[] }>(
      `SELECT "callbackTitle", "commitmentId", "commitmentIds", "commitmentTitles" FROM "FocusOverride" ORDER BY at`,
    );
    expect(rows).toEqual([
      { callbackTitle: "Apply to Acme", commitmentId: "m1", commitmentIds: ["m1", "m3", "m2"], commitmentTitles: ["Book", "Piano", "Run"] },
      { callbackTitle: "Apply to Initech", commitmentId: "m1", commitmentIds: ["m1"], commitmentTitles: ["Book"] },
    ]);
  });

  test("marks deadlines the user chose as USER and leaves the kind's defaults DEFAULT", async () => {
    const { rows } = await pglite.query<{ id: string; expectedReplySource: string; timeoutSource: string }>(
      `SELECT id, "expectedReplySource"::text AS "expectedReplySource", "timeoutSource"::text AS "timeoutSource" FROM "Callback" ORDER BY id`,
    );
    expect(rows).toEqual([
      { id: "default", expectedReplySource: "DEFAULT", timeoutSource: "DEFAULT" },
      { id: "extended", expectedReplySource: "DEFAULT", timeoutSource: "USER" },
      { id: "typed", expectedReplySource: "DEFAULT", timeoutSource: "USER" },
    ]);
  });
});
