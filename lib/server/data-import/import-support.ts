import { randomBytes } from "node:crypto";

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
    const random = BigInt(`0x${randomBytes(6).toString("hex")}`).toString(36).padStart(10, "0").slice(-8);
    return `c${time}${sequence.toString(36).padStart(7, "0")}${random}`;
  };
}

/** A JSON value with every string that is an old id (a key of `ids`) replaced by its new id. */
export function remapIds(value: unknown, ids: ReadonlyMap<string, string>): unknown {
  if (typeof value === "string") return ids.get(value) ?? value;
  if (Array.isArray(value)) return value.map((item) => remapIds(item, ids));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, remapIds(item, ids)]));
  return value;
}
