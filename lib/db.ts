import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { pgliteDir, readEnv } from "@/lib/env";

/**
 * The one database client of this process. With DATABASE_URL it talks to a Postgres server
 * (node-postgres pool); without it, to the embedded PGlite database in the data folder. Opened
 * lazily on first use and cached on globalThis, so `next build` never opens it and dev reloads
 * reuse it. Importing this module opens nothing.
 */
export type Db = PrismaClient;
/** A transaction client, as passed to `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

type DbState = {
  prisma: PrismaClient;
  kind: "pglite" | "postgres";
  /** Resolves to the PGlite instance once open (pglite mode only). */
  pglite?: Promise<PGlite>;
};

const globalForDb = globalThis as typeof globalThis & { __lifeloopDb?: DbState };

async function openPglite(dir: string): Promise<PGlite> {
  if (dir === "memory://") return PGlite.create();
  mkdirSync(dir, { recursive: true });
  return PGlite.create(dir);
}

function createState(): DbState {
  const env = readEnv();
  if (env.DATABASE_URL) {
    const adapter = new PrismaPg({ connectionString: env.DATABASE_URL, max: 10 });
    return { prisma: new PrismaClient({ adapter }), kind: "postgres" };
  }
  // PGlite opens asynchronously but Prisma wants its adapter up front, so the adapter factory
  // waits for the open inside connect().
  const pglite = openPglite(pgliteDir(env));
  const adapter = {
    provider: "postgres" as const,
    adapterName: "pglite",
    connect: async () => new PrismaPGlite(await pglite).connect(),
    connectToShadowDb: async () => new PrismaPGlite(await pglite).connectToShadowDb(),
  };
  return { prisma: new PrismaClient({ adapter }), kind: "pglite", pglite };
}

function state(): DbState {
  globalForDb.__lifeloopDb ??= createState();
  return globalForDb.__lifeloopDb;
}

/** The Prisma client for this process (opened on first call). */
export function getDb(): Db {
  return state().prisma;
}

/** Which database this process uses, with the PGlite instance in embedded mode. */
export async function getDbInfo(): Promise<{ kind: "pglite" | "postgres"; pglite?: PGlite }> {
  const s = state();
  return { kind: s.kind, pglite: s.pglite ? await s.pglite : undefined };
}

/** Closes the client (and PGlite), e.g. at the end of a script or a test file. */
export async function closeDb(): Promise<void> {
  const s = globalForDb.__lifeloopDb;
  if (!s) return;
  globalForDb.__lifeloopDb = undefined;
  await s.prisma.$disconnect();
  if (s.pglite) await (await s.pglite).close();
}
