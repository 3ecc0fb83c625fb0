import { currentLocale } from "@/lib/request-locale";

/**
 * Numbers and cached Intl formatters, without any date library: the part of ./format that client
 * components on busy pages need, kept apart so their JavaScript stays small (./format re-exports it).
 */

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

/**
 * One cached Intl formatter per locale and options (building one costs far more than using it).
 * The caches only grow with the handful of option sets in the code and the locales people use.
 */
function cachedFormatter<O, F>(Formatter: new (locale: string, options: O) => F): (locale: string, options: O) => F {
  const formatters = new Map<string, F>();
  return (locale, options) => {
    const key = `${locale}|${JSON.stringify(options)}`;
    let formatter = formatters.get(key);
    if (!formatter) {
      formatter = new Formatter(locale, options);
      formatters.set(key, formatter);
    }
    return formatter;
  };
}

/** A cached Intl.DateTimeFormat. */
export const dateFormat = cachedFormatter<Intl.DateTimeFormatOptions, Intl.DateTimeFormat>(Intl.DateTimeFormat);

/** A cached Intl.NumberFormat. */
export const numberFormat = cachedFormatter<Intl.NumberFormatOptions, Intl.NumberFormat>(Intl.NumberFormat);

/** "1,234" */
export function formatCount(value: number, locale: string = currentLocale()): string {
  return numberFormat(locale, {}).format(value);
}
