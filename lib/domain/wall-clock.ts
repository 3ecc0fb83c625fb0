import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { assertValidDate } from "./errors";
import { assertTimeZone } from "./time";

/**
 * `<input type="datetime-local">` holds a wall-clock time with no zone ("2026-03-29T02:30").
 * Lifeloop reads and writes those in the PROFILE's time zone, never the browser's: a person in
 * Tokyo who travels to New York still sees and types Tokyo times, matching every date on the page.
 */

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The wall-clock value ("YYYY-MM-DDTHH:mm") that `date` shows in `zone`. */
export function instantToWallClock(date: Date, zone: string): string {
  assertValidDate(date, "The date");
  assertTimeZone(zone);
  return format(new TZDate(date.getTime(), zone), "yyyy-MM-dd'T'HH:mm");
}

/**
 * The instant a wall-clock value means in `zone`, or null when the text is not one. A time that a
 * DST change skips (02:30 on a spring-forward night) moves forward by the gap, as clocks do; a time
 * that happens twice resolves to the first.
 */
export function wallClockToInstant(value: string, zone: string): Date | null {
  assertTimeZone(zone);
  const match = WALL_CLOCK.exec(value.trim());
  if (!match) return null;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = match.slice(1).map((part) => Number(part ?? 0));
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  const date = new TZDate(year, month - 1, day, hour, minute, second, zone);
  const instant = new Date(date.getTime());
  if (Number.isNaN(instant.getTime())) return null;
  // Reject rollovers such as February 30th: the calendar day must survive the round trip (a DST
  // gap may move the hour, never the day).
  if (format(new TZDate(instant.getTime(), zone), "yyyy-MM-dd") !== `${match[1]}-${match[2]}-${match[3]}`) return null;
  return instant;
}
