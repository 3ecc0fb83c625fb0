import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/**
 * Every environment variable Lifeloop reads, validated in one place. `next.config.js` calls
 * `readEnv()` so a bad value fails `next build` and `next start` with a clear message instead of
 * failing a request later. The README's table lists the same variables.
 */
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// or postgresql:// URL")
    .optional(),
  LIFELOOP_DATA_DIR: z.string().trim().min(1, "LIFELOOP_DATA_DIR must not be empty").optional(),
  NEXTAUTH_SECRET: z
    .string()
    .min(32, "NEXTAUTH_SECRET must be at least 32 characters (try: openssl rand -base64 32)")
    .optional(),
  NEXTAUTH_URL: z.url("NEXTAUTH_URL must be a full URL such as https://lifeloop.example.com").optional(),
  PORT: z.coerce.number().int().min(1).max(65535, "PORT must be between 1 and 65535").optional(),
  LIFELOOP_SCHEDULER: z.enum(["on", "off"], "LIFELOOP_SCHEDULER must be on or off").optional(),
  LIFELOOP_SWEEP_SECONDS: z.coerce
    .number("LIFELOOP_SWEEP_SECONDS must be a number of seconds")
    .int("LIFELOOP_SWEEP_SECONDS must be a whole number of seconds")
    .min(1, "LIFELOOP_SWEEP_SECONDS must be between 1 and 3600")
    .max(3600, "LIFELOOP_SWEEP_SECONDS must be between 1 and 3600")
    .optional(),
  LIFELOOP_LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"], "LIFELOOP_LOG_LEVEL must be debug, info, warn, error or silent").optional(),
  LIFELOOP_TRUSTED_PROXIES: z.coerce
    .number("LIFELOOP_TRUSTED_PROXIES must be a number of proxies")
    .int("LIFELOOP_TRUSTED_PROXIES must be a whole number of proxies")
    .min(0, "LIFELOOP_TRUSTED_PROXIES must be between 0 and 10")
    .max(10, "LIFELOOP_TRUSTED_PROXIES must be between 0 and 10")
    .optional(),
  LIFELOOP_API_RATE_LIMIT: z.coerce
    .number("LIFELOOP_API_RATE_LIMIT must be a number of requests per minute")
    .int("LIFELOOP_API_RATE_LIMIT must be a whole number of requests per minute")
    .min(1, "LIFELOOP_API_RATE_LIMIT must be between 1 and 100000")
    .max(100_000, "LIFELOOP_API_RATE_LIMIT must be between 1 and 100000")
    .optional(),
  SMTP_URL: z
    .string()
    .trim()
    .regex(/^smtps?:\/\/[^/]/, "SMTP_URL must be an smtp:// or smtps:// URL such as smtp://user:pass@mail.example.com:587")
    .optional(),
  EMAIL_FROM: z.string().trim().min(3, "EMAIL_FROM must be an address such as Lifeloop <lifeloop@example.com>").optional(),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EnvError";
  }
}

const ENV_KEYS = Object.keys(envSchema.shape) as (keyof Env)[];

function blankToUndefined(values: readonly (string | undefined)[]): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  ENV_KEYS.forEach((key, i) => {
    const value = values[i];
    out[key] = value === undefined || value.trim() === "" ? undefined : value;
  });
  return out;
}

/**
 * The last environment parsed, by its raw values: the session secret is read on every request,
 * and parsing the schema each time was ~1% of the server's CPU under API load. A changed value
 * (tests set variables between calls) is parsed again.
 */
let lastRead: { source: NodeJS.ProcessEnv; values: (string | undefined)[]; env: Env } | null = null;

/** Parses and checks the environment; throws an EnvError naming every bad variable. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const values = ENV_KEYS.map((key) => source[key]);
  if (lastRead && lastRead.source === source && lastRead.values.every((value, i) => value === values[i])) return lastRead.env;
  const parsed = envSchema.safeParse(blankToUndefined(values));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
    throw new EnvError(`Lifeloop cannot start: invalid environment.\n${lines.join("\n")}`);
  }
  // Shared by every later caller: frozen, so none can change what the others read.
  const env = Object.freeze(parsed.data);
  lastRead = { source, values, env };
  return env;
}

/**
 * A server run on a database server needs a fixed NEXTAUTH_SECRET: every instance must sign
 * sessions with the same key, and a generated one would live on one machine only.
 */
export function assertCanServe(env: Env = readEnv()): void {
  if (env.DATABASE_URL && !env.NEXTAUTH_SECRET) {
    throw new EnvError(
      "Lifeloop cannot start: DATABASE_URL is set but NEXTAUTH_SECRET is not. Set NEXTAUTH_SECRET " +
        "(at least 32 characters, e.g. from `openssl rand -base64 32`) so every instance signs sessions " +
        "with the same key.",
    );
  }
}

/** The folder for local state: the embedded database and the generated session secret. */
export function dataDir(env: Env = readEnv()): string {
  return path.resolve(/*turbopackIgnore: true*/ env.LIFELOOP_DATA_DIR ?? "data");
}

/** Where the embedded database lives. `memory://` (tests) keeps it in memory. */
export function pgliteDir(env: Env = readEnv()): string {
  if (env.LIFELOOP_DATA_DIR === "memory://") return "memory://";
  return path.join(dataDir(env), "pglite");
}

/** The secrets read from (or written to) data folders, by file. */
const secretsByFile = new Map<string, string>();

/**
 * The key that signs session JWTs. Taken from NEXTAUTH_SECRET; a local run without one generates
 * a key once and keeps it in the data folder, so sessions survive restarts.
 */
export function authSecret(env: Env = readEnv()): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  if (env.DATABASE_URL) {
    throw new EnvError("NEXTAUTH_SECRET must be set when DATABASE_URL is set.");
  }
  if (env.LIFELOOP_DATA_DIR === "memory://") return "lifeloop-in-memory-test-secret-0123456789";
  const dir = dataDir(env);
  const file = path.join(dir, "nextauth-secret");
  // Read once per process (every request's session cookie needs it), not from the disk each time.
  const known = secretsByFile.get(file);
  if (known !== undefined) return known;
  let secret: string;
  if (existsSync(file)) secret = readFileSync(file, "utf8").trim();
  else {
    mkdirSync(dir, { recursive: true });
    secret = randomBytes(32).toString("base64url");
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
  }
  secretsByFile.set(file, secret);
  return secret;
}
