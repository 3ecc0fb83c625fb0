import { z } from "@/lib/validation/zod";
import { isWeekKey } from "@/lib/domain/review";
import { dayKeyTextSchema, optionalTextSchema } from "@/lib/validation/primitives";

/** Shared by the review pages, the complete-review form and its action. */

/** A week, named by its Monday as YYYY-MM-DD. */
export const weekKeySchema = dayKeyTextSchema({ isValid: isWeekKey, invalid: "A week is named by its Monday, as YYYY-MM-DD.", required: "Choose a week." });

const reflection = (what: string) =>
  optionalTextSchema({ max: 2000, multiline: true, tooLong: `${what} can be at most 2,000 characters.` })
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
