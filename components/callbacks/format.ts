import type { CallbackState } from "@/lib/domain/callback-state";
import { KIND_DEFAULTS, type CallbackKind } from "@/lib/domain/kind-defaults";
import type { Lateness } from "@/lib/domain/lateness";
import { dayKeyInZone } from "@/lib/domain/time";

/** How callbacks' numbers, dates and states read in the UI (one locale everywhere, so server and client agree). */
export const LOCALE = "en-US";

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
export function formatPercent(p: number): string {
  if (!Number.isFinite(p)) return "—";
  const pct = p * 100;
  if (pct > 0 && pct < 0.5) return "<1 %";
  if (pct < 100 && pct > 99.5) return ">99 %";
  return `${Math.round(pct)} %`;
}

/** An expected value (p × payoff) with one decimal. */
export function formatEv(value: number): string {
  if (!Number.isFinite(value)) return "—";
  return value.toLocaleString(LOCALE, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** Payoff, effort and weight: up to one decimal, no trailing ".0". */
export function formatAmount(value: number): string {
  if (!Number.isFinite(value)) return "—";
  return value.toLocaleString(LOCALE, { maximumFractionDigits: 1 });
}

/** A likelihood ratio as a multiplier: "×3", "×0.3". */
export function formatLikelihoodRatio(lr: number): string {
  return `×${lr.toLocaleString(LOCALE, { maximumFractionDigits: 2 })}`;
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE, { ...options, timeZone });
    dateTimeFormats.set(key, format);
  }
  return format;
}

/** "Mar 3, 2025, 2:00 PM" in `timeZone` (IANA). */
export function formatDateTime(date: Date, timeZone: string): string {
  return formatter(timeZone, { dateStyle: "medium", timeStyle: "short" }).format(date);
}

/** A compact date for lists: "Mar 3, 2:00 PM", with the year only when it isn't `now`'s year (in `timeZone`). */
export function formatShortDateTime(date: Date, timeZone: string, now: Date): string {
  const sameYear = dayKeyInZone(date, timeZone).slice(0, 4) === dayKeyInZone(now, timeZone).slice(0, 4);
  return formatter(timeZone, {
    month: "short",
    day: "numeric",
    ...(sameYear ? {} : { year: "numeric" }),
    hour: "numeric",
    minute: "2-digit",
  }).format(date);
}

/** A date without the time: "Mar 3" (chart ticks). */
export function formatDay(date: Date, timeZone: string): string {
  return formatter(timeZone, { month: "short", day: "numeric" }).format(date);
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY_MS = 24 * HOUR;
const relative = new Intl.RelativeTimeFormat(LOCALE, { numeric: "auto" });

function dayNumber(date: Date, timeZone: string): number {
  const [year, month, day] = dayKeyInZone(date, timeZone).split("-").map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/**
 * How far `target` is from `now`, in words: "in 5 minutes", "in 3 hours", "tomorrow",
 * "in 3 days", "2 weeks ago", "in 2 months". Days are calendar days in `timeZone`, so a deadline
 * at 9:00 tomorrow is "tomorrow" even when it is only 14 hours away.
 */
export function formatRelative(target: Date, now: Date, timeZone: string): string {
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
export function formatCount(value: number): string {
  return value.toLocaleString(LOCALE);
}
