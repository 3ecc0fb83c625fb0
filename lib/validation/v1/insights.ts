import { z } from "@/lib/validation/zod";

const baseRate = { fulfilled: z.number().int(), settled: z.number().int(), raw: z.number().nullable(), smoothed: z.number() };

/** The Insights page's figures (lib/server/insights/get-insights.ts). */
export const insightsSchema = z.looseObject({
  scored: z.number().int().describe("Fulfilled, rejected or timed out callbacks (cancelled ones have no outcome)."),
  stillNeeded: z.number().int().describe("How many more must be scored before calibration is shown."),
  buckets: z.array(z.looseObject({})).describe("11 calibration buckets (0, 10, …, 100 % ± 5) with counts and Wilson 95 % intervals."),
  brier: z.number().nullable().describe("Mean (p − o)² of the final forecasts, 0–1 (lower is better)."),
  priorBrier: z.number().nullable(),
  updates: z.object({ improvement: z.number(), verdict: z.string() }).nullable(),
  byKind: z.array(z.looseObject({ kind: z.string(), pending: z.number().int(), ...baseRate })),
  byArea: z.array(z.looseObject({ areaId: z.string().nullable(), name: z.string(), pending: z.number().int(), ...baseRate })),
  payoffHistogram: z.array(z.object({ bin: z.number().int(), expected: z.number(), realised: z.number() })),
  powerLaw: z.looseObject({}),
  topPayoffs: z.array(z.object({ id: z.string(), title: z.string(), value: z.number() })),
});
