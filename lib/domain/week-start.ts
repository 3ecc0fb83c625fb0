import { addDaysToKey, isDayKey } from "./day-keys";
import { WEEKDAY_NAMES } from "./digest-timing";
import { DomainError } from "./errors";

/**
 * Which day a person's weeks start on, as an ISO weekday (1 = Monday … 7 = Sunday), and the weeks
 * that follow from it. A saved choice wins; otherwise the formatting locale's first day
 * (Intl.Locale week info, else CLDR's table below for runtimes without it).
 *
 * It shapes the weeks a person browses (the portfolio's weekly trend). The weekly review keeps
 * ISO weeks named by their Monday whatever this says: those keys are the public API's
 * (/api/v1/reviews/{week}) and the unique key of every stored review snapshot, and the review's
 * own day is the separate `reviewDay` setting.
 */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

// CLDR supplemental weekData (firstDay): regions whose weeks start on Sunday or Saturday;
// every other region starts on Monday.
const SUNDAY_REGIONS = new Set(
  "AG AS BD BR BS BT BW BZ CA CN CO DM DO ET GT GU HK HN ID IL IN JM JP KE KH KR LA MH MM MO MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW".split(" "),
);
const SATURDAY_REGIONS = new Set("AE AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY".split(" "));

export function isIsoWeekday(value: unknown): value is IsoWeekday {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 7;
}

/** The first day of the week in CLDR's table for a region ("US" → 7); Monday when unlisted. */
export function regionFirstDay(region: string | undefined): IsoWeekday {
  if (region && SUNDAY_REGIONS.has(region.toUpperCase())) return 7;
  if (region && SATURDAY_REGIONS.has(region.toUpperCase())) return 6;
  return 1;
}

type WeekInfoLocale = Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };

/** ISO weekday a locale's weeks start on: the runtime's week info, else the region's in CLDR. */
export function localeFirstDay(locale: string): IsoWeekday {
  let parsed: WeekInfoLocale;
  try {
    parsed = new Intl.Locale(locale) as WeekInfoLocale;
  } catch {
    return 1; // Not a locale tag: ISO's Monday.
  }
  const info = parsed.getWeekInfo?.() ?? parsed.weekInfo;
  if (info && isIsoWeekday(info.firstDay)) return info.firstDay;
  return regionFirstDay(parsed.region ?? parsed.maximize().region);
}

/** The week start to use: the saved choice, else the locale's first day. */
export function resolveWeekStart(saved: number | null | undefined, locale: string): IsoWeekday {
  return isIsoWeekday(saved) ? saved : localeFirstDay(locale);
}

/** The ISO weekday of a "YYYY-MM-DD" calendar day. */
export function isoWeekdayOfKey(key: string): IsoWeekday {
  if (!isDayKey(key)) throw new DomainError("INVALID_DATE", "A day is written YYYY-MM-DD.");
  const day = new Date(`${key}T12:00:00Z`).getUTCDay();
  return (day === 0 ? 7 : day) as IsoWeekday;
}

/** The first day (on or before `key`) of the week containing the calendar day `key`. */
export function weekStartKeyOf(key: string, weekStart: IsoWeekday): string {
  return addDaysToKey(key, -((isoWeekdayOfKey(key) - weekStart + 7) % 7));
}

/** "Sunday to Saturday": the days a week spans when it starts on `weekStart`. */
export function weekSpanText(weekStart: IsoWeekday): string {
  return `${WEEKDAY_NAMES[weekStart - 1]} to ${WEEKDAY_NAMES[((weekStart + 5) % 7)]}`;
}
