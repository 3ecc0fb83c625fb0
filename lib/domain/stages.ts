/**
 * Stages of a multi-step bet (applied → screen → interview → final → offer) and the likelihood
 * ratio of reaching each one, learned from the user's own funnel. Moving a bet to a stage is
 * evidence: posterior odds = prior odds × LR (probability.ts).
 *
 * The LR of stage s is odds(success | reached s) ÷ odds(success | reached s − 1). From a funnel
 * (each settled bet: the furthest stage it reached, and whether it succeeded), nₛ bets reached s
 * and yₛ of them succeeded. The raw rate yₛ/nₛ is 0 or 1 in small samples (an infinite LR), so
 * each stage's rate is smoothed with a Beta prior of `pseudoCount` (k) pseudo-bets whose mean is
 * the rate the PRESET implies there:
 *
 *   r̃₀ = (y₀ + k·d)/(n₀ + k)                    d: the kind's default prior (DESIGN's p₀ shrinks to it)
 *   πₛ = odds⁻¹(odds(r̃ₛ₋₁) · presetLRₛ)          the rate stage s would have if the preset were right
 *   r̃ₛ = (yₛ + k·πₛ)/(nₛ + k)
 *   LRₛ = odds(r̃ₛ)/odds(r̃ₛ₋₁)
 *
 * Limits: with no bets at s, r̃ₛ = πₛ and LRₛ = presetLRₛ exactly; as the counts grow the
 * pseudo-bets weigh less and LRₛ tends to the empirical odds ratio. Below MIN_BETS_FOR_LEARNED_LR
 * bets at a stage its LR is the preset (source "preset"), whatever the smoothing would say.
 * Every smoothed rate stays strictly inside (0,1), so every LR is finite and positive.
 */
import { DomainError, assertFinite } from "./errors";
import { assertLikelihoodRatio, fromOdds, toOdds } from "./probability";

/** Bets that must have reached a stage before its LR is learned rather than preset. */
export const MIN_BETS_FOR_LEARNED_LR = 10;

/** k: pseudo-bets of the Beta prior toward the preset (DESIGN's base-rate shrinkage uses 4 too). */
export const STAGE_PSEUDO_COUNT = 4;

/** One stage of a kind, in order. `likelihoodRatio`: the preset LR of reaching it from the one before (1 for the first). */
export type StageDefinition = { key: string; label: string; likelihoodRatio: number };

// Choices where DESIGN.md is silent: the job ladder reuses the evidence presets (a screen is a
// reply with interest ×3, an interview ×4, the final round a passed round ×2); an offer is nearly
// the yes itself (×8: from the default 10 % prior the ladder reads 10 → 25 → 57 → 73 → 96 %).
// Pitches: a meeting ×4 (like an interview); a term sheet is most of the way to a yes (×10: from
// a 5 % cold-pitch prior, 5 → 17 → 68 %).
/** Preset ladders, by kind key. Data: a kind without one has no stages until the user adds some. */
export const STAGE_PRESETS: Readonly<Record<"JOB_APPLICATION" | "PITCH", readonly StageDefinition[]>> = {
  JOB_APPLICATION: [
    { key: "applied", label: "Applied", likelihoodRatio: 1 },
    { key: "screen", label: "Screen", likelihoodRatio: 3 },
    { key: "interview", label: "Interview", likelihoodRatio: 4 },
    { key: "final", label: "Final round", likelihoodRatio: 2 },
    { key: "offer", label: "Offer", likelihoodRatio: 8 },
  ],
  PITCH: [
    { key: "sent", label: "Sent", likelihoodRatio: 1 },
    { key: "meeting", label: "Meeting", likelihoodRatio: 4 },
    { key: "term_sheet", label: "Term sheet", likelihoodRatio: 10 },
  ],
};

/** The preset ladder of `kind`, or null when it has none. */
export function stagePresetFor(kind: string): readonly StageDefinition[] | null {
  return Object.hasOwn(STAGE_PRESETS, kind) ? STAGE_PRESETS[kind as keyof typeof STAGE_PRESETS] : null;
}

/**
 * Throws INVALID_STAGE unless `stages` is a usable ladder: at least one stage, keys and labels
 * non-blank, keys unique, the first LR exactly 1 and every other LR finite and > 0.
 */
export function assertStageLadder(stages: readonly StageDefinition[]): void {
  if (stages.length === 0) throw new DomainError("INVALID_STAGE", "A kind with stages needs at least one stage.");
  const keys = new Set<string>();
  stages.forEach((stage, index) => {
    if (stage.key.trim() === "" || stage.label.trim() === "") throw new DomainError("INVALID_STAGE", "Every stage needs a name.");
    if (keys.has(stage.key)) throw new DomainError("INVALID_STAGE", `Two stages share the key "${stage.key}".`);
    keys.add(stage.key);
    if (index === 0 && stage.likelihoodRatio !== 1) throw new DomainError("INVALID_STAGE", "The first stage is where every bet starts: its ratio is 1.");
    assertLikelihoodRatio(stage.likelihoodRatio);
  });
}

/** A settled bet of the kind: the furthest stage (key) it reached and whether it succeeded. */
export type FunnelBet = { furthestStage: string; success: boolean };

/**
 * The funnel aggregated (what SQL's GROUP BY furthest stage gives): of the settled bets whose
 * furthest stage was `furthestStage`, how many (`bets`) and how many succeeded (`successes`);
 * whole numbers with 0 ≤ successes ≤ bets. Several rows for one stage add up.
 */
export type FunnelRow = { furthestStage: string; bets: number; successes: number };

/** Funnel rows from individual bets (one row per stage that has any). */
export function funnelRowsFromBets(bets: readonly FunnelBet[]): FunnelRow[] {
  const rows = new Map<string, FunnelRow>();
  for (const bet of bets) {
    const row = rows.get(bet.furthestStage) ?? { furthestStage: bet.furthestStage, bets: 0, successes: 0 };
    row.bets += 1;
    if (bet.success) row.successes += 1;
    rows.set(bet.furthestStage, row);
  }
  return [...rows.values()];
}

export type LearnedStage = StageDefinition & {
  /** the preset LR (StageDefinition.likelihoodRatio is the one to use) */
  presetLikelihoodRatio: number;
  /** "start": the first stage (LR 1); "learned": from the funnel; "preset": too few bets yet */
  source: "start" | "learned" | "preset";
  /** settled bets that reached this stage or a later one */
  reached: number;
  /** of those, how many succeeded */
  successes: number;
  /** successes / reached in [0,1]; null when none reached it */
  observedRate: number | null;
  /** r̃: the smoothed P(success | reached), in (0,1) */
  smoothedRate: number;
};

/**
 * Each stage of `stages` with the LR to use when a bet reaches it (see the module comment), from
 * `funnel` (settled bets of the kind, aggregated per furthest stage; `funnelRowsFromBets` makes
 * them from a list) and `defaultPrior` (the kind's default prior, in (0,1)). Rows whose stage is
 * not in the ladder (renamed or removed since) are left out; their bets are counted in `ignored`.
 * `minBets` (default 10) and `pseudoCount` (default 4, > 0) can be changed for tests and tuning.
 */
export function learnStageLikelihoodRatios(input: {
  stages: readonly StageDefinition[];
  funnel: readonly FunnelRow[];
  defaultPrior: number;
  minBets?: number;
  pseudoCount?: number;
}): { stages: LearnedStage[]; ignored: number } {
  const { stages, funnel, defaultPrior } = input;
  const minBets = input.minBets ?? MIN_BETS_FOR_LEARNED_LR;
  const k = input.pseudoCount ?? STAGE_PSEUDO_COUNT;
  assertStageLadder(stages);
  assertFinite(defaultPrior, "The default prior");
  if (defaultPrior <= 0 || defaultPrior >= 1) throw new DomainError("INVALID_PROBABILITY", "The default prior must be between 0% and 100%, exclusive.");
  if (!Number.isFinite(k) || k <= 0) throw new DomainError("INVALID_NUMBER", "The pseudo-count must be more than 0.");
  if (!Number.isInteger(minBets) || minBets < 0) throw new DomainError("INVALID_NUMBER", "The minimum number of bets must be a whole number.");

  const indexOf = new Map(stages.map((stage, index) => [stage.key, index]));
  // Bets whose furthest stage is exactly i; "reached i" = furthest ≥ i (suffix sums below).
  const endedAt = stages.map(() => ({ bets: 0, successes: 0 }));
  let ignored = 0;
  for (const row of funnel) {
    if (!Number.isInteger(row.bets) || !Number.isInteger(row.successes) || row.successes < 0 || row.successes > row.bets) {
      throw new DomainError("INVALID_NUMBER", "Funnel counts must be whole numbers with successes ≤ bets.");
    }
    const index = indexOf.get(row.furthestStage);
    if (index === undefined) {
      ignored += row.bets;
      continue;
    }
    endedAt[index]!.bets += row.bets;
    endedAt[index]!.successes += row.successes;
  }
  const reached = stages.map(() => 0);
  const successes = stages.map(() => 0);
  for (let i = stages.length - 1, bets = 0, yes = 0; i >= 0; i -= 1) {
    bets += endedAt[i]!.bets;
    yes += endedAt[i]!.successes;
    reached[i] = bets;
    successes[i] = yes;
  }

  const learned: LearnedStage[] = [];
  let previousRate = defaultPrior;
  stages.forEach((stage, index) => {
    const n = reached[index]!;
    const y = successes[index]!;
    // The prior mean: the kind's default for the first stage, else what the preset implies.
    const priorMean = index === 0 ? defaultPrior : fromOdds(toOdds(previousRate) * stage.likelihoodRatio);
    const smoothedRate = (y + k * priorMean) / (n + k);
    const observedRate = n > 0 ? y / n : null;
    let likelihoodRatio = 1;
    let source: LearnedStage["source"] = "start";
    if (index > 0) {
      const isLearned = n >= minBets;
      source = isLearned ? "learned" : "preset";
      likelihoodRatio = isLearned ? toOdds(smoothedRate) / toOdds(previousRate) : stage.likelihoodRatio;
    }
    learned.push({ ...stage, presetLikelihoodRatio: stage.likelihoodRatio, likelihoodRatio, source, reached: n, successes: y, observedRate, smoothedRate });
    previousRate = smoothedRate;
  });
  return { stages: learned, ignored };
}

/**
 * The LR of moving a bet from stage `fromKey` to stage `toKey` of `stages` (a ladder, or its
 * learned version): the product of the LRs of the stages passed (skipping a stage applies its LR
 * too), its inverse when moving back (undoing a move), 1 when staying. Throws INVALID_STAGE for a
 * key not in the ladder.
 */
export function stageMoveLikelihoodRatio(stages: readonly Pick<StageDefinition, "key" | "likelihoodRatio">[], fromKey: string, toKey: string): number {
  const from = stages.findIndex((stage) => stage.key === fromKey);
  const to = stages.findIndex((stage) => stage.key === toKey);
  if (from < 0 || to < 0) throw new DomainError("INVALID_STAGE", "That stage is not one of this kind's stages.");
  let product = 1;
  for (let i = Math.min(from, to) + 1; i <= Math.max(from, to); i += 1) product *= stages[i]!.likelihoodRatio;
  return to >= from ? product : 1 / product;
}
