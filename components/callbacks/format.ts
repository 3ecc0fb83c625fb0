import type { CallbackState } from "@/lib/domain/callback-state";
import { KIND_DEFAULTS, type CallbackKind } from "@/lib/domain/kind-defaults";
import type { Lateness } from "@/lib/domain/lateness";
import { formatDayKey as formatDayKeyIn } from "@/lib/domain/day-keys";
import { dayKeyInZone } from "@/lib/domain/time";
import { currentLocale } from "@/lib/request-locale";

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

/** A probability in [0,1] as a whole percentage ("42 %"); never "0 %" or "100 %" for a live bet. */
export function formatPercent(p: number, locale: string = currentLocale()): string {
  if (!Number.isFinite(p)) return "—";
  const pct = p * 100;
  const whole = pct > 0 && pct < 0.5 ? 1 : pct < 100 && pct > 99.5 ? 99 : Math.round(pct);
  const prefix = pct > 0 && pct < 0.5 ? "<" : pct < 100 && pct > 99.5 ? ">" : "";
  // English keeps the house style "42 %"; other locales write percentages their own way ("42 %", "%42", "42%").
  const text = locale.startsWith("en") ? `${whole} %` : numberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(whole / 100);
  return `${prefix}${text}`;
}

/** An expected value (p × payoff) with one decimal. */
export function formatEv(value: number, locale: string = currentLocale()): string {
  if (!Number.isFinite(value)) return "—";
  return numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/** Payoff, effort and weight: up to one decimal, no trailing ".0". */
export function formatAmount(value: number, locale: string = currentLocale()): string {
  if (!Number.isFinite(value)) return "—";
  return numberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

/** A likelihood ratio as a multiplier: "×3", "×0.3". */
export function formatLikelihoodRatio(lr: number, locale: string = currentLocale()): string {
  return `×${numberFormat(locale, { maximumFractionDigits: 2 }).format(lr)}`;
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

/** A cached Intl.DateTimeFormat (building one costs far more than using it). */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateTimeFormats.set(key, format);
  }
  return format;
}

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

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

/** "1,234" */
export function formatCount(value: number, locale: string = currentLocale()): string {
  return numberFormat(locale, {}).format(value);
}

/** "Mon, Mar 30, 2026" for a day key ("YYYY-MM-DD"), in the request's locale. */
export function formatDayKey(key: string, locale: string = currentLocale()): string {
  return formatDayKeyIn(key, locale);
}
