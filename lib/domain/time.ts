import { TZDate } from "@date-fns/tz";
import { addDays, startOfDay, startOfWeek } from "date-fns";
import { DomainError, assertFinite, assertValidDate } from "./errors";

const MS_PER_DAY = 86_400_000;

/**
 * Answers of isValidTimeZone, by name (building an Intl.DateTimeFormat to ask costs far more than
 * a lookup). The names come from forms and the API, so anyone can send endless made-up ones: the
 * cache holds at most this many (every IANA name is ~600) and starts over when full, so the
 * server's memory never grows with what it is sent.
 */
export const TIME_ZONE_CACHE_LIMIT = 1_000;
const validZones = new Map<string, boolean>();

/** True when `zone` is an IANA time-zone name this runtime knows (checked via Intl). */
export function isValidTimeZone(zone: string): boolean {
  if (typeof zone !== "string" || zone.trim() === "") return false;
  const known = validZones.get(zone);
  if (known !== undefined) return known;
  let valid: boolean;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    valid = true;
  } catch {
    valid = false;
  }
  if (validZones.size >= TIME_ZONE_CACHE_LIMIT) validZones.clear();
  validZones.set(zone, valid);
  return valid;
}

/** How many answers isValidTimeZone holds (tests: the cache stays bounded). */
export function cachedTimeZoneCount(): number {
  return validZones.size;
}

/** Throws INVALID_TIME_ZONE unless `zone` is a valid IANA time zone. */
export function assertTimeZone(zone: string): void {
  if (!isValidTimeZone(zone)) throw new DomainError("INVALID_TIME_ZONE", `"${zone}" is not a known time zone.`);
}

function inZone(date: Date, zone: string): TZDate {
  assertValidDate(date, "The date");
  assertTimeZone(zone);
  return new TZDate(date.getTime(), zone);
}

function toPlainDate(date: Date): Date {
  return new Date(date.getTime());
}

/** The instant the calendar day containing `now` starts in `zone` (IANA). */
export function startOfDayInZone(now: Date, zone: string): Date {
  return toPlainDate(startOfDay(inZone(now, zone)));
}

/**
 * The calendar day of `date` in `zone` (IANA), as "YYYY-MM-DD". Built from the zoned date's fields
 * rather than with date-fns's `format`: pages format day keys in the browser, and `format` brings
 * its whole pattern engine and English locale into their JavaScript (about 5 KB gzip).
 */
export function dayKeyInZone(date: Date, zone: string): string {
  const day = inZone(date, zone);
  const pad = (value: number, width: number) => String(value).padStart(width, "0");
  return `${pad(day.getFullYear(), 4)}-${pad(day.getMonth() + 1, 2)}-${pad(day.getDate(), 2)}`;
}

/**
 * `date` plus `days` (may be fractional or negative): whole days are calendar days in `zone`, so
 * the wall-clock time survives DST changes; the fraction is added as 24-hour fractions.
 */
export function addDaysInZone(date: Date, days: number, zone: string): Date {
  assertFinite(days, "Days");
  const whole = Math.trunc(days);
  const shifted = addDays(inZone(date, zone), whole);
  return new Date(shifted.getTime() + Math.round((days - whole) * MS_PER_DAY));
}

/**
 * The instant the week containing `now` starts in `zone` (IANA); weeks start on ISO weekday
 * `weekStart` (1 = Monday, the default … 7 = Sunday; see lib/domain/week-start.ts).
 */
export function startOfWeekInZone(now: Date, zone: string, weekStart: number = 1): Date {
  if (!Number.isInteger(weekStart) || weekStart < 1 || weekStart > 7) throw new DomainError("INVALID_NUMBER", "A week starts on a weekday from 1 (Monday) to 7 (Sunday).");
  return toPlainDate(startOfWeek(inZone(now, zone), { weekStartsOn: (weekStart % 7) as 0 | 1 | 2 | 3 | 4 | 5 | 6 }));
}

/** The week containing `now` in `zone` as a half-open range [start, end): Monday 00:00 to next Monday 00:00. */
export function weekRangeInZone(now: Date, zone: string): { start: Date; end: Date } {
  const start = startOfWeekInZone(now, zone);
  return { start, end: addDaysInZone(start, 7, zone) };
}

/** Days (may be fractional, negative when `to` is earlier) from `from` to `to`, in 24-hour days. */
export function daysBetween(from: Date, to: Date): number {
  assertValidDate(from, "The start");
  assertValidDate(to, "The end");
  return (to.getTime() - from.getTime()) / MS_PER_DAY;
}
