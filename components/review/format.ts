import { dateFormat } from "@/components/callbacks/format";
import { currentLocale } from "@/lib/request-locale";
import { addDaysToKey, dayKeyToDate } from "@/lib/domain/day-keys";

/** "Mar 23 – 29, 2026" for the week starting on Monday `week` ("YYYY-MM-DD"). */
export function formatWeekLabel(week: string, locale: string = currentLocale()): string {
  const start = dayKeyToDate(week);
  const end = dayKeyToDate(addDaysToKey(week, 6));
  return dateFormat(locale, { timeZone: "UTC", month: "short", day: "numeric", year: "numeric" }).formatRange(start, end);
}

/** A Brier score with three decimals ("0.182"), or "—". */
export function formatBrier(value: number | null): string {
  return value === null ? "—" : value.toFixed(3);
}

/** A share in [0,1] as a whole percentage ("80%"), or "—". */
export function formatShare(value: number | null): string {
  return value === null ? "—" : `${Math.round(value * 100)}%`;
}

/** A signed change: "+3", "−0.012", "±0". */
export function formatDelta(value: number, digits = 0): string {
  const fixed = Math.abs(value).toFixed(digits);
  if (Number(fixed) === 0) return "±0";
  return `${value > 0 ? "+" : "−"}${fixed}`;
}
