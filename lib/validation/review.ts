import { z } from "zod";
import { isWeekKey } from "@/lib/domain/review";

/** Shared by the review pages, the complete-review form and its action. */

/** A week, named by its Monday as YYYY-MM-DD. */
export const weekKeySchema = z
  .string({ error: "Choose a week." })
  .trim()
  .refine(isWeekKey, "A week is named by its Monday, as YYYY-MM-DD.");

const reflection = (what: string) =>
  z
    .string()
    .trim()
    .max(2000, `${what} can be at most 2,000 characters.`)
    .optional()
    .transform((value) => value ?? "");

export const completeReviewSchema = z
  .object({
    week: weekKeySchema,
    stopDoing: reflection("What to stop"),
    doubleDown: reflection("What to double"),
    blockOn: reflection("What to block on"),
  })
  .refine((input) => input.stopDoing !== "" || input.doubleDown !== "" || input.blockOn !== "", {
    message: "Write at least one reflection: it is what makes the review yours.",
    path: ["stopDoing"],
  });
export type CompleteReviewInput = z.infer<typeof completeReviewSchema>;

/** Two weeks side by side (/review/compare?a=…&b=…). */
export const compareWeeksSchema = z
  .object({ a: weekKeySchema, b: weekKeySchema })
  .refine((input) => input.a !== input.b, { message: "Pick two different weeks to compare.", path: ["b"] });
