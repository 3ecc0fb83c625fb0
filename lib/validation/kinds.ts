import { z } from "@/lib/validation/zod";
import { PAYOFF_MAX, PAYOFF_MIN } from "@/lib/domain/kind-defaults";
import { PRIOR_MAX, PRIOR_MIN } from "@/lib/domain/probability";
import { idTextSchema, textSchema } from "@/lib/validation/primitives";

/** A kind of the user's own: the Settings → Kinds form and POST/PATCH /api/v1/kinds. */

const days = (what: string) =>
  z.coerce
    .number({ error: `${what}: enter a number of days.` })
    .refine((value) => Number.isFinite(value) && value > 0, `${what} must be more than 0 days.`)
    .refine((value) => value <= 3650, `${what} is at most 3650 days.`);

const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

export const kindNameSchema = textSchema({ min: 1, max: 60, required: "Give the kind a name.", tooLong: "Use at most 60 characters." });

/** A kind's stages as the form writes them ("Applied, Screen ×3, Interview ×4"). */
export const stageLadderTextSchema = textSchema({ max: 2000, tooLong: "Use at most 2000 characters for the stages." });

export const kindFields = {
  name: kindNameSchema,
  /** Median reply time, days > 0: the default expected reply and the silence decay until your own curve takes over. */
  expectedReplyDays: days("Expected reply"),
  /** Days from the start to the timeout, ≥ expectedReplyDays. */
  timeoutDays: days("Timeout"),
  /** Follow-up days counted from the start: positive, increasing, before the timeout. */
  followUpDays: z.array(z.coerce.number({ error: "Follow-ups are numbers of days." })).max(10, "At most 10 follow-ups.").optional(),
  /** Probability in [0.01, 0.99] a new bet of this kind starts at before any history (default 0.3). */
  defaultPrior: z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: "Enter a probability." }).min(PRIOR_MIN, `The prior is ${PRIOR_MIN}–${PRIOR_MAX}.`).max(PRIOR_MAX, `The prior is ${PRIOR_MIN}–${PRIOR_MAX}.`).optional(),
  ),
  /** Value if it succeeds, 1–10 (default 5). */
  defaultPayoff: z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: "Enter a number." }).min(PAYOFF_MIN, `Payoff is ${PAYOFF_MIN}–${PAYOFF_MAX}.`).max(PAYOFF_MAX, `Payoff is ${PAYOFF_MIN}–${PAYOFF_MAX}.`).optional(),
  ),
  /** Energy points a new bet of this kind still needs by default, 0–1000. */
  defaultEnergyNeeded: z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: "Enter a number." }).min(0, "Energy can't be negative.").max(1000, "Energy is at most 1000 points.").optional(),
  ),
  /** The area a new bet of this kind goes to unless you pick another; null: none. */
  defaultAreaId: z.preprocess((value) => (value === "" ? null : value), idTextSchema("That area was not found.").nullable().optional()),
};

export const createKindSchema = z.object(kindFields).strict();
export type CreateKindInput = z.infer<typeof createKindSchema>;

/** PATCH: any of the fields; `archived: true` archives (its bets keep it), false brings it back. */
export const updateKindSchema = z
  .object({ ...kindFields, archived: z.boolean() })
  .partial()
  .strict()
  .refine((input) => Object.values(input).some((value) => value !== undefined), { message: "Send at least one field to change.", path: ["form"] });
export type UpdateKindInput = z.infer<typeof updateKindSchema>;
