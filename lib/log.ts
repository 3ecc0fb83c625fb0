/**
 * The one logger of the server: a JSON line per entry on stdout (errors on stderr), with a
 * request id where there is one. Kept behind this small port so the sink can change (pino)
 * without touching callers.
 */
type Fields = Record<string, unknown>;
type Level = "debug" | "info" | "warn" | "error";

function serialise(value: unknown): unknown {
  if (value instanceof Error) {
    return { type: value.name, message: value.message, stack: value.stack, ...("code" in value ? { code: (value as { code: unknown }).code } : {}) };
  }
  return value;
}

function write(level: Level, fields: Fields, message: string): void {
  const entry: Fields = { level, time: new Date().toISOString(), msg: message };
  for (const [key, value] of Object.entries(fields)) entry[key] = serialise(value);
  const line = JSON.stringify(entry);
  if (level === "error" || level === "warn") process.stderr.write(`${line}\n`);
  else process.stdout.write(`${line}\n`);
}

export const log = {
  debug: (fields: Fields, message: string) => {
    if (process.env.LIFELOOP_LOG_LEVEL === "debug") write("debug", fields, message);
  },
  info: (fields: Fields, message: string) => write("info", fields, message),
  warn: (fields: Fields, message: string) => write("warn", fields, message),
  error: (fields: Fields, message: string) => write("error", fields, message),
};
