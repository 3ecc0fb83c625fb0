import { addDaysInZone } from "@/lib/domain/time";
import { instantToWallClock, wallClockToInstant } from "@/lib/domain/wall-clock";

/**
 * `<input type="datetime-local">` speaks wall-clock time; the server wants instants. These convert
 * both ways in the PROFILE's time zone (`useProfile().timeZone`), so what a person types matches
 * every date the pages show, whichever zone their browser is in.
 */

/** A Date as a datetime-local value ("2025-03-03T14:05") in `zone`. */
export function toDateTimeLocal(date: Date, zone: string): string {
  return instantToWallClock(date, zone);
}

/**
 * A datetime-local value as an ISO instant; undefined when blank. A value that isn't a wall-clock
 * time is passed through unchanged, so the server's validation reports it next to the field.
 */
export function fromDateTimeLocal(value: FormDataEntryValue | null | undefined, zone: string): string | undefined {
  const text = String(value ?? "").trim();
  if (text === "") return undefined;
  return wallClockToInstant(text, zone)?.toISOString() ?? text;
}

/** `date` plus `days` calendar days at the same wall-clock time in `zone`. */
export function addLocalDays(date: Date, days: number, zone: string): Date {
  return addDaysInZone(date, days, zone);
}
