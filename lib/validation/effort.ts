import { z } from "@/lib/validation/zod";
import { isDayKey } from "@/lib/domain/day-keys";
import { EFFORT_MINUTES_MAX, EFFORT_NOTE_MAX, EFFORT_POINTS_MAX } from "@/lib/validation/limits";
import { dayKeyTextSchema, idTextSchema, optionalTextSchema } from "@/lib/validation/primitives";

/** Shared by the effort dialog, the portfolio and callback actions, and the API. */

// The limits live in limits.ts (no imports), so the effort dialog reads them without pulling zod
// into every signed-in page's JavaScript.
export { EFFORT_MINUTES_MAX, EFFORT_NOTE_MAX, EFFORT_POINTS_MAX } from "@/lib/validation/limits";

const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

const pointsSchema = z.coerce
  .number({ error: "Enter the energy points, e.g. 2." })
  .refine(Number.isFinite, "Enter the energy points, e.g. 2.")
  .gt(0, "Log more than 0 points.")
  .max(EFFORT_POINTS_MAX, `One entry holds at most ${EFFORT_POINTS_MAX} points; split a bigger effort over its days.`);

const minutesSchema = z.preprocess(
  blankToUndefined,
  z.coerce
    .number({ error: "Enter whole minutes, or leave it blank." })
    .int("Enter whole minutes, or leave it blank.")
    .min(1, `Minutes are 1–${EFFORT_MINUTES_MAX}, or blank.`)
    .max(EFFORT_MINUTES_MAX, `Minutes are 1–${EFFORT_MINUTES_MAX} (one day), or blank.`)
    .optional(),
);

/** The calendar day the effort was spent, in the user's zone; blank means today. */
const daySchema = z.preprocess(
  blankToUndefined,
  dayKeyTextSchema({ isValid: isDayKey, invalid: "Pick a day." }).optional(),
);

const effortFields = {
  areaId: idTextSchema("Choose an area."),
  callbackId: z.preprocess(blankToUndefined, idTextSchema("That callback was not found.").optional()),
  points: pointsSchema,
  minutes: minutesSchema,
  note: z.preprocess((value) => (value === null ? undefined : value), optionalTextSchema({ max: EFFORT_NOTE_MAX, multiline: true, tooLong: `A note can be at most ${EFFORT_NOTE_MAX} characters.` })),
  day: daySchema,
};

export const logEffortSchema = z.object(effortFields);
export type LogEffortInput = z.infer<typeof logEffortSchema>;

/** Editing an entry: area, points, minutes, note and day; the callback it is tied to stays as logged. */
export const editEffortSchema = z.object(effortFields).omit({ callbackId: true }).extend({ id: idTextSchema() });
export type EditEffortInput = z.infer<typeof editEffortSchema>;

export const deleteEffortSchema = z.object({ id: idTextSchema() });

