import { z } from "@/lib/validation/zod";

export const calendarFeedSchema = z.object({
  url: z
    .string()
    .nullable()
    .describe(
      "The feed's absolute URL (`…/api/calendar/<token>.ics`), shown only in this answer: Lifeloop stores only a hash of the token. " +
        "A retry with the same Idempotency-Key gets null here.",
    ),
});
