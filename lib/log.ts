import pino, { type DestinationStream, type Logger } from "pino";

/**
 * The one logger of the server: one JSON line per entry (pino), with a request id where there is
 * one. Callers use this small port — `log.error({ err, requestId }, "msg")` — so the sink can
 * change without touching them.
 *
 * Lines: `{"level":"error","time":"2026-…Z","pid":…,"msg":"…","requestId":"…","err":{…}}`.
 * Debug, info → stdout; warn, error → stderr (what most supervisors colour or alert on). No
 * pretty-printer at run time: pipe through `npx pino-pretty` to read them by eye.
 * `LIFELOOP_LOG_LEVEL` (debug | info | warn | error | silent, default info) filters them.
 */
type Fields = Record<string, unknown>;

export const LOG_LEVELS = ["debug", "info", "warn", "error", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * Never written out, wherever they appear in a logged object: session cookies, bearer tokens,
 * passwords. (Request headers are logged by the request-error hook.)
 */
export const REDACTED_PATHS = [
  "password",
  "*.password",
  "currentPassword",
  "*.currentPassword",
  "newPassword",
  "*.newPassword",
  "token",
  "*.token",
  "headers.cookie",
  "headers.authorization",
  "request.headers.cookie",
  "request.headers.authorization",
  'headers["set-cookie"]',
];

function levelFromEnv(): LogLevel {
  const value = process.env.LIFELOOP_LOG_LEVEL?.trim().toLowerCase();
  return (LOG_LEVELS as readonly string[]).includes(value ?? "") ? (value as LogLevel) : "info";
}

/**
 * A pino logger with Lifeloop's line format writing to `destination` (tests), or to stdout and
 * stderr split by level.
 */
export function createLogger(options: { level?: LogLevel; destination?: DestinationStream } = {}): Logger {
  const destination =
    options.destination ??
    pino.multistream(
      [
        { level: "debug", stream: pino.destination({ dest: 1, sync: true }) },
        { level: "warn", stream: pino.destination({ dest: 2, sync: true }) },
      ],
      // Each line goes to the stream of the highest level it reaches: warnings and errors only to stderr.
      { dedupe: true },
    );
  return pino(
    {
      level: options.level ?? levelFromEnv(),
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      // "level":"error" rather than pino's numeric 50: readable without a pretty-printer.
      formatters: { level: (label) => ({ level: label }) },
      // Errors under `err` (or `error`) with type, message, stack, code and cause.
      serializers: { err: pino.stdSerializers.err, error: pino.stdSerializers.err },
      redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
    },
    destination,
  );
}

// One logger per process, shared by every bundle of the server (app routes, proxy,
// instrumentation, the start script), which may each load this module separately.
const globalForLog = globalThis as typeof globalThis & { __lifeloopLogger?: Logger };

function logger(): Logger {
  globalForLog.__lifeloopLogger ??= createLogger();
  return globalForLog.__lifeloopLogger;
}

export const log = {
  debug: (fields: Fields, message: string) => logger().debug(fields, message),
  info: (fields: Fields, message: string) => logger().info(fields, message),
  warn: (fields: Fields, message: string) => logger().warn(fields, message),
  error: (fields: Fields, message: string) => logger().error(fields, message),
  /** Writes out anything buffered (before the process exits). */
  flush: () => logger().flush(),
};
