import net from "node:net";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { toAppError } from "@/lib/api-errors";
import { classifyDbError } from "@/lib/db-errors";
import { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * classifyDbError against what the drivers really throw when the database is away, produced
 * here on 127.0.0.1 without a database: a port nobody listens on (the server is stopped), and a
 * listener that accepts and then drops the connection (the server died mid-conversation).
 */
let closedPort: number;
let dropper: net.Server;
let dropperPort: number;

function listen(server: net.Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as net.AddressInfo).port)));
}

beforeAll(async () => {
  const probe = net.createServer();
  closedPort = await listen(probe);
  await new Promise((resolve) => probe.close(resolve));
  dropper = net.createServer((socket) => socket.destroy());
  dropperPort = await listen(dropper);
});

afterAll(async () => {
  await new Promise((resolve) => dropper.close(resolve));
});

async function thrownBy(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a failure");
}

describe("[ops] a database that is away is 'unavailable' (503), whatever layer throws", () => {
  test("pg client: connection refused", async () => {
    const client = new pg.Client({ host: "127.0.0.1", port: closedPort, user: "x", database: "x" });
    const error = await thrownBy(() => client.connect());
    expect((error as { code?: string }).code).toBe("ECONNREFUSED");
    expect(classifyDbError(error)).toBe("unavailable");
  });

  test("pg client: the server drops the connection", async () => {
    const client = new pg.Client({ host: "127.0.0.1", port: dropperPort, user: "x", database: "x" });
    const error = await thrownBy(() => client.connect());
    expect(classifyDbError(error)).toBe("unavailable");
  });

  test("pg pool: connect timeout", async () => {
    // A listener that never answers the startup message.
    const silent = net.createServer(() => undefined);
    const port = await listen(silent);
    const pool = new pg.Pool({ host: "127.0.0.1", port, user: "x", database: "x", connectionTimeoutMillis: 200 });
    try {
      const error = await thrownBy(() => pool.query("select 1"));
      expect(classifyDbError(error)).toBe("unavailable");
    } finally {
      await pool.end().catch(() => undefined);
      silent.close();
    }
  });

  test.each([
    ["refused", () => closedPort],
    ["dropped", () => dropperPort],
  ])("Prisma through adapter-pg: %s", async (_, port) => {
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: `postgresql://x@127.0.0.1:${port()}/x`, connectionTimeoutMillis: 2_000 }) });
    try {
      const error = await thrownBy(() => prisma.$queryRaw`select 1`);
      expect(classifyDbError(error)).toBe("unavailable");
      const { error: appError, unexpected } = toAppError(error);
      expect(appError.code).toBe("UNAVAILABLE");
      expect(appError.retryAfterSeconds).toBeGreaterThan(0);
      expect(unexpected).toBe(false);
    } finally {
      await prisma.$disconnect();
    }
  });

  test("Postgres shutting down or restarting (SQLSTATE 57P01, 57P03), as adapter-pg wraps it", () => {
    for (const code of ["57P01", "57P02", "57P03", "08006", "53300"]) {
      const wrapped = { name: "DriverAdapterError", cause: { kind: "postgres", code, originalCode: code } };
      expect(classifyDbError({ code: "P2010", meta: { driverAdapterError: wrapped } })).toBe("unavailable");
    }
  });

  test("a transaction that could not start in time (Prisma P2028, seen while Postgres was stopped under load)", () => {
    const error = Object.assign(new Error("Transaction API error: Unable to start a transaction in the given time."), { code: "P2028", meta: {}, clientVersion: "7.10.1" });
    expect(classifyDbError(error)).toBe("unavailable");
  });

  test("an embedded database closed under a late request", () => {
    expect(classifyDbError(new Error("PGlite is closed"))).toBe("unavailable");
  });
});

describe("[ops] the database answered: not 'unavailable'", () => {
  test.each([
    ["a unique violation", { code: "P2002" }, "conflict"],
    ["a value out of range", { meta: { driverAdapterError: { cause: { kind: "ValueOutOfRange" } } } }, "invalid-value"],
    ["a NUL byte", { cause: { code: "22021" } }, "invalid-value"],
    ["a syntax error", { code: "42601" }, null],
    ["a plain bug", new TypeError("x is undefined"), null],
  ])("%s", (_, error, expected) => {
    expect(classifyDbError(error)).toBe(expected);
  });
});
