import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { classifyDbError } from "@/lib/db-errors";
import { noteDatabaseReachable, noteDatabaseUnreachable } from "@/lib/db-health";

/**
 * Wraps a Prisma driver adapter factory so every database call reports whether the database
 * answered (lib/db-health.ts): a call that fails because the database can't be reached marks it
 * unreachable, any answer marks it reachable again. Errors and results pass through unchanged.
 * It sits at the adapter because that is the one place every query of every page, action, route
 * and the scheduler passes through.
 */
export function watchAdapterFactory<F extends SqlDriverAdapterFactory>(factory: F): F {
  return watch(factory, new Set(["connect", "connectToShadowDb"]));
}

/** Methods whose result is itself a connection or transaction to watch. */
const RETURNS_CONNECTION = new Set(["startTransaction"]);

function isThenable(value: unknown): value is Promise<unknown> {
  return typeof value === "object" && value !== null && typeof (value as { then?: unknown }).then === "function";
}

/**
 * The same report for a query that does not go through Prisma (lib/server/query-prepared.ts): an
 * answer marks the database reachable, a "can't reach it" failure unreachable. Passes through.
 */
export async function watchQuery<T>(query: Promise<T>): Promise<T> {
  try {
    const result = await query;
    noteDatabaseReachable();
    return result;
  } catch (error) {
    observe(error);
    throw error;
  }
}

function observe(error: unknown): void {
  // Only "can't reach it" counts; a refused value or a constraint means the database answered.
  if (classifyDbError(error) === "unavailable") noteDatabaseUnreachable();
  else noteDatabaseReachable();
}

function watch<T extends object>(target: T, wrapResultOf: ReadonlySet<string>): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value: unknown = Reflect.get(object, property, receiver);
      if (typeof value !== "function" || typeof property !== "string") return value;
      return (...args: unknown[]) => {
        const result: unknown = (value as (...a: unknown[]) => unknown).apply(object, args);
        if (!isThenable(result)) return result;
        return result.then(
          (resolved) => {
            noteDatabaseReachable();
            if (typeof resolved === "object" && resolved !== null) {
              if (wrapResultOf.has(property)) return watch(resolved, RETURNS_CONNECTION);
              if (RETURNS_CONNECTION.has(property)) return watch(resolved, new Set());
            }
            return resolved;
          },
          (error: unknown) => {
            observe(error);
            throw error;
          },
        );
      };
    },
  });
}
