import { getDb } from "@/lib/db";
import { type FunnelRow, type LearnedStage, type StageDefinition, assertStageLadder, learnStageLikelihoodRatios, stagePresetFor } from "@/lib/domain/stages";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { UserKind } from "@/lib/server/kinds/list-kinds";

/** The preset ladder of a kind: the job ladder for job applications, the pitch ladder for any kind whose key names a pitch. */
export function presetLadderFor(kindKey: string): readonly StageDefinition[] | null {
  return stagePresetFor(kindKey) ?? (/(^|_)PITCH(_|$)/.test(kindKey) ? stagePresetFor("PITCH") : null);
}

/** A saved ladder read back; null when it doesn't hold together (then the preset applies). */
export function parseLadder(value: unknown): StageDefinition[] | null {
  if (!Array.isArray(value)) return null;
  const stages = value.map((entry) => ({
    key: String((entry as { key?: unknown }).key ?? ""),
    label: String((entry as { label?: unknown }).label ?? ""),
    likelihoodRatio: Number((entry as { likelihoodRatio?: unknown }).likelihoodRatio),
  }));
  try {
    assertStageLadder(stages);
    return stages;
  } catch {
    return null;
  }
}

export type KindLadder = {
  kindKey: string;
  /** the ladder as the user set it (or the preset), with preset LRs */
  definition: StageDefinition[];
  /** each stage with the LR a move to it uses: learned from ≥ 10 settled bets that reached it, else the preset */
  stages: LearnedStage[];
  isPreset: boolean;
};

/** Where a kind's callbacks are, for the funnel and the board. */
export function kindWhere(userId: string, kind: Pick<UserKind, "id" | "storedKind">): Prisma.CallbackWhereInput {
  return kind.id ? { userId, customKindId: kind.id } : { userId, kind: kind.storedKind, customKindId: null };
}

/**
 * The stage ladder of `kind` with learned likelihood ratios, or null when the kind has no stages
 * (no saved ladder and no preset). The funnel is the kind's settled bets (fulfilled, rejected or
 * timed out) grouped by the furthest stage they reached (a bet never moved counts at the first).
 */
export async function getStageLadder(userId: string, kind: UserKind): Promise<KindLadder | null> {
  const db = getDb();
  const saved = await db.stageLadder.findUnique({ where: { userId_kindKey: { userId, kindKey: kind.key } } });
  const preset = presetLadderFor(kind.key);
  const definition = (saved ? parseLadder(saved.stages) : null) ?? (preset ? [...preset] : null);
  if (!definition) return null;
  const rows = await db.callback.groupBy({
    by: ["stage", "state"],
    where: { ...kindWhere(userId, kind), state: { in: ["FULFILLED", "REJECTED", "TIMED_OUT"] } },
    _count: { _all: true },
  });
  const funnel: FunnelRow[] = rows.map((row) => ({
    furthestStage: row.stage ?? definition[0]!.key,
    bets: row._count._all,
    successes: row.state === "FULFILLED" ? row._count._all : 0,
  }));
  const { stages } = learnStageLikelihoodRatios({ stages: definition, funnel, defaultPrior: Math.min(0.99, Math.max(0.01, kind.defaultPrior)) });
  return { kindKey: kind.key, definition, stages, isPreset: !saved };
}
