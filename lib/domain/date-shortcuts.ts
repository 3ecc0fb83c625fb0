import { TZDate } from "@date-fns/tz";
import { addDays, addMonths, addWeeks, nextDay, type Day } from "date-fns";
import { assertValidDate } from "./errors";
import { assertTimeZone } from "./time";

/**
 * Quick date entry next to date fields: "in 3 days", "+2w", "next Monday", "tomorrow".
 * Relative amounts count calendar days in the profile's zone (so 18:00 stays 18:00 across a DST
 * change); the time of day is `timeOfDay` when given ("HH:mm"), else the time of `now`.
 */

const UNITS: Record<string, "day" | "week" | "month"> = {
  d: "day", day: "day", days: "day",
  w: "week", wk: "week", week: "week", weeks: "week",
  m: "month", mo: "month", month: "month", months: "month",
};

const WEEKDAYS: Record<string, Day> = {
  sun: 0, sunday: 0, mon: 1, monday: 1, tue: 2, tues: 2, tuesday: 2, wed: 3, wednesday: 3,
  thu: 4, thur: 4, thurs: 4, thursday: 4, fri: 5, friday: 5, sat: 6, saturday: 6,
};

/** The largest amount a shortcut may add (a deadline ten years out is a typo, not a plan). */
const MAX_DAYS = 3660;

export type DateShortcut = { label: string; text: string };

/** The chips shown next to a date field, in order. */
export const DATE_SHORTCUTS: readonly DateShortcut[] = [
  { label: "Tomorrow", text: "tomorrow" },
  { label: "In 3 days", text: "in 3 days" },
  { label: "Next Monday", text: "next monday" },
  { label: "+1w", text: "+1w" },
  { label: "+2w", text: "+2w" },
  { label: "+1m", text: "+1m" },
];

function withTime(date: TZDate, timeOfDay: string | undefined, now: TZDate): Date {
  const match = timeOfDay ? /^(\d{2}):(\d{2})/.exec(timeOfDay) : null;
  const hour = match ? Number(match[1]) : now.getHours();
  const minute = match ? Number(match[2]) : now.getMinutes();
  const result = new TZDate(date.getFullYear(), date.getMonth(), date.getDate(), hour, minute, 0, date.timeZone!);
  return new Date(result.getTime());
}

/** The instant a shortcut means, or null when `text` is not one this parser knows. */
export function parseDateShortcut(text: string, now: Date, zone: string, timeOfDay?: string): Date | null {
  assertValidDate(now, "Now");
  assertTimeZone(zone);
  const input = text.trim().toLowerCase().replace(/\s+/g, " ");
  const local = new TZDate(now.getTime(), zone);
  if (input === "today") return withTime(local, timeOfDay, local);
  if (input === "tomorrow") return withTime(addDays(local, 1), timeOfDay, local);

  const relative = /^(?:in |\+)?(\d{1,4}) ?([a-z]+)$/.exec(input);
  if (relative && (input.startsWith("in ") || input.startsWith("+"))) {
    const amount = Number(relative[1]);
    const unit = UNITS[relative[2] ?? ""];
    if (!unit) return null;
    const days = unit === "day" ? amount : unit === "week" ? amount * 7 : amount * 31;
    if (days > MAX_DAYS) return null;
    const shifted = unit === "day" ? addDays(local, amount) : unit === "week" ? addWeeks(local, amount) : addMonths(local, amount);
    return withTime(shifted, timeOfDay, local);
  }

  const weekday = /^(?:next |on )?([a-z]+)$/.exec(input);
  const day = weekday ? WEEKDAYS[weekday[1] ?? ""] : undefined;
  if (day !== undefined) {
    // "monday" and "next monday" both mean the coming Monday (never today): what people mean in a deadline field.
    return withTime(nextDay(local, day), timeOfDay, local);
  }
  return null;
}
