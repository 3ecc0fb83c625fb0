/**
 * The password rule, in the words the forms show. Light on purpose: the sign-up and Security
 * pages import it eagerly; the strength estimate itself (password-strength.ts, with its
 * dictionaries) is loaded only when someone types a new password.
 */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;
/** zxcvbn's score runs 0–4; 3 means "safely unguessable: moderate protection from offline attacks". */
export const MIN_PASSWORD_SCORE = 3;

/** The rule, shown under every new-password field. States the rule; errors state what is wrong. */
export const PASSWORD_RULE_HINT = `At least ${MIN_PASSWORD_LENGTH} characters, and not easy to guess. A few unrelated words make a strong password you can remember.`;

export type StrengthLevel = "weak" | "fair" | "good" | "strong";

/** The meter's word for a zxcvbn score (0–4). */
export function strengthLevel(score: number): StrengthLevel {
  if (score >= 4) return "strong";
  if (score >= MIN_PASSWORD_SCORE) return "good";
  if (score === 2) return "fair";
  return "weak";
}

/** What is wrong with the length of a new password, or null when the length is fine. */
export function passwordLengthProblem(password: string): string | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) {
    return length === 0 ? "Choose a password." : `Too short: ${length} of ${MIN_PASSWORD_LENGTH} characters.`;
  }
  if (password.length > MAX_PASSWORD_LENGTH) return `Too long: use at most ${MAX_PASSWORD_LENGTH} characters.`;
  return null;
}

/** Words of the account that a password should not lean on: the email, its local part and its pieces, the name. */
export function accountWords(email: string, name = ""): string[] {
  const local = email.split("@")[0] ?? "";
  const words = [email, local, ...local.split(/[._+-]+/), name, name.replace(/\s+/g, ""), ...name.split(/\s+/)];
  return [...new Set(words.map((word) => word.trim().toLowerCase()))].filter((word) => word.length >= 3);
}
