import { z } from "@/lib/validation/zod";

export const loadSchema = z.object({
  load: z.number().describe("Sum of the weights of pending callbacks + 3 per active commitment."),
  capacity: z.number().int(),
  level: z.enum(["ok", "strained", "overflow"]).describe("ok < 80 % of capacity ≤ strained ≤ 100 % < overflow"),
  projection: z
    .object({
      lambdaPerDay: z.number().describe("New callbacks per day over the last 28 days."),
      meanDaysToSettle: z.number().describe("Mean days from start to settlement over the last 90 days."),
      projectedOpen: z.number().describe("Little's law: L = λ·W, the open threads you will carry at this pace."),
    })
    .nullable(),
  projectionText: z.string().nullable(),
});
