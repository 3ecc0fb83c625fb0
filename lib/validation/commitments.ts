import { z } from "zod";
import { COMMITMENT_CADENCES, type CommitmentCadence } from "@/lib/domain/commitments";
import { isDayKey } from "@/lib/domain/day-keys";

/** Shared by the commitment forms, their server actions and the tick. */

const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

/** A calendar day from a `<input type="date">`: "YYYY-MM-DD". */
const dayKeySchema = (what: string) =>
  z.string({ error: `Choose ${what}.` }).trim().min(1, `Choose ${what}.`).refine(isDayKey, `Choose ${what} (YYYY-MM-DD).`);

const titleSchema = z.string({ error: "Say what you block on." }).trim().min(1, "Say what you block on.").max(200, "Use at most 200 characters.");
const whySchema = z.string().trim().max(2000, "Use at most 2000 characters.").optional();
const cadenceSchema = z.enum(COMMITMENT_CADENCES as [CommitmentCadence, ...CommitmentCadence[]], "Choose daily or weekly check-ins.");
const areaSchema = z.preprocess(blankToUndefined, z.string().max(64).optional());
const requiredNote = (message: string) => z.string({ error: message }).trim().min(1, message).max(2000, "Use at most 2000 characters.");

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
  commitmentId: z.string().trim().min(1, "Choose a commitment.").max(64),
  period: dayKeySchema("the day or week"),
  kept: z.preprocess((value) => (value === "true" ? true : value === "false" ? false : value), z.boolean({ error: "Say whether you kept it." })),
  note: z.string().trim().max(2000, "Use at most 2000 characters.").optional(),
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

export const commitmentIdSchema = z.string().trim().min(1).max(64);
