import { z } from "@/lib/validation/zod";
import { COMMITMENT_CADENCES, type CommitmentCadence } from "@/lib/domain/commitments";
import { isDayKey } from "@/lib/domain/day-keys";
import { dayKeyTextSchema, idTextSchema, optionalTextSchema, textSchema } from "@/lib/validation/primitives";

/** Shared by the commitment forms, their server actions and the tick. */

const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

/** A calendar day from a `<input type="date">`: "YYYY-MM-DD". */
const dayKeySchema = (what: string) => dayKeyTextSchema({ isValid: isDayKey, invalid: `Choose ${what} (YYYY-MM-DD).`, required: `Choose ${what}.` });

const titleSchema = textSchema({ max: 200, min: 1, required: "Say what you block on." });
const whySchema = optionalTextSchema({ max: 2000, multiline: true });
const cadenceSchema = z.enum(COMMITMENT_CADENCES as [CommitmentCadence, ...CommitmentCadence[]], "Choose daily or weekly check-ins.");
const areaSchema = z.preprocess(blankToUndefined, idTextSchema("Choose one of your areas.").optional());
const requiredNote = (message: string) => textSchema({ max: 2000, min: 1, required: message, multiline: true });

export const createCommitmentSchema = z.object({
  title: titleSchema,
  why: whySchema,
  /** Blank = no area (then the focus guard is off). */
  areaId: areaSchema,
  startsOn: dayKeySchema("a start day"),
  endsOn: dayKeySchema("an end day"),
  cadence: cadenceSchema,
  /** The person saw "this takes your load to 9 of 7" and chose to go ahead (as at capture). */
  confirmOverflow: z.boolean().optional(),
});
export type CreateCommitmentInput = z.infer<typeof createCommitmentSchema>;

/** An edit sends every field of the form; the server compares with the stored row. */
export const editCommitmentSchema = z.object({
  title: titleSchema,
  why: whySchema,
  areaId: areaSchema,
  startsOn: dayKeySchema("a start day").optional(),
  endsOn: dayKeySchema("an end day"),
  cadence: cadenceSchema,
});
export type EditCommitmentInput = z.infer<typeof editCommitmentSchema>;

export const checkInSchema = z.object({
  commitmentId: idTextSchema("Choose a commitment."),
  period: dayKeySchema("the day or week"),
  kept: z.preprocess((value) => (value === "true" ? true : value === "false" ? false : value), z.boolean({ error: "Say whether you kept it." })),
  note: optionalTextSchema({ max: 2000, multiline: true }),
});
export type CheckInInput = z.infer<typeof checkInSchema>;

export const breakCommitmentSchema = z.object({
  note: requiredNote("Say what happened — an honest note is the price of breaking it."),
});
export type BreakCommitmentInput = z.infer<typeof breakCommitmentSchema>;

export const closeCommitmentSchema = z.object({
  verdict: z.enum(["KEPT", "BROKEN"], "Choose kept or broken."),
  reflection: requiredNote("Write a line of reflection: what did blocking on it teach you?"),
});
export type CloseCommitmentInput = z.infer<typeof closeCommitmentSchema>;

export const commitmentIdSchema = idTextSchema();
