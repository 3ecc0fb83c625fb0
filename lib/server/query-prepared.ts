import pg from "pg";
import { getDb, postgresPool } from "@/lib/db";
import { watchQuery } from "@/lib/db-watch";
import { Prisma } from "@/lib/generated/prisma/client";
import { prepared, preparedStatementName } from "@/lib/server/prepared-sql";

/**
 * Runs a hot statement (see prepared(): a bounded set of texts) and returns its rows as
 * `getDb().$queryRaw` would. On a Postgres server it goes straight to the pool Prisma's adapter
 * uses, named, so each connection prepares it once. Prisma's raw-query pipeline (every argument
 * mapped, every value typed and converted, a Proxy and closures per call) cost about twice the
 * query itself: measured at 20 concurrent on the session lookup, 0.14 ms of CPU per call through
 * Prisma, 0.047 ms straight to the pool. Capture runs three such statements per request. The
 * embedded database goes through Prisma (no network round trip to save there).
 *
 * Only for top-level statements: inside a Prisma transaction it would run on another connection.
 */
export async function queryPrepared<T>(name: string, sql: Prisma.Sql): Promise<T[]> {
  const statement = prepared(name, sql);
  const pool = postgresPool();
  if (!pool) return getDb().$queryRaw<T[]>(statement);
  const result = await watchQuery(
    pool.query({ name: preparedStatementName(statement.text), text: statement.text, values: statement.values.map(toParameter), types: PRISMA_TYPES }),
  );
  return result.rows as T[];
}

/**
 * A value bound where the planner can't see it: an uncorrelated sub-select, run once per execution
 * (an InitPlan), that an index condition still uses. Postgres plans a prepared statement with each
 * call's values ("custom" plans) until the plan without them ("generic") is no costlier, and only
 * then keeps one. Where the values change nothing in the plan, both cost the same but the custom
 * one pays for its planning, so the generic plan is kept after the first five calls. Measured on
 * capture's reads (seven sub-selects, one over a table of 17 indexes): planning took 0.6 ms of
 * every call with bare parameters, 0.004 ms with these. Use it in statements made with prepared()
 * run by queryPrepared whose plan should not depend on the values (one user's rows by index,
 * whoever the user is). On the embedded database, where queryPrepared does not keep statements
 * and every call is planned, the sub-selects would only add planning (0.25 ms more on capture's
 * reads on a server): there the value is bound as it is.
 */
export function unplannedValue(value: string | number | boolean | null, type: "text" | "date" | "float8" | "bool"): Prisma.Sql {
  return postgresPool() ? Prisma.sql`(SELECT ${value}::${Prisma.raw(type)})` : Prisma.sql`${value}::${Prisma.raw(type)}`;
}

/** A parameter as Prisma binds it: instants as UTC ISO text (pg would write local time). */
function toParameter(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return value.toString();
  return value;
}

const { builtins } = pg.types;

/** `timestamp` (Prisma's DateTime: UTC without zone) → Date; "2026-03-29 14:05:00.123". */
function parseUtcTimestamp(text: string): Date {
  return new Date(`${text.replace(" ", "T")}Z`);
}

/** Columns whose pg default already equals what Prisma's $queryRaw returns. */
const AS_PG_PARSES = new Set<number>([
  builtins.BOOL,
  builtins.INT2,
  builtins.INT4,
  builtins.FLOAT4,
  builtins.FLOAT8,
  builtins.TEXT,
  builtins.VARCHAR,
  builtins.BPCHAR,
  builtins.UUID,
  builtins.JSON,
  builtins.JSONB,
  builtins.TIMESTAMPTZ,
  1000, // bool[]
  1007, // int4[]
  1009, // text[]
  1015, // varchar[]
  1021, // float4[]
  1022, // float8[]
]);

/** Postgres's own types have OIDs below this; above it are the schema's (its enums: text). */
const FIRST_USER_OID = 16_384;

const parseUtcDate = (text: string): Date => new Date(`${text}T00:00:00Z`);
const parseBigInt = (text: string): bigint => BigInt(text);
const parseDecimal = (text: string): Prisma.Decimal => new Prisma.Decimal(text);
const asText = (text: string): string => text;

/**
 * Result values typed as Prisma types them: `timestamp` and `date` as UTC Dates, int8 as bigint,
 * numeric as Decimal. A built-in type not listed is refused rather than returned differently from
 * Prisma (add it here, with a case in the parity test, before a hot statement returns it). pg asks
 * for a parser per column of every result, so the parsers are made once.
 */
const PRISMA_TYPES = {
  getTypeParser(oid: number, format?: "text" | "binary"): (text: string) => unknown {
    if (format === "binary") throw new Error("queryPrepared reads text results only");
    if (oid === builtins.TIMESTAMP) return parseUtcTimestamp;
    if (oid === builtins.DATE) return parseUtcDate;
    if (oid === builtins.INT8) return parseBigInt;
    if (oid === builtins.NUMERIC) return parseDecimal;
    if (AS_PG_PARSES.has(oid)) return pg.types.getTypeParser(oid, "text");
    if (oid >= FIRST_USER_OID) return asText;
    return () => {
      throw new Error(`queryPrepared does not map Postgres type ${oid} as Prisma would; add it to PRISMA_TYPES`);
    };
  },
} as pg.CustomTypesConfig;
