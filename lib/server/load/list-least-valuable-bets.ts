import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { shownProbabilitySql } from "@/lib/server/callbacks/shown-probability-sql";

export type LowValueBet = {
  id: string;
  title: string;
  /** shown probability now (silence decay included) */
  probability: number;
  payoff: number;
  expectedValue: number;
  /** mental load it adds */
  weight: number;
};

/**
 * The user's pending callbacks worth the least per unit of load they add (expected value ÷
 * weight, lowest first, then the heaviest): what to settle or cancel first when over capacity.
 */
export async function listLeastValuableBets(actor: Actor, now: Date, limit = 3, db = getDb()): Promise<LowValueBet[]> {
  const shown = shownProbabilitySql(now);
  const rows = await db.$queryRaw<Omit<LowValueBet, "expectedValue">[]>(Prisma.sql`
    SELECT id, title, probability, payoff, weight FROM (
      SELECT c.id, c.title, ${shown}::float8 AS probability, c.payoff::float8 AS payoff, c.weight::float8 AS weight
      FROM "Callback" c
      WHERE c."userId" = ${actor.id} AND c.state = 'PENDING'
    ) b
    ORDER BY b.probability * b.payoff / GREATEST(b.weight, 0.1) ASC, b.weight DESC, b.id
    LIMIT ${limit}`);
  return rows.map((row) => ({ ...row, expectedValue: row.probability * row.payoff }));
}
