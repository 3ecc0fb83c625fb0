/**
 * What a failed database call means for the person waiting on it. Prisma's driver adapters wrap
 * Postgres and connection errors in `meta.driverAdapterError.cause` (`kind`, `originalCode`);
 * raw `pg` errors carry `code` (a SQLSTATE or a Node socket code). Read both, never the message.
 *
 * - `unavailable`: the database can't be reached right now (down, restarting, too busy). Say so
 *   and ask to retry (HTTP 503); nothing was written.
 * - `invalid-value`: Postgres refused a value (SQLSTATE class 22: a NUL byte, a date out of range,
 *   a number too large). Validation should have caught it; answering 422 keeps a gap in validation
 *   from becoming a 500.
 * - `conflict`: a unique constraint (a race between two equal writes).
 */
export type DbErrorClass = "unavailable" | "invalid-value" | "conflict";

/**
 * P1001/P1002/P1017: can't reach, timed out, server closed the connection; P1008: operation timed
 * out; P2024: no pool connection in time; P2037: too many connections; P2028: an interactive
 * transaction could not start in time (waiting for a connection to a database that is away) or
 * expired before its commit, so nothing of it was written.
 */
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028", "P2037"]);
const UNAVAILABLE_ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "DatabaseDoesNotExist",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "TransactionAlreadyClosed",
]);
const UNAVAILABLE_NODE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENOTFOUND", "EAI_AGAIN"]);
/** SQLSTATEs outside class 08 that mean "not now": shutdown, crash recovery, starting up, too many clients. */
const UNAVAILABLE_SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300", "53000"]);
/**
 * Failures that carry no code, matched by message as a last resort: node-postgres's own errors when
 * a socket dies mid-query ("Connection terminated unexpectedly"), a pooled client that broke
 * ("Client has encountered a connection error and is not queryable"), a connect that timed out
 * (connectionTimeoutMillis), a pool or PGlite used while the process shuts down.
 */
const CONNECTION_MESSAGES = [
  /connection terminated/i,
  /connection (?:is )?closed/i,
  /server closed the connection/i,
  /client has encountered a connection error/i,
  /client was closed and is not queryable/i,
  /timeout exceeded when trying to connect/i,
  /cannot use a pool after calling end/i,
  /PGlite is closed/i,
];

type Probe = { code?: unknown; kind?: unknown; originalCode?: unknown; message?: unknown; meta?: unknown; cause?: unknown; errors?: unknown };

function classifyOne(error: Probe): DbErrorClass | null {
  const code = typeof error.code === "string" ? error.code : undefined;
  const sqlState = typeof error.originalCode === "string" ? error.originalCode : code;
  if (code && UNAVAILABLE_PRISMA_CODES.has(code)) return "unavailable";
  if (typeof error.kind === "string" && UNAVAILABLE_ADAPTER_KINDS.has(error.kind)) return "unavailable";
  if (code && UNAVAILABLE_NODE_CODES.has(code)) return "unavailable";
  if (sqlState && /^[0-9A-Z]{5}$/.test(sqlState)) {
    if (sqlState.startsWith("08") || UNAVAILABLE_SQLSTATES.has(sqlState)) return "unavailable";
    if (sqlState.startsWith("22")) return "invalid-value";
    if (sqlState === "23505") return "conflict";
  }
  if (code === "P2002") return "conflict";
  if (typeof error.kind === "string" && error.kind === "UniqueConstraintViolation") return "conflict";
  if (typeof error.kind === "string" && /^(ValueOutOfRange|InvalidInputValue|LengthMismatch)$/.test(error.kind)) return "invalid-value";
  return null;
}

/** The class of a database error (looking through Prisma's and pg's wrappers), or null for anything else. */
export function classifyDbError(error: unknown, depth = 0): DbErrorClass | null {
  if (!error || typeof error !== "object" || depth > 5) return null;
  const probe = error as Probe;
  const own = classifyOne(probe);
  if (own) return own;
  const meta = probe.meta as { driverAdapterError?: { cause?: unknown } } | undefined;
  const inner = classifyDbError(meta?.driverAdapterError?.cause, depth + 1) ?? classifyDbError(probe.cause, depth + 1);
  if (inner) return inner;
  if (Array.isArray(probe.errors)) {
    for (const each of probe.errors) {
      const found = classifyDbError(each, depth + 1);
      if (found) return found;
    }
  }
  if (typeof probe.message === "string" && CONNECTION_MESSAGES.some((pattern) => pattern.test(probe.message as string))) return "unavailable";
  return null;
}

/** Seconds a client should wait before retrying when the database is unavailable. */
export const DB_RETRY_AFTER_SECONDS = 2;
