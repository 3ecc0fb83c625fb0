import { z } from "@/lib/validation/zod";
import { passwordLengthProblem } from "@/lib/domain/password-rules";
import { isValidTimeZone } from "@/lib/domain/time";
import { canonicalZone } from "@/lib/time-zones";
import { textProblem, textSchema } from "@/lib/validation/primitives";

/** Field schemas shared by forms, actions and API routes. */
export const emailSchema = z
  .string({ error: "Enter your email address." })
  .max(1000, "That email address is too long.")
  .refine((value) => textProblem(value) === null, "Enter a valid email address, like you@example.com.")
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter a valid email address, like you@example.com."));

/**
 * A new password's length (lib/domain/password-rules.ts). How guessable it is needs the account's
 * words and a dictionary, so the server call that stores it checks that (password-strength.ts).
 */
export const newPasswordSchema = z.string({ error: "Choose a password." }).max(1000, "Use at most 1,000 characters.").superRefine((value, ctx) => {
  const problem = passwordLengthProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

export const timeZoneSchema = z
  .string({ error: "Choose a time zone." })
  .max(100, "Choose a time zone from the list (an IANA name such as Europe/Berlin).")
  .trim()
  .refine(isValidTimeZone, "Choose a time zone from the list (an IANA name such as Europe/Berlin).")
  // Stored by its current IANA name ("Asia/Kolkata", not the retired "Asia/Calcutta" engines report).
  .transform(canonicalZone);

export const nameSchema = textSchema({ max: 100 });
