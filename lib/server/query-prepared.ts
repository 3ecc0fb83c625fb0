import pg from "pg";
import { embeddedPglite, postgresPool } from "@/lib/db";
import { watchQuery } from "@/lib/db-watch";
import { Prisma } from "@/lib/generated/prisma/client";
import { queryPgliteNamed } from "@/lib/server/pglite-prepared";
import { prepared, preparedStatementName } from "@/lib/server/prepared-sql";

/**
 * Runs a hot statement (see prepared(): a bounded set of texts) as a named prepared statement and
 * returns its rows as `getDb().$queryRaw` would, without Prisma. On a Postgres server it goes
 * straight to the pool Prisma's adapter uses, so each connection prepares it once; on the
 * embedded database, to PGlite's one session (lib/server/pglite-prepared.ts). Prisma's raw-query
 * pipeline (every argument mapped, every value typed and converted, a Proxy and closures per call)
 * cost about twice the query itself on a server: measured at 20 concurrent on the session lookup,
 * 0.14 ms of CPU per call through Prisma, 0.047 ms straight to the pool. On the embedded database
 * it was 540 µs against 62 µs, where PGlite also planned the statement on every call. Capture
 * runs three such statements per request.
 *
 * Only for top-level statements: inside a Prisma transaction it would run on another connection
 * (on the embedded database it would wait for that transaction to end).
 */
export async function queryPrepared<T>(name: string, sql: Prisma.Sql): Promise<T[]> {
  const statement = prepared(name, sql);
  const statementName = preparedStatementName(statement.text)!;
  const values = statement.values.map(toParameter);
  const pool = postgresPool();
  if (pool) {
    const result = await watchQuery(pool.query({ name: statementName, text: statement.text, values, types: PRISMA_TYPES }));
    return result.rows as T[];
  }
  const pglite = embeddedPglite();
  if (!pglite) throw new Error("queryPrepared: no database is configured");
  return (await watchQuery(queryPgliteNamed(await pglite, statementName, statement.text, values.map(toText), prismaTypeParser))) as T[];
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
 * whoever the user is).
 */
export function unplannedValue(value: string | number | boolean | null, type: "text" | "date" | "float8" | "bool"): Prisma.Sql {
  return Prisma.sql`(SELECT ${value}::${Prisma.raw(type)})`;
}

/** A parameter as Prisma binds it: instants as UTC ISO text (pg would write local time). */
function toParameter(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return value.toString();
  return value;
}

/**
 * A parameter in the text format PGlite's session is sent (pg does this itself). Lists and
 * objects are refused: the hot statements pass them as one JSON string (see floatArray in
 * capture-callback-sql.ts), which keeps each statement's text one shape.
 */
function toText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  throw new Error(`queryPrepared binds text, numbers, booleans, instants and NULL; got ${Array.isArray(value) ? "an array" : typeof value}`);
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
 * Prisma (add it here, with a case in the parity test, before a hot statement returns it). Both
 * drivers ask for a parser per column of every result, so the parsers are made once.
 */
function prismaTypeParser(oid: number): (text: string) => unknown {
  if (oid === builtins.TIMESTAMP) return parseUtcTimestamp;
  if (oid === builtins.DATE) return parseUtcDate;
  if (oid === builtins.INT8) return parseBigInt;
  if (oid === builtins.NUMERIC) return parseDecimal;
  if (AS_PG_PARSES.has(oid)) return pg.types.getTypeParser(oid, "text");
  if (oid >= FIRST_USER_OID) return asText;
  return () => {
    throw new Error(`queryPrepared does not map Postgres type ${oid} as Prisma would; add it to prismaTypeParser`);
  };
}

const PRISMA_TYPES = {
  getTypeParser(oid: number, format?: "text" | "binary"): (text: string) => unknown {
    if (format === "binary") throw new Error("queryPrepared reads text results only");
    return prismaTypeParser(oid);
  },
} as pg.CustomTypesConfig;
