import type { CallbackState } from "./callback-state";
import { isDayKey, startOfDayKeyInZone } from "./day-keys";
import type { CallbackKind } from "./kind-defaults";

/**
 * Reading a spreadsheet or a job tracker's CSV as callbacks: which column is which (guessed from
 * the header names, overridable), what a status word means as a state, and which dates are
 * unambiguous. Pure: the time zone comes in as an argument.
 */

export const CSV_CALLBACK_FIELDS = ["title", "counterparty", "kind", "status", "startedAt", "statusDate", "deadline", "link", "notes"] as const;
export type CsvCallbackField = (typeof CSV_CALLBACK_FIELDS)[number];
/** Field → the header of the column holding it (absent: not in the file). */
export type CsvMapping = Partial<Record<CsvCallbackField, string>>;

export const CSV_FIELD_LABELS: Record<CsvCallbackField, string> = {
  title: "Title",
  counterparty: "Company / counterparty",
  kind: "Kind",
  status: "Status",
  startedAt: "Applied / started date",
  statusDate: "Status date",
  deadline: "Deadline",
  link: "Link",
  notes: "Notes",
};

/** Header names (normalized: lower case, words separated by one space) each field is recognised by. */
const HEADER_ALIASES: Record<CsvCallbackField, readonly string[]> = {
  title: ["title", "job title", "position", "role", "job", "job position", "name", "subject"],
  counterparty: ["company", "counterparty", "company name", "organization", "organisation", "employer", "contact", "recipient"],
  kind: ["kind", "type", "category"],
  status: ["status", "state", "stage", "outcome", "application status"],
  startedAt: ["applied", "applied date", "date applied", "applied on", "application date", "started", "start date", "started at", "sent", "date sent", "date"],
  statusDate: ["status date", "updated", "last updated", "date updated", "updated at", "response date", "decision date", "last update", "status changed"],
  deadline: ["deadline", "follow up by", "closing date", "times out", "timeout", "expires", "expires at"],
  link: ["link", "url", "job link", "job url", "posting", "posting url", "website"],
  notes: ["notes", "note", "comments", "comment", "description"],
};

export function normalizeHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}

/** The mapping a file's header row suggests: each field takes the first column whose name is one of its aliases. */
export function guessCsvMapping(headers: readonly string[]): CsvMapping {
  const mapping: CsvMapping = {};
  const taken = new Set<string>();
  for (const field of CSV_CALLBACK_FIELDS) {
    for (const alias of HEADER_ALIASES[field]) {
      const header = headers.find((candidate) => !taken.has(candidate) && normalizeHeader(candidate) === alias);
      if (header !== undefined) {
        mapping[field] = header;
        taken.add(header);
        break;
      }
    }
  }
  return mapping;
}

const STATUS_WORDS: Record<string, CallbackState> = {
  "": "PENDING",
  applied: "PENDING",
  submitted: "PENDING",
  sent: "PENDING",
  pending: "PENDING",
  open: "PENDING",
  waiting: "PENDING",
  "in progress": "PENDING",
  screening: "PENDING",
  "phone screen": "PENDING",
  interview: "PENDING",
  interviewing: "PENDING",
  interviewed: "PENDING",
  "final round": "PENDING",
  offer: "FULFILLED",
  "offer received": "FULFILLED",
  accepted: "FULFILLED",
  "offer accepted": "FULFILLED",
  // Turning an offer down still means the bet paid off: the answer was yes.
  "offer declined": "FULFILLED",
  hired: "FULFILLED",
  yes: "FULFILLED",
  won: "FULFILLED",
  fulfilled: "FULFILLED",
  rejected: "REJECTED",
  declined: "REJECTED",
  "turned down": "REJECTED",
  no: "REJECTED",
  lost: "REJECTED",
  "not selected": "REJECTED",
  ghosted: "TIMED_OUT",
  "no response": "TIMED_OUT",
  "no reply": "TIMED_OUT",
  "timed out": "TIMED_OUT",
  expired: "TIMED_OUT",
  withdrawn: "CANCELLED",
  withdrew: "CANCELLED",
  cancelled: "CANCELLED",
  canceled: "CANCELLED",
  archived: "CANCELLED",
};

export const STATUS_HELP = "Use applied, interviewing, offer, rejected, ghosted or withdrawn (or a Lifeloop state).";

/** A status cell as a state ("rejected" → REJECTED, "offer" → FULFILLED, "interviewing" → PENDING…); null when unknown. */
export function mapCsvStatus(value: string): CallbackState | null {
  const word = normalizeHeader(value);
  if (word in STATUS_WORDS) return STATUS_WORDS[word]!;
  const upper = word.toUpperCase().replace(/ /g, "_");
  return (["PENDING", "FULFILLED", "REJECTED", "TIMED_OUT", "CANCELLED"] as const).find((state) => state === upper) ?? null;
}

const KIND_WORDS: [RegExp, CallbackKind][] = [
  [/^(job|job application|application|job applications?)$/, "JOB_APPLICATION"],
  [/^(networking|networking message|message|outreach|referral|intro)$/, "NETWORKING_MESSAGE"],
  [/^(learning|learning bet|course|study)$/, "LEARNING_BET"],
  [/^(creative|creative launch|launch|project)$/, "CREATIVE_LAUNCH"],
  [/^(health)$/, "HEALTH"],
  [/^(other)$/, "OTHER"],
];

/** A kind cell as a kind (its name or a plain word: "job", "networking"…); blank → `fallback`; null when unknown. */
export function mapCsvKind(value: string, fallback: CallbackKind): CallbackKind | null {
  const word = normalizeHeader(value);
  if (word === "") return fallback;
  return KIND_WORDS.find(([pattern]) => pattern.test(word))?.[1] ?? null;
}

const DATE_ONLY = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * A date cell: YYYY-MM-DD (or with slashes) is the start of that day in `timeZone`; an ISO date
 * and time is that instant (without a zone, read in UTC). Day-first or month-first forms are
 * refused: 03/04/2026 means two different days in two countries. Blank → null; invalid → "invalid".
 */
export function parseCsvDate(value: string, timeZone: string): Date | null | "invalid" {
  const text = value.trim();
  if (text === "") return null;
  const dateOnly = DATE_ONLY.exec(text);
  if (dateOnly) {
    const key = `${dateOnly[1]}-${dateOnly[2]!.padStart(2, "0")}-${dateOnly[3]!.padStart(2, "0")}`;
    return isDayKey(key) ? startOfDayKeyInZone(key, timeZone) : "invalid";
  }
  if (DATE_TIME.test(text)) {
    const withZone = /(Z|[+-]\d{2}:?\d{2})$/.test(text) ? text : `${text.replace(" ", "T")}Z`;
    const date = new Date(withZone.replace(" ", "T"));
    return Number.isNaN(date.getTime()) ? "invalid" : date;
  }
  return "invalid";
}
