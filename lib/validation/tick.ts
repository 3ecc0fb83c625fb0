import { z } from "@/lib/validation/zod";

/** Finishing a tick: how many items the user acted on in it (the page counts them). */
export const completeTickSchema = z.object({
  processed: z.coerce
    .number({ error: "Enter a number." })
    .int("Use a whole number.")
    .min(0, "Processed can't be negative.")
    .max(10_000, "That's more than a tick can hold.")
    .default(0),
});
export type CompleteTickInput = z.infer<typeof completeTickSchema>;
