import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";
import { MIN_PASSWORD_SCORE, passwordLengthProblem } from "@/lib/domain/password-rules";

export { accountWords } from "@/lib/domain/password-rules";

/**
 * How guessable a new password is: zxcvbn-ts (Dropbox's estimator) with its common-password list,
 * keyboard patterns and English words and names. The server runs it both for the rule that counts
 * and for the meter (ratePasswordAction), so the two never disagree and no browser has to download
 * and unpack the dictionaries (~0.8 MB gzip).
 */

/**
 * Only the first 64 characters are scored: zxcvbn's matching grows steeply with length (a
 * 160-character input took seconds here), and 64 characters that are not guessable make a strong
 * password whatever follows.
 */
const SCORED_LENGTH = 64;

let factory: ZxcvbnFactory | undefined;

// Built on first use: unpacking the dictionaries takes a moment, and importing must stay cheap.
function zxcvbn(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    maxLength: SCORED_LENGTH,
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  return factory;
}

/**
 * Builds the estimator ahead of need (it takes about a second of CPU, once per process), e.g. right
 * after serving a page with a new-password field, so that submitting the form does not wait for it.
 */
export function preparePasswordStrength(): void {
  zxcvbn();
}

export type PasswordRating = {
  /** zxcvbn's score, 0 (too guessable) to 4 (very unguessable). */
  score: number;
  /** Why the password is guessable and what would help, in a sentence or two; "" when nothing to say. */
  feedback: string;
};

/** Rates a password; `userInputs` are words of the account (see `accountWords`). */
export function ratePassword(password: string, userInputs: readonly string[] = []): PasswordRating {
  const result = zxcvbn().check(password, [...userInputs]);
  const parts = [result.feedback.warning, ...result.feedback.suggestions].filter((part): part is string => Boolean(part));
  return { score: result.score, feedback: parts.join(" ") };
}

/**
 * What is wrong with a new password, or null when it may be used: long enough, and a zxcvbn score
 * of at least 3 with the account's own words counted as known to the guesser.
 */
export function newPasswordProblem(password: string, userInputs: readonly string[] = []): string | null {
  const lengthProblem = passwordLengthProblem(password);
  if (lengthProblem) return lengthProblem;
  const rating = ratePassword(password, userInputs);
  if (rating.score >= MIN_PASSWORD_SCORE) return null;
  return `Too easy to guess.${rating.feedback ? ` ${rating.feedback}` : ""}`;
}
