import type { CallbackState } from "@/lib/domain/callback-state";
import { KIND_DEFAULTS, type CallbackKind } from "@/lib/domain/kind-defaults";
import type { Lateness } from "@/lib/domain/lateness";
import { formatDayKey as formatDayKeyIn } from "@/lib/domain/day-keys";
import { dayKeyInZone } from "@/lib/domain/time";
import { currentLocale } from "@/lib/request-locale";
import { dateFormat } from "./intl-format";

// Numbers and the cached Intl formatters live in ./intl-format (no date library: client
// components import them from there); re-exported for everything else.
export { dateFormat, formatAmount, formatCount, formatEv, formatLikelihoodRatio, formatPercent } from "./intl-format";

/**
 * How callbacks' numbers, dates and states read in the UI. Every formatter takes an optional
 * `locale`; without one it uses the request's (lib/request-locale.ts: the profile's choice or the
 * browser's language). Client components pass `useProfile().locale` so server HTML and browser agree.
 */

export const STATE_LABELS: Record<CallbackState, string> = {
  PENDING: "Pending",
  FULFILLED: "Fulfilled",
  REJECTED: "Rejected",
  TIMED_OUT: "Timed out",
  CANCELLED: "Cancelled",
};

export const LATENESS_LABELS: Record<Lateness, string> = {
  on_time: "On time",
  overdue: "Overdue",
  timed_out: "Timed out",
};

export function kindLabel(kind: CallbackKind): string {
  return KIND_DEFAULTS[kind]?.label ?? kind;
}

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

function relativeFormat(locale: string): Intl.RelativeTimeFormat {
  let format = relativeFormats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
    relativeFormats.set(locale, format);
  }
  return format;
}

function formatter(timeZone: string, options: Intl.DateTimeFormatOptions, locale: string): Intl.DateTimeFormat {
  return dateFormat(locale, { ...options, timeZone });
}

/** "Mar 3, 2025, 2:00 PM" in `timeZone` (IANA). */
export function formatDateTime(date: Date, timeZone: string, locale: string = currentLocale()): string {
  return formatter(timeZone, { dateStyle: "medium", timeStyle: "short" }, locale).format(date);
}

/** A compact date for lists: "Mar 3, 2:00 PM", with the year only when it isn't `now`'s year (in `timeZone`). */
export function formatShortDateTime(date: Date, timeZone: string, now: Date, locale: string = currentLocale()): string {
  const sameYear = dayKeyInZone(date, timeZone).slice(0, 4) === dayKeyInZone(now, timeZone).slice(0, 4);
  return formatter(timeZone, {
    month: "short",
    day: "numeric",
    ...(sameYear ? {} : { year: "numeric" }),
    hour: "numeric",
    minute: "2-digit",
  }, locale).format(date);
}

/** A date without the time: "Mar 3" (chart ticks). */
export function formatDay(date: Date, timeZone: string, locale: string = currentLocale()): string {
  return formatter(timeZone, { month: "short", day: "numeric" }, locale).format(date);
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY_MS = 24 * HOUR;

function dayNumber(date: Date, timeZone: string): number {
  const [year, month, day] = dayKeyInZone(date, timeZone).split("-").map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/**
 * How far `target` is from `now`, in words: "in 5 minutes", "in 3 hours", "tomorrow",
 * "in 3 days", "2 weeks ago", "in 2 months". Days are calendar days in `timeZone`, so a deadline
 * at 9:00 tomorrow is "tomorrow" even when it is only 14 hours away.
 */
export function formatRelative(target: Date, now: Date, timeZone: string, locale: string = currentLocale()): string {
  const relative = relativeFormat(locale);
  const diff = target.getTime() - now.getTime();
  const abs = Math.abs(diff);
  if (abs < MINUTE) return "just now";
  if (abs < HOUR) return relative.format(Math.round(diff / MINUTE), "minute");
  const days = dayNumber(target, timeZone) - dayNumber(now, timeZone);
  if (days === 0 || abs < 6 * HOUR) return relative.format(Math.round(diff / HOUR), "hour");
  if (Math.abs(days) < 14) return relative.format(days, "day");
  if (Math.abs(days) < 60) return relative.format(Math.round(days / 7), "week");
  if (Math.abs(days) < 365) return relative.format(Math.round(days / 30.44), "month");
  return relative.format(Math.round(days / 365.25), "year");
}

/** "Mon, Mar 30, 2026" for a day key ("YYYY-MM-DD"), in the request's locale. */
export function formatDayKey(key: string, locale: string = currentLocale()): string {
  return formatDayKeyIn(key, locale);
}
