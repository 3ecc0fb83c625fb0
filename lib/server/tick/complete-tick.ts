import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/server/actor";
import { type TickSummary, getTickSummary } from "@/lib/server/tick/get-tick-summary";
import type { CompleteTickInput } from "@/lib/validation/tick";

export type CompletedTick = {
  tick: { id: string; completedAt: Date; processed: number };
  /** What changed from the previous tick (or joining) up to this one. */
  summary: TickSummary;
};

/**
 * Records that the user went through their tick at `now`, having acted on `processed` items
 * (whole number ≥ 0). Returns the new tick with what changed since the one before, which is what
 * the "loop clear" screen shows right after.
 */
export async function completeTick(actor: Actor, input: CompleteTickInput, now: Date): Promise<CompletedTick> {
  const summary = await getTickSummary(actor, now);
  const tick = await getDb().tick.create({
    data: { userId: actor.id, completedAt: now, processed: input.processed },
    select: { id: true, completedAt: true, processed: true },
  });
  return { tick, summary };
}
