/**
 * The user's kinds: the six built-in ones and their own ("Grant application"). Pure helpers for
 * keys, names and the reply observations the curves are fitted on.
 */
import { CALLBACK_KINDS, type CallbackKind } from "./kind-defaults";
import type { SurvivalObservation } from "./survival";

const MS_PER_DAY = 86_400_000;

/** Longest key a custom kind gets (from its name). */
export const KIND_KEY_MAX = 40;

/** True when `key` is one of the six built-in kinds. */
export function isBuiltInKind(key: string): key is CallbackKind {
  return (CALLBACK_KINDS as readonly string[]).includes(key);
}

/**
 * A stable key for a new kind named `name`: upper case, words joined by "_" ("Grant application"
 * → "GRANT_APPLICATION"), at most KIND_KEY_MAX characters, never a built-in key nor one in
 * `taken` (a suffix "_2", "_3", … is added). A name with no letters or digits gives "KIND".
 */
export function kindKeyFromName(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "")
      .slice(0, KIND_KEY_MAX)
      .replace(/_+$/g, "") || "KIND";
  const free = (key: string) => !isBuiltInKind(key) && !taken.has(key);
  if (free(base)) return base;
  for (let n = 2; ; n += 1) {
    const key = `${base.slice(0, KIND_KEY_MAX - String(n).length - 1)}_${n}`;
    if (free(key)) return key;
  }
}

const BUILT_IN_PLURALS: Readonly<Record<CallbackKind, string>> = {
  JOB_APPLICATION: "job applications",
  NETWORKING_MESSAGE: "networking messages",
  LEARNING_BET: "learning bets",
  CREATIVE_LAUNCH: "creative launches",
  HEALTH: "health callbacks",
  OTHER: "other callbacks",
};

/** The kind's name in the plural, lower case, for sentences: "job applications", "grant applications". */
export function kindPlural(key: string, name: string): string {
  if (isBuiltInKind(key)) return BUILT_IN_PLURALS[key];
  const lower = name.trim().toLowerCase();
  return /s$/.test(lower) ? lower : `${lower}s`;
}

/** The kind's name in the singular, lower case: "job application". */
export function kindSingular(key: string, name: string): string {
  if (key === "HEALTH") return "health callback";
  if (key === "OTHER") return "other callback";
  return name.trim().toLowerCase();
}

/** What a reply observation reads from a callback. */
export type ReplyHistoryRow = {
  state: "PENDING" | "FULFILLED" | "REJECTED" | "TIMED_OUT" | "CANCELLED";
  /** start of the last stretch of silence (the start, or the last contact before the reply) */
  lastContactAt: Date;
  /** when it left PENDING (for a settled one: when the reply came) */
  settledAt: Date | null;
};

/**
 * One stretch of silence from a callback (survival.ts), days since its last contact: a reply
 * (fulfilled or rejected) is an event at `settledAt`; still pending is censored at `now`;
 * timed out or cancelled is censored when it ended. A time before the last contact counts as 0.
 */
export function replyObservation(row: ReplyHistoryRow, now: Date): SurvivalObservation {
  const until = row.state === "PENDING" ? now : (row.settledAt ?? now);
  const durationDays = Math.max(0, (until.getTime() - row.lastContactAt.getTime()) / MS_PER_DAY);
  return { durationDays, event: row.state === "FULFILLED" || row.state === "REJECTED" };
}

/** How a callback that left PENDING ended, for its reply observation. */
export type EndedReply = {
  /** from its last contact to when it ended, in milliseconds (negative counts as 0) */
  replyMs: number;
  outcome: "FULFILLED" | "REJECTED" | "TIMED_OUT" | "CANCELLED";
};

/** The reply observation of an ended callback (as replyObservation, from its duration alone). */
export function endedReplyObservation({ replyMs, outcome }: EndedReply): SurvivalObservation {
  return { durationDays: Math.max(0, replyMs / MS_PER_DAY), event: outcome === "FULFILLED" || outcome === "REJECTED" };
}
