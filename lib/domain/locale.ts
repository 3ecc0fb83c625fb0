/**
 * The locales Lifeloop formats dates, numbers and percentages in. The UI text stays English; the
 * locale decides "3/12/2026" vs "12/03/2026", "1,234.5" vs "1.234,5", "42%" vs "42 %", and the
 * first day of a week in date pickers. A person picks one in Settings, or leaves "Automatic" and
 * gets the browser's first supported language.
 */
export const SUPPORTED_LOCALES = [
  "en-US",
  "en-GB",
  "en-CA",
  "en-AU",
  "en-IN",
  "de-DE",
  "de-CH",
  "fr-FR",
  "fr-CA",
  "es-ES",
  "es-MX",
  "it-IT",
  "nl-NL",
  "pt-BR",
  "pt-PT",
  "sv-SE",
  "da-DK",
  "nb-NO",
  "fi-FI",
  "pl-PL",
  "cs-CZ",
  "tr-TR",
  "ru-RU",
  "uk-UA",
  "ja-JP",
  "ko-KR",
  "zh-CN",
  "zh-TW",
] as const;

export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

export const DEFAULT_LOCALE: SupportedLocale = "en-US";

const SUPPORTED = new Set<string>(SUPPORTED_LOCALES);

export function isSupportedLocale(value: unknown): value is SupportedLocale {
  return typeof value === "string" && SUPPORTED.has(value);
}

/** The supported locale closest to a BCP 47 tag: exact, else the first with the same language. */
export function closestLocale(tag: string): SupportedLocale | null {
  let canonical: string;
  try {
    canonical = Intl.getCanonicalLocales(tag.trim())[0] ?? "";
  } catch {
    return null;
  }
  if (isSupportedLocale(canonical)) return canonical;
  const language = canonical.split("-")[0]?.toLowerCase();
  return SUPPORTED_LOCALES.find((locale) => locale.split("-")[0] === language) ?? null;
}

/** Languages of an Accept-Language header, best first ("de-CH,de;q=0.9,en;q=0.8" → de-CH, de, en). */
export function parseAcceptLanguage(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(",")
    .slice(0, 20)
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag?.trim() ?? "", q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.tag !== "" && entry.tag !== "*" && Number.isFinite(entry.q) && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((entry) => entry.tag);
}

/** The locale to format in: the saved choice, else the browser's first supported language, else en-US. */
export function resolveLocale(saved: string | null | undefined, acceptLanguage: string | null | undefined): SupportedLocale {
  if (isSupportedLocale(saved)) return saved;
  for (const tag of parseAcceptLanguage(acceptLanguage)) {
    const locale = closestLocale(tag);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}
