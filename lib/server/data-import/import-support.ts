import { randomFillSync } from "node:crypto";

/** What an import did (or, in a dry run, would do): rows created and skipped (imported before), per section. */
export type ImportResult = { dryRun: boolean; created: Record<string, number>; skipped: Record<string, number> };

/** Thrown inside a dry run's transaction so everything it wrote is rolled back. */
export const ROLLBACK_DRY_RUN = new Error("dry run: roll back");

/** An import is one transaction, however long it takes (a large file takes seconds). */
export const IMPORT_TRANSACTION = { maxWait: 30_000, timeout: 300_000 } as const;

/**
 * New ids for imported rows, strictly increasing in the order they are asked for (a cuid-like
 * "c" + time + sequence + random, 25 characters of [0-9a-z]). Exports read rows in id order, so
 * an account built by an import exports them in the file's order.
 */
export function importIdFactory(now: Date): () => string {
  const time = now.getTime().toString(36).padStart(9, "0");
  let sequence = 0;
  return () => {
    sequence += 1;
    const random = randomBits48().toString(36).padStart(10, "0").slice(-8);
    return `c${time}${sequence.toString(36).padStart(7, "0")}${random}`;
  };
}

/**
 * 48 random bits, drawn from a pool filled 4 KB at a time (as Node pools randomUUID's): asking the
 * system for 6 bytes per id was a system call per id, two or three per capture.
 */
function randomBits48(): number {
  if (poolOffset + 6 > randomPool.length) {
    randomFillSync(randomPool);
    poolOffset = 0;
  }
  const bits = randomPool.readUIntBE(poolOffset, 6);
  poolOffset += 6;
  return bits;
}

const randomPool = Buffer.alloc(4096);
let poolOffset = randomPool.length;

/** A JSON value with every string that is an old id (a key of `ids`) replaced by its new id. */
export function remapIds(value: unknown, ids: ReadonlyMap<string, string>): unknown {
  if (typeof value === "string") return ids.get(value) ?? value;
  if (Array.isArray(value)) return value.map((item) => remapIds(item, ids));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, remapIds(item, ids)]));
  return value;
}
