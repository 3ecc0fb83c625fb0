import { z } from "@/lib/validation/zod";
import { completeReviewSchema, weekKeySchema } from "@/lib/validation/review";
import { instantSchema } from "@/lib/validation/v1/common";

export const weekParamsSchema = z.object({ week: weekKeySchema });
/** Completing a week: the reflections (the week is in the path). */
export const completeReviewApiSchema = z.object(completeReviewSchema.shape).omit({ week: true });

export const reviewSummarySchema = z.object({
  id: z.string(),
  week: z.string(),
  completedAt: instantSchema,
  started: z.number().int(),
  settled: z.number().int(),
  hitRate: z.number().nullable(),
  brier: z.number().nullable(),
  topFifthShare: z.number().nullable(),
});

/** The week's figures (lib/domain/review.ts WeekFigures); a snapshot once the review is complete. */
export const weekFiguresSchema = z.looseObject({
  version: z.number().int(),
  week: z.string(),
  timeZone: z.string(),
  start: z.string(),
  end: z.string(),
  computedAt: z.string(),
  started: z.number().int(),
  settled: z.object({ fulfilled: z.number().int(), rejected: z.number().int(), timedOut: z.number().int(), cancelled: z.number().int() }),
  hitRate: z.looseObject({}),
  brier: z.object({ week: z.number().nullable(), weekCount: z.number().int(), running: z.number().nullable(), runningCount: z.number().int() }),
  allocation: z.array(z.looseObject({})),
  effortPoints: z.number(),
  load: z.looseObject({}),
  commitments: z.looseObject({}),
  payoffs: z.looseObject({}),
});

export const weeklyReviewSchema = z.object({
  week: z.string(),
  status: z.enum(["past", "current"]).describe("current: the week is still running; past: it has ended."),
  saved: z
    .object({
      id: z.string(),
      completedAt: instantSchema,
      timeZone: z.string(),
      reflections: z.object({ stopDoing: z.string(), doubleDown: z.string(), blockOn: z.string() }),
    })
    .nullable()
    .describe("The completed review, or null while the week is open for review."),
  figures: weekFiguresSchema,
});
