import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { applyLikelihoodRatio, toOdds } from "@/lib/domain/probability";
import {
  MIN_BETS_FOR_LEARNED_LR,
  STAGE_PRESETS,
  assertStageLadder,
  funnelRowsFromBets,
  learnStageLikelihoodRatios,
  stageMoveLikelihoodRatio,
  stagePresetFor,
  type FunnelBet,
  type StageDefinition,
} from "@/lib/domain/stages";

const JOB = STAGE_PRESETS.JOB_APPLICATION;

/** `count` settled bets that stopped at `stage`, `successes` of them successes. */
function endedAt(stage: string, count: number, successes = 0): FunnelBet[] {
  return Array.from({ length: count }, (_, i) => ({ furthestStage: stage, success: i < successes }));
}

const learn = (stages: readonly StageDefinition[], bets: readonly FunnelBet[], options: { defaultPrior?: number; minBets?: number; pseudoCount?: number } = {}) =>
  learnStageLikelihoodRatios({ stages, funnel: funnelRowsFromBets(bets), defaultPrior: 0.1, ...options });

describe("presets (data)", () => {
  test("job applications: applied → screen → interview → final → offer", () => {
    expect(JOB.map((stage) => [stage.key, stage.likelihoodRatio])).toEqual([
      ["applied", 1],
      ["screen", 3],
      ["interview", 4],
      ["final", 2],
      ["offer", 8],
    ]);
  });

  test("pitches: sent → meeting → term sheet", () => {
    expect(STAGE_PRESETS.PITCH.map((stage) => [stage.key, stage.likelihoodRatio])).toEqual([
      ["sent", 1],
      ["meeting", 4],
      ["term_sheet", 10],
    ]);
  });

  test("every preset is a valid ladder; kinds without one get null", () => {
    for (const ladder of Object.values(STAGE_PRESETS)) expect(() => assertStageLadder(ladder)).not.toThrow();
    expect(stagePresetFor("JOB_APPLICATION")).toBe(JOB);
    expect(stagePresetFor("HEALTH")).toBeNull();
    expect(stagePresetFor("toString")).toBeNull();
  });

  test("from the 10 % default prior the job ladder reads 10 → 25 → 57 → 73 → 96 %", () => {
    let p = 0.1;
    const path = JOB.map((stage) => (p = applyLikelihoodRatio(p, stage.likelihoodRatio)));
    expect(path.map((value) => Math.round(value * 100))).toEqual([10, 25, 57, 73, 96]);
  });
});

describe("assertStageLadder", () => {
  const ok: StageDefinition[] = [
    { key: "a", label: "A", likelihoodRatio: 1 },
    { key: "b", label: "B", likelihoodRatio: 2 },
  ];
  test.each([
    ["no stages", []],
    ["a blank name", [{ key: "a", label: " ", likelihoodRatio: 1 }]],
    ["a duplicate key", [ok[0]!, { ...ok[1]!, key: "a" }]],
    ["a first stage with LR ≠ 1", [{ ...ok[0]!, likelihoodRatio: 2 }]],
  ])("rejects %s", (_label, stages) => {
    expect(() => assertStageLadder(stages)).toThrow(expect.objectContaining({ code: "INVALID_STAGE" }));
  });
  test.each([[0], [-1], [Number.NaN], [Number.POSITIVE_INFINITY]])("rejects a stage LR of %s", (lr) => {
    expect(() => assertStageLadder([ok[0]!, { ...ok[1]!, likelihoodRatio: lr }])).toThrow(expect.objectContaining({ code: "INVALID_LIKELIHOOD_RATIO" }));
  });
});

describe("learnStageLikelihoodRatios: a worked funnel (k = 4, d = 10 %)", () => {
  // 40 settled applications: 20 stopped at applied, 8 at screen, 6 at interview (1 yes),
  // 3 at final (1 yes), 3 got offers (3 yeses). Reached: 40/20/12/6/3; yeses 5/5/5/4/3.
  const funnel = [...endedAt("applied", 20), ...endedAt("screen", 8), ...endedAt("interview", 6, 1), ...endedAt("final", 3, 1), ...endedAt("offer", 3, 3)];
  const { stages, ignored } = learn(JOB, funnel);

  // r̃₀ = (5 + 4·0.1)/(40 + 4) = 5.4/44
  // π₁ = odds⁻¹(5.4/38.6 · 3) = 16.2/54.8;   r̃₁ = (5 + 4π₁)/24;   LR₁ = odds(r̃₁)/odds(r̃₀)
  const r0 = 5.4 / 44;
  const pi1 = 16.2 / 54.8;
  const r1 = (5 + 4 * pi1) / 24;
  const lr1 = toOdds(r1) / toOdds(r0);
  const pi2 = (toOdds(r1) * 4) / (1 + toOdds(r1) * 4);
  const r2 = (5 + 4 * pi2) / 16;
  const lr2 = toOdds(r2) / toOdds(r1);

  test.each([
    // key, reached, yeses, source, LR
    ["applied", 40, 5, "start", 1],
    ["screen", 20, 5, "learned", lr1],
    ["interview", 12, 5, "learned", lr2],
    ["final", 6, 4, "preset", 2],
    ["offer", 3, 3, "preset", 8],
  ])("%s: %i reached, %i yeses → %s LR %s", (key, reached, successes, source, lr) => {
    const stage = stages.find((candidate) => candidate.key === key)!;
    expect(stage).toMatchObject({ reached, successes, source });
    expect(stage.likelihoodRatio).toBeCloseTo(lr, 12);
  });

  test("the hand-computed values, to 4 decimals (empirical odds ratios: 2.3333 and 2.1429)", () => {
    expect(stages[0]!.smoothedRate).toBeCloseTo(0.1227, 4);
    expect(stages[1]!.likelihoodRatio).toBeCloseTo(2.4803, 4);
    expect(stages[2]!.likelihoodRatio).toBeCloseTo(2.4334, 4);
    expect(stages[1]!.observedRate).toBe(0.25);
    expect(stages[1]!.presetLikelihoodRatio).toBe(3);
    expect(ignored).toBe(0);
  });

  test("bets at stages no longer in the ladder are left out and counted", () => {
    const result = learn(JOB, [...funnel, ...endedAt("phone_screen", 3, 1)]);
    expect(result.ignored).toBe(3);
    expect(result.stages[0]!.reached).toBe(40);
  });
});

describe("learnStageLikelihoodRatios: limits", () => {
  test("no data: every LR is the preset", () => {
    const { stages } = learn(JOB, []);
    expect(stages.map((stage) => stage.source)).toEqual(["start", "preset", "preset", "preset", "preset"]);
    stages.forEach((stage, i) => expect(stage.likelihoodRatio).toBe(JOB[i]!.likelihoodRatio));
  });

  test("no data, even with no gate: the smoothing alone gives the preset", () => {
    const { stages } = learn(JOB, [], { minBets: 0 });
    expect(stages.slice(1).every((stage) => stage.source === "learned")).toBe(true);
    stages.forEach((stage, i) => expect(stage.likelihoodRatio).toBeCloseTo(JOB[i]!.likelihoodRatio, 12));
  });

  test.each([
    [MIN_BETS_FOR_LEARNED_LR - 1, "preset"],
    [MIN_BETS_FOR_LEARNED_LR, "learned"],
  ])("%i bets reached the screen → %s", (count, source) => {
    const funnel = [...endedAt("applied", 30, 1), ...endedAt("screen", count, 2)];
    const screen = learn(JOB, funnel).stages[1]!;
    expect(screen.source).toBe(source);
    if (source === "preset") expect(screen.likelihoodRatio).toBe(3);
    else expect(screen.likelihoodRatio).not.toBe(3);
  });

  test("lots of data: the empirical odds ratio (the pseudo-bets' pull shrinks like k/n)", () => {
    // Furthest stage: applied 700 (10 yes), screen 200 (20 yes), interview 100 (40 yes), × scale.
    // Reached: applied 1000 (70 yes), screen 300 (60 yes), interview 100 (40 yes).
    const empiricalScreen = toOdds(60 / 300) / toOdds(70 / 1000);
    const empiricalInterview = toOdds(40 / 100) / toOdds(60 / 300);
    const errors = [1, 100, 10_000, 1_000_000].map((scale) => {
      const funnel = [
        { furthestStage: "applied", bets: 700 * scale, successes: 10 * scale },
        { furthestStage: "screen", bets: 200 * scale, successes: 20 * scale },
        { furthestStage: "interview", bets: 100 * scale, successes: 40 * scale },
      ];
      const stages = learnStageLikelihoodRatios({ stages: JOB, funnel, defaultPrior: 0.1 }).stages;
      return Math.max(Math.abs(stages[1]!.likelihoodRatio / empiricalScreen - 1), Math.abs(stages[2]!.likelihoodRatio / empiricalInterview - 1));
    });
    for (let i = 1; i < errors.length; i += 1) expect(errors[i]!).toBeLessThan(errors[i - 1]!);
    expect(errors[0]!).toBeGreaterThan(0.01);
    expect(errors.at(-1)!).toBeLessThan(1e-6);
  });

  test("funnel rows: several rows for a stage add up; bad counts are refused", () => {
    const rows = [
      { furthestStage: "screen", bets: 6, successes: 1 },
      { furthestStage: "screen", bets: 4, successes: 1 },
    ];
    expect(learnStageLikelihoodRatios({ stages: JOB, funnel: rows, defaultPrior: 0.1 }).stages[1]).toMatchObject({ reached: 10, successes: 2, source: "learned" });
    expect(() => learnStageLikelihoodRatios({ stages: JOB, funnel: [{ furthestStage: "screen", bets: 1, successes: 2 }], defaultPrior: 0.1 })).toThrow(
      expect.objectContaining({ code: "INVALID_NUMBER" }),
    );
    expect(() => learnStageLikelihoodRatios({ stages: JOB, funnel: [{ furthestStage: "screen", bets: 1.5, successes: 0 }], defaultPrior: 0.1 })).toThrow(
      expect.objectContaining({ code: "INVALID_NUMBER" }),
    );
  });

  test.each([
    ["a default prior of 0", { defaultPrior: 0 }, "INVALID_PROBABILITY"],
    ["a default prior of 1", { defaultPrior: 1 }, "INVALID_PROBABILITY"],
    ["a pseudo-count of 0", { pseudoCount: 0 }, "INVALID_NUMBER"],
    ["a fractional gate", { minBets: 2.5 }, "INVALID_NUMBER"],
  ])("rejects %s", (_label, options, code) => {
    expect(() => learnStageLikelihoodRatios({ stages: JOB, funnel: [], defaultPrior: 0.1, ...options })).toThrow(expect.objectContaining({ code }));
  });
});

describe("stageMoveLikelihoodRatio", () => {
  test.each([
    ["applied", "screen", 3],
    ["applied", "interview", 12],
    ["screen", "final", 8],
    ["interview", "interview", 1],
    ["final", "screen", 1 / 8],
    ["applied", "offer", 192],
  ])("%s → %s: ×%s", (from, to, lr) => {
    expect(stageMoveLikelihoodRatio(JOB, from, to)).toBeCloseTo(lr, 12);
  });

  test("unknown stages are refused", () => {
    expect(() => stageMoveLikelihoodRatio(JOB, "applied", "hired")).toThrow(expect.objectContaining({ code: "INVALID_STAGE" }));
  });
});

const stageKeys = ["s0", "s1", "s2", "s3"];
const funnelBet = fc.record({ furthestStage: fc.constantFrom(...stageKeys), success: fc.boolean() });
const ladder = fc
  .array(fc.double({ min: 0.05, max: 20, noNaN: true }), { minLength: 3, maxLength: 3 })
  .map((lrs): StageDefinition[] => stageKeys.map((key, i) => ({ key, label: key.toUpperCase(), likelihoodRatio: i === 0 ? 1 : lrs[i - 1]! })));

describe("stages: properties", () => {
  test("an LR of 1 changes nothing: with presets of 1 and no data every LR is 1, and moving a bet leaves p as it was", () => {
    const ones = stageKeys.map((key) => ({ key, label: key, likelihoodRatio: 1 }));
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), fc.constantFrom(...stageKeys), fc.constantFrom(...stageKeys), (p, from, to) => {
        const { stages } = learn(ones, [], { defaultPrior: 0.3 });
        expect(stages.every((stage) => stage.likelihoodRatio === 1)).toBe(true);
        expect(applyLikelihoodRatio(p, stageMoveLikelihoodRatio(stages, from, to))).toBe(p);
      }),
    );
  });

  test("every LR is finite and positive, every smoothed rate inside (0,1), whatever the funnel", () => {
    fc.assert(
      fc.property(ladder, fc.array(funnelBet, { maxLength: 200 }), fc.double({ min: 0.01, max: 0.99, noNaN: true }), (stages, funnel, d) => {
        const learned = learn(stages, funnel, { defaultPrior: d, minBets: 0 }).stages;
        for (const stage of learned) {
          expect(Number.isFinite(stage.likelihoodRatio) && stage.likelihoodRatio > 0).toBe(true);
          expect(stage.smoothedRate).toBeGreaterThan(0);
          expect(stage.smoothedRate).toBeLessThan(1);
        }
      }),
    );
  });

  test("learned LRs chain: moving from the first stage to s multiplies the odds by odds(r̃ₛ)/odds(r̃₀)", () => {
    fc.assert(
      fc.property(ladder, fc.array(funnelBet, { maxLength: 200 }), (stages, funnel) => {
        const learned = learn(stages, funnel, { defaultPrior: 0.2, minBets: 0 }).stages;
        for (const stage of learned) {
          const ratio = toOdds(stage.smoothedRate) / toOdds(learned[0]!.smoothedRate);
          expect(stageMoveLikelihoodRatio(learned, "s0", stage.key) / ratio).toBeCloseTo(1, 9);
        }
      }),
    );
  });

  test("reaching a stage is counted for every earlier stage: reached and yeses never grow along the ladder", () => {
    fc.assert(
      fc.property(ladder, fc.array(funnelBet, { maxLength: 200 }), (stages, funnel) => {
        const learned = learn(stages, funnel, { defaultPrior: 0.2 }).stages;
        expect(learned[0]!.reached).toBe(funnel.length);
        for (let i = 1; i < learned.length; i += 1) {
          expect(learned[i]!.reached).toBeLessThanOrEqual(learned[i - 1]!.reached);
          expect(learned[i]!.successes).toBeLessThanOrEqual(learned[i - 1]!.successes);
        }
      }),
    );
  });

  test("below the gate the preset is used exactly", () => {
    fc.assert(
      fc.property(ladder, fc.array(funnelBet, { maxLength: 9 }), (stages, funnel) => {
        const learned = learn(stages, funnel, { defaultPrior: 0.2 }).stages;
        learned.slice(1).forEach((stage, i) => {
          expect(stage.source).toBe("preset");
          expect(stage.likelihoodRatio).toBe(stages[i + 1]!.likelihoodRatio);
        });
      }),
    );
  });
});
