import { z } from "@/lib/validation/zod";

/**
 * The one place every text and date that arrives from outside is checked (forms, server actions,
 * API bodies, path parameters, query strings, cursors). What it guarantees, so nothing a person
 * or a script can type reaches the database as an error:
 *
 * - Text is Unicode NFC-normalised; Windows line ends (CR LF, lone CR) become LF.
 * - Control characters other than tab and newline (U+0000–U+001F, U+007F–U+009F) are refused
 *   with a field message naming the character, and so is a broken UTF-16 string (a lone
 *   surrogate): Postgres can't store a NUL byte, and the rest are invisible in the app. Search
 *   text is the exception: there they are stripped (a search is never refused for them).
 * - Every text has a maximum length, counted after normalising and trimming.
 * - Instants lie between 1970-01-01 and 2200-12-31 (UTC); days and weeks in the same window.
 *   Outside it JavaScript or Postgres can't hold or print the value ("+275760-09-13", year 10000).
 */

/** Earliest instant accepted anywhere: 1970-01-01T00:00:00Z. */
export const MIN_INSTANT = new Date(Date.UTC(1970, 0, 1));
/** Latest instant accepted anywhere: the last millisecond of 2200 (UTC). */
export const MAX_INSTANT = new Date(Date.UTC(2201, 0, 1) - 1);
export const MIN_DAY_KEY = "1970-01-01";
export const MAX_DAY_KEY = "2200-12-31";
export const DATE_WINDOW_MESSAGE = "Use a date between 1970 and 2200.";

const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const CONTROL_CHARACTERS_GLOBAL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const LINE_BREAKS = /\r\n?|[\u000A\u2028\u2029]/g;

/** A lone UTF-16 surrogate: half of a character, which no encoding can store. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, "g");

/** True when `value` has no lone surrogate (String.prototype.isWellFormed, for older targets). */
export function isWellFormedText(value: string): boolean {
  return !LONE_SURROGATE.test(value);
}

/** `value` with each lone surrogate replaced by U+FFFD (String.prototype.toWellFormed). */
export function toWellFormedText(value: string): string {
  return value.replace(LONE_SURROGATES, "\uFFFD");
}

function codePointName(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** NFC, LF line ends; lone surrogates made visible (U+FFFD) only for the check below. */
export function normalizeText(value: string): string {
  const wellFormed = toWellFormedText(value);
  return wellFormed.normalize("NFC").replace(/\r\n?/g, "\n");
}

/** Why `value` can't be stored as text, or null when it can. */
export function textProblem(value: string): string | null {
  if (!isWellFormedText(value)) return "This text contains a broken character (a lone UTF-16 surrogate). Retype or paste it again.";
  const control = CONTROL_CHARACTERS.exec(value.replace(/\r\n?/g, "\n"));
  if (control) return `Remove the invisible control character (${codePointName(control[0])}) from this text.`;
  return null;
}

export type TextOptions = {
  /** Longest value, in characters, after trimming. */
  max: number;
  /** Shortest value after trimming (default 0); a value below it gets `required` as its message. */
  min?: number;
  /** The message for a missing or too short value. */
  required?: string;
  /** The message for a too long value (default "Use at most N characters."). */
  tooLong?: string;
  /** Newlines allowed (notes, reflections); single-line fields turn them into spaces. */
  multiline?: boolean;
};

/**
 * A text field: a string, checked (no control characters but tab/newline, no broken characters),
 * NFC-normalised, trimmed and bounded. Single-line fields fold newlines into spaces (a pasted line
 * break in a title is not worth refusing).
 */
export function textSchema(options: TextOptions) {
  const { max, min = 0 } = options;
  const required = options.required ?? (min > 0 ? "Fill this in." : undefined);
  return z
    .string({ error: required ?? "Enter text." })
    .superRefine((value, ctx) => {
      const problem = textProblem(value);
      if (problem) ctx.addIssue({ code: "custom", message: problem, continue: false });
    })
    .transform((value) => {
      const normal = normalizeText(value);
      return (options.multiline ? normal : normal.replace(LINE_BREAKS, " ")).trim();
    })
    .pipe(
      z
        .string()
        .min(min, required ?? `Use at least ${min} characters.`)
        .max(max, options.tooLong ?? `Use at most ${max} characters (this has more).`),
    )
    .meta({ maxLength: max, ...(min > 0 ? { minLength: min } : {}) });
}

/** An optional text field (absent stays undefined; a form's blank stays ""). */
export function optionalTextSchema(options: TextOptions) {
  return textSchema(options).optional();
}

/**
 * Search text (`q` of lists and pages): never refused for odd characters — control characters and
 * broken characters are stripped, the rest normalised, trimmed and cut to `max`.
 */
export function searchTextSchema(max = 200) {
  return z
    .string()
    .transform((value) => normalizeText(value).replace(/\uFFFD/g, "").replace(CONTROL_CHARACTERS_GLOBAL, " ").replace(/\s+/g, " ").trim().slice(0, max));
}

/** A search text from anything (a repeated query key gives an array): undefined when blank or not text. */
export function cleanSearchText(value: unknown, max = 200): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first !== "string") return undefined;
  const cleaned = searchTextSchema(max).parse(first);
  return cleaned === "" ? undefined : cleaned;
}

/** The pattern of ids this app hands out (cuid, uuid, hex): anything else can't name a row. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** An id from a form, a path or a query: 1–64 letters, digits, `_` or `-` (trimmed). */
export function idTextSchema(message = "That id is not valid.") {
  return z.string({ error: message }).trim().regex(ID_PATTERN, message);
}

/** True for a valid Date inside 1970–2200. */
export function isInstantInWindow(date: Date): boolean {
  const time = date.getTime();
  return Number.isFinite(time) && time >= MIN_INSTANT.getTime() && time <= MAX_INSTANT.getTime();
}

/** False for "2026-02-30…" (JavaScript would quietly read March 2); true when there is no day to check. */
function hasRealCalendarDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!match) return true;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The instant in the window, or a DATE_WINDOW_MESSAGE issue. */
function inWindow(message: string) {
  return z.date({ error: message }).refine((date) => !Number.isNaN(date.getTime()), message).refine(isInstantInWindow, DATE_WINDOW_MESSAGE);
}

/**
 * An instant from a form (`datetime-local` or ISO text) or a Date, inside 1970–2200. Numbers,
 * booleans and other values are refused (no `new Date(true)`).
 */
export function instantInputSchema(message = "Enter a valid date and time.") {
  return z.preprocess((value) => {
    if (value instanceof Date) return value;
    if (typeof value !== "string") return value;
    const text = value.trim();
    if (text.length > 40 || textProblem(text) || !hasRealCalendarDay(text)) return new Date(Number.NaN);
    return new Date(text);
  }, inWindow(message));
}

/** An optional instant: "", null and undefined mean "not given". */
export function optionalInstantInputSchema(message = "Enter a valid date and time.") {
  return z.preprocess((value) => (value === "" || value === null ? undefined : value), instantInputSchema(message).optional());
}

/** An ISO 8601 instant with a zone ("2026-03-01T09:30:00Z"), inside 1970–2200 (the API's strict form). */
export function isoInstantSchema(message = "Use an ISO 8601 date and time with a zone, e.g. 2026-03-01T09:30:00Z.") {
  return z.iso
    .datetime({ offset: true, error: message })
    .transform((value) => new Date(value))
    .pipe(inWindow(message));
}

/** True when `key` ("YYYY-MM-DD") lies in 1970-01-01…2200-12-31 (format checked elsewhere). */
export function isDayKeyInWindow(key: string): boolean {
  return key >= MIN_DAY_KEY && key <= MAX_DAY_KEY;
}

/**
 * A calendar day "YYYY-MM-DD" inside the window. `isValid` checks the calendar (e.g. isDayKey,
 * isWeekKey) and `invalid` is its message.
 */
export function dayKeyTextSchema(options: { isValid: (key: string) => boolean; invalid: string; required?: string }) {
  const required = options.required ?? options.invalid;
  return z
    .string({ error: required })
    .trim()
    .min(1, required)
    .max(10, options.invalid)
    .refine(options.isValid, options.invalid)
    .refine(isDayKeyInWindow, DATE_WINDOW_MESSAGE);
}
