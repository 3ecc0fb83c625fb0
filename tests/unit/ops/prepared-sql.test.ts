import { describe, expect, test } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { prepared, preparedStatementName } from "@/lib/server/prepared-sql";

describe("prepared statements", () => {
  test("a marked statement gets its name and a fingerprint of its text; values stay parameters", () => {
    const sql = prepared("session-user", Prisma.sql`SELECT * FROM "Session" WHERE id = ${"abc"}`);
    expect(sql.values).toEqual(["abc"]);
    const name = preparedStatementName(sql.sql);
    expect(name).toMatch(/^session-user-[0-9a-f]{8}$/);
    // The same text, the same name (each connection prepares it once); another shape, another name.
    expect(preparedStatementName(prepared("session-user", Prisma.sql`SELECT * FROM "Session" WHERE id = ${"other"}`).sql)).toBe(name);
    expect(preparedStatementName(prepared("session-user", Prisma.sql`SELECT id FROM "Session" WHERE id = ${"abc"}`).sql)).not.toBe(name);
  });

  test("unmarked statements (Prisma's own, other raw SQL) stay unnamed, and a bad name is refused", () => {
    expect(preparedStatementName(`SELECT 1`)).toBeUndefined();
    expect(preparedStatementName(`/* prepared:x */SELECT 1`)).toBeUndefined();
    expect(preparedStatementName(` /* prepared:capture-reads */ SELECT 1`)).toBeUndefined();
    expect(() => prepared("Capture Reads", Prisma.sql`SELECT 1`)).toThrow(/statement name/);
    expect(() => prepared("x */ DROP TABLE", Prisma.sql`SELECT 1`)).toThrow(/statement name/);
  });
});
