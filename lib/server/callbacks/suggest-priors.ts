import { getDb } from "@/lib/db";
import { type PriorSuggestion, suggestPriorFromCounts } from "@/lib/domain/base-rate";
import { CALLBACK_KINDS, type CallbackKind } from "@/lib/domain/kind-defaults";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The prior to suggest for a new callback of each kind: the user's own base rate shrunk toward
 * the kind's default prior (k = 4, see shrunkBaseRate) once any of that kind settled, else the default. One grouped query, in SQL
 * with the states written as literals: Prisma's groupBy binds each enum value as a parameter cast
 * to the enum type, which Postgres can't fold, so it re-casts it for every row scanned (about 2×
 * slower on a user with 10,000 callbacks; see scripts/bench.ts).
 */
export async function suggestPriors(
  userId: string,
  defaultPriors: Record<CallbackKind, { defaultPrior: number }>,
): Promise<Record<CallbackKind, PriorSuggestion>> {
  const rows = await getDb().$queryRaw<{ kind: CallbackKind; fulfilled: number; settled: number }[]>(Prisma.sql`
    SELECT kind::text AS kind, COUNT(*) FILTER (WHERE state = 'FULFILLED')::int AS fulfilled, COUNT(*)::int AS settled
    FROM "Callback"
    WHERE "userId" = ${userId} AND state IN ('FULFILLED', 'REJECTED', 'TIMED_OUT')
    GROUP BY kind`);
  const counts = new Map(rows.map((row) => [row.kind, { fulfilled: row.fulfilled, settled: row.settled }]));
  const entries = CALLBACK_KINDS.map((kind) => {
    const count = counts.get(kind) ?? { fulfilled: 0, settled: 0 };
    return [kind, suggestPriorFromCounts({ ...count, defaultPrior: defaultPriors[kind].defaultPrior })] as const;
  });
  return Object.fromEntries(entries) as Record<CallbackKind, PriorSuggestion>;
}
