import { describe, expect, it, vi } from "vitest";
import { getDb, getDbInfo, postgresPool } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { prepared, preparedStatementName } from "@/lib/server/prepared-sql";
import { queryPrepared, unplannedValue } from "@/lib/server/query-prepared";
import { createTestUser } from "../factories";

// Hot statements skip Prisma on both databases (lib/server/query-prepared.ts: the pool on a
// Postgres server, PGlite's protocol on the embedded one); their rows must come back exactly as
// `$queryRaw` gives them, or the code reading them would see other types depending on the mode.
const { kind: databaseKind } = await getDbInfo();

describe("[ops] queryPrepared", () => {
  it("returns a callback row, values typed as Prisma's $queryRaw types them", async () => {
    const user = await createTestUser({ timeZone: "America/New_York" });
    const db = getDb();
    const area = await db.area.create({ data: { userId: user.id, name: "Career", color: "#2563eb", position: 0, targetPct: 40 } });
    const callback = await db.callback.create({
      data: {
        userId: user.id,
        areaId: area.id,
        kind: "JOB_APPLICATION",
        title: "Apply to Acme — “senior” role",
        startedAt: new Date("2026-03-29T06:30:00.123Z"),
        expectedReplyBy: new Date("2026-04-05T06:30:00Z"),
        timesOutAt: new Date("2026-04-28T06:30:00Z"),
        lastContactAt: new Date("2026-03-29T06:30:00.123Z"),
        expectedReplyDays: 7,
        timeoutDays: 30,
        followUpDays: [3, 7.5],
        priorProbability: 0.25,
        probability: 0.25,
        payoff: 8,
        effort: 1.5,
        weight: 1,
        energyStillNeeded: null,
      },
    });
    const sql = Prisma.sql`SELECT * FROM "Callback" WHERE id = ${callback.id} AND "userId" = ${user.id}`;
    const viaPrisma = await db.$queryRaw<Record<string, unknown>[]>(sql);
    const [row] = await queryPrepared<Record<string, unknown>>("test-callback-row", sql);
    expect(row).toEqual(viaPrisma[0]);
    expect(row!.startedAt).toEqual(new Date("2026-03-29T06:30:00.123Z"));
    expect(row!.followUpDays).toEqual([3, 7.5]);
    // The same values the model API reads.
    expect(row).toMatchObject({ id: callback.id, kind: "JOB_APPLICATION", state: "PENDING", title: callback.title, timesOutAt: callback.timesOutAt });
  });

  it("types dates, instants, counts, decimals, JSON, arrays and NULLs as Prisma does", async () => {
    const sql = Prisma.sql`
      SELECT ${"2026-02-28"}::date AS day,
             (${"2026-10-25T01:30:00.5Z"}::timestamptz AT TIME ZONE 'UTC') AS at,
             ${"2026-10-25T01:30:00Z"}::timestamptz AS "atZoned",
             COUNT(*) AS count, 12.50::numeric AS amount, 2.5::float8 AS ratio, 7::int AS whole,
             json_build_object('a', 1, 'b', ARRAY['x', 'y']) AS object, '{"k": [1, null]}'::jsonb AS document,
             ARRAY[1.5, 2]::float8[] AS floats, ARRAY['p', 'q']::text[] AS texts, true AS flag,
             'FULFILLED'::"CallbackState" AS state, NULL::timestamp AS missing, NULL::text AS nothing
      FROM (VALUES (1), (2)) AS v(n)`;
    const viaPrisma = await getDb().$queryRaw<Record<string, unknown>[]>(sql);
    const rows = await queryPrepared<Record<string, unknown>>("test-value-types", sql);
    expect(rows).toEqual(viaPrisma);
    expect(rows[0]).toMatchObject({
      day: new Date("2026-02-28T00:00:00Z"),
      at: new Date("2026-10-25T01:30:00.500Z"),
      atZoned: new Date("2026-10-25T01:30:00Z"),
      count: 2n,
      ratio: 2.5,
      whole: 7,
      object: { a: 1, b: ["x", "y"] },
      document: { k: [1, null] },
      floats: [1.5, 2],
      texts: ["p", "q"],
      flag: true,
      state: "FULFILLED",
      missing: null,
      nothing: null,
    });
    expect(String(rows[0]!.amount)).toBe("12.5");
  });

  it("binds instants as UTC whatever their Date says, and refuses types it would return differently", async () => {
    const [row] = await queryPrepared<{ at: Date }>("test-bind-date", Prisma.sql`SELECT (${new Date("2026-07-01T12:00:00Z")}::timestamptz AT TIME ZONE 'UTC') AS at`);
    expect(row!.at).toEqual(new Date("2026-07-01T12:00:00Z"));
    await expect(queryPrepared("test-interval", Prisma.sql`SELECT '1 day'::interval AS gap`)).rejects.toThrow(/does not map Postgres type 1186/);
  });

  it("binds numbers, booleans and NULL, and refuses a list (one JSON parameter keeps the text one shape)", async () => {
    const [row] = await queryPrepared<Record<string, unknown>>(
      "test-bind-values",
      Prisma.sql`SELECT ${2.5}::float8 * 2 AS doubled, ${-7}::int AS whole, ${true}::bool AS yes, ${false}::bool AS no, ${null}::text AS nothing, ${"it’s “quoted”"}::text AS words`,
    );
    expect(row).toEqual({ doubled: 5, whole: -7, yes: true, no: false, nothing: null, words: "it’s “quoted”" });
    if (databaseKind === "pglite") await expect(queryPrepared("test-bind-list", Prisma.sql`SELECT ${[1, 2]}::int[] AS list`)).rejects.toThrow(/got an array/);
  });

  it("answers a database error as the error, and the statement and the session work afterwards", async () => {
    const divide = (by: number) => Prisma.sql`SELECT 10 / ${by}::int AS quotient`;
    expect(await queryPrepared("test-divide", divide(5))).toEqual([{ quotient: 2 }]);
    await expect(queryPrepared("test-divide", divide(0))).rejects.toMatchObject({ code: "22012" });
    expect(await queryPrepared("test-divide", divide(2))).toEqual([{ quotient: 5 }]);
    await expect(queryPrepared("test-syntax", Prisma.sql`SELEC ${1}::int`)).rejects.toMatchObject({ code: "42601" });
    // Nothing was left open: Prisma's next query and a transaction run as usual.
    expect(await getDb().$queryRaw<{ one: number }[]>`SELECT 1::int AS one`).toEqual([{ one: 1 }]);
    expect(await getDb().$transaction(async (tx) => tx.$queryRaw<{ two: number }[]>`SELECT 2::int AS two`)).toEqual([{ two: 2 }]);
  });

  it("waits for a transaction in progress instead of running inside it", async () => {
    const user = await createTestUser({ name: "Before" });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let updated!: () => void;
    const inside = new Promise<void>((resolve) => (updated = resolve));
    const transaction = getDb().$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { name: "Inside the transaction" } });
      updated();
      await held;
      throw new Error("rolled back on purpose");
    });
    await inside;
    // Asked while the transaction holds its uncommitted update.
    const read = queryPrepared<{ name: string }>("test-read-name", Prisma.sql`SELECT name FROM "User" WHERE id = ${user.id}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    await expect(transaction).rejects.toThrow(/on purpose/);
    // Run inside the transaction, it would have read the update that was then rolled back.
    expect(await read).toEqual([{ name: "Before" }]);
  });

  // The embedded database has one session, which the test's own query shares.
  it.skipIf(databaseKind !== "pglite")("keeps each statement prepared in the embedded database's session, and its generic plan after five runs", async () => {
    const user = await createTestUser();
    const pendingOf = (userId: string) =>
      Prisma.sql`SELECT COALESCE(SUM(weight), 0)::float8 AS pending FROM "Callback" WHERE "userId" = ${unplannedValue(userId, "text")} AND state = 'PENDING'`;
    for (let i = 0; i < 10; i += 1) expect(await queryPrepared("test-embedded-plan", pendingOf(i % 2 ? user.id : "someone-else"))).toEqual([{ pending: 0 }]);
    const statements = await getDb().$queryRaw<{ generic: bigint; custom: bigint }[]>`
      SELECT generic_plans AS generic, custom_plans AS custom FROM pg_prepared_statements WHERE name LIKE 'test-embedded-plan-%'`;
    expect(statements).toHaveLength(1);
    expect(Number(statements[0]!.custom)).toBeLessThanOrEqual(5);
    expect(Number(statements[0]!.generic)).toBeGreaterThanOrEqual(5);
  });

  // Next bundles the module once per route and page; every copy shares the one embedded session.
  it.skipIf(databaseKind !== "pglite")("runs a statement another copy of the module (or anyone) already prepared in the embedded session", async () => {
    const sql = Prisma.sql`SELECT ${7}::int * 6 AS answer`;
    const name = preparedStatementName(prepared("test-elsewhere", sql).text)!;
    await getDb().$executeRawUnsafe(`PREPARE "${name}" AS ${prepared("test-elsewhere", sql).text}`);
    expect(await queryPrepared("test-elsewhere", sql)).toEqual([{ answer: 42 }]);
    vi.resetModules();
    const copy = await import("@/lib/server/query-prepared");
    for (const run of [copy.queryPrepared, queryPrepared, copy.queryPrepared]) expect(await run("test-elsewhere", Prisma.sql`SELECT ${8}::int * 6 AS answer`)).toEqual([{ answer: 48 }]);
  });

  // A Postgres server only: the test holds one pooled connection to read its prepared statements.
  it.skipIf(databaseKind !== "postgres")("keeps one plan for a statement whose values are unplannedValue()s, where bare parameters are planned on every call", async () => {
    const pool = postgresPool()!;
    // Skewed statistics, as on a server with one heavy user: the planner expects many rows for the
    // heavy user's id and few for a light one's, so a custom plan for the light user looks cheaper
    // than the generic plan and Postgres keeps planning per call.
    const heavy = await createTestUser();
    const light = await createTestUser();
    await getDb().$executeRaw`
      INSERT INTO "Callback" (id, "userId", kind, title, "startedAt", "expectedReplyBy", "timesOutAt", "lastContactAt",
        "expectedReplyDays", "timeoutDays", "priorProbability", probability, payoff, effort, weight, "createdAt", "updatedAt")
      SELECT 'plan-' || ${heavy.id} || '-' || g, ${heavy.id}, 'OTHER', 'Bulk', now(), now(), now(), now(), 7, 30, 0.5, 0.5, 1, 0, 1, now(), now()
      FROM generate_series(1, 10000) g`;
    await getDb().$executeRaw`ANALYZE "Callback"`;
    const client = await pool.connect();
    try {
      const plans = async (name: string, sql: Prisma.Sql) => {
        for (let i = 0; i < 10; i += 1) {
          const result = await client.query({ name, text: sql.text, values: sql.values });
          expect(Number(result.rows[0].pending)).toBe(0);
        }
        const { rows } = await client.query("SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE name = $1", [name]);
        await client.query(`DEALLOCATE "${name}"`);
        return { generic: Number(rows[0].generic_plans), custom: Number(rows[0].custom_plans) };
      };
      const pendingOf = (userId: Prisma.Sql) => Prisma.sql`SELECT COALESCE(SUM(weight), 0)::float8 AS pending FROM "Callback" WHERE "userId" = ${userId} AND state = 'PENDING'`;
      const bare = await plans(`test-bare-${light.id}`, pendingOf(Prisma.sql`${light.id}`));
      const unplanned = await plans(`test-unplanned-${light.id}`, pendingOf(unplannedValue(light.id, "text")));
      // The control: without the helper, every call was planned with its values.
      expect(bare).toEqual({ generic: 0, custom: 10 });
      // With it, five custom plans, then the generic plan for good.
      expect(unplanned.custom).toBeLessThanOrEqual(5);
      expect(unplanned.generic).toBeGreaterThanOrEqual(5);
    } finally {
      client.release();
    }
  });
});
