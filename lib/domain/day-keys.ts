import { TZDate } from "@date-fns/tz";
import { DomainError, assertValidDate } from "./errors";
import { startOfDayInZone } from "./time";

/**
 * Calendar days as "YYYY-MM-DD" keys: a day with no zone, as a Postgres DATE column holds it
 * (commitment days, check-in periods, review weeks). Arithmetic on keys is plain calendar
 * arithmetic; only startOfDayKeyInZone turns a key into an instant, in the user's zone.
 */

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True when `key` is a real calendar day written "YYYY-MM-DD". */
export function isDayKey(key: string): boolean {
  const match = typeof key === "string" ? DAY_KEY.exec(key) : null;
  if (!match) return false;
  const date = new Date(`${key}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === key;
}

/** Throws INVALID_DATE ("<what> must be a calendar day …") unless `key` is a real day key. */
export function assertDayKey(key: string, what: string): void {
  if (!isDayKey(key)) throw new DomainError("INVALID_DATE", `${what} must be a calendar day (YYYY-MM-DD).`);
}

/** A day key as the midnight-UTC Date a DATE column stores. */
export function dayKeyToDate(key: string): Date {
  assertDayKey(key, "The day");
  return new Date(`${key}T00:00:00Z`);
}

/** A DATE column's midnight-UTC Date as its day key. */
export function dateToDayKey(date: Date): string {
  assertValidDate(date, "The day");
  return date.toISOString().slice(0, 10);
}

/** `key` plus `days` (whole, may be negative) calendar days. */
export function addDaysToKey(key: string, days: number): string {
  if (!Number.isInteger(days)) throw new DomainError("INVALID_NUMBER", "Days must be a whole number.");
  return new Date(dayKeyToDate(key).getTime() + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetweenKeys(from: string, to: string): number {
  return Math.round((dayKeyToDate(to).getTime() - dayKeyToDate(from).getTime()) / MS_PER_DAY);
}

/** The Monday of the week containing `key` (weeks start on Monday). */
export function mondayOf(key: string): string {
  const weekday = dayKeyToDate(key).getUTCDay(); // 0 = Sunday
  return addDaysToKey(key, -((weekday + 6) % 7));
}

/** The instant calendar day `key` starts in `zone` (handles DST and zones whose midnight is skipped). */
export function startOfDayKeyInZone(key: string, zone: string): Date {
  assertDayKey(key, "The day");
  const [year, month, day] = key.split("-").map(Number) as [number, number, number];
  // Noon always exists; the day's start is found from there.
  return startOfDayInZone(new Date(new TZDate(year, month - 1, day, 12, 0, 0, zone).getTime()), zone);
}

/** "Mon, Mar 30, 2026" for a day key in `locale` (en-US for the domain's own messages; no zone involved). */
export function formatDayKey(key: string, locale = "en-US"): string {
  return new Intl.DateTimeFormat(locale, { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(
    dayKeyToDate(key),
  );
}
