import { cache } from "react";
import { DEFAULT_LOCALE, type SupportedLocale } from "@/lib/domain/locale";

/**
 * The locale of the current request, for the formatters in components/*\/format.ts.
 *
 * In a server component render the box is per request (React `cache`); `requireUser` and
 * `getCurrentUser` fill it as soon as they know who is signed in, and every signed-in page awaits
 * one of them before it formats anything. Client components pass `useProfile().locale`
 * explicitly, so the server-rendered HTML and the browser agree; in the browser the provider also
 * records it here as the default.
 */
const requestBox = cache((): { locale: SupportedLocale | null } => ({ locale: null }));

let browserLocale: SupportedLocale | null = null;

export function setRequestLocale(locale: SupportedLocale): void {
  requestBox().locale = locale;
}

export function setBrowserLocale(locale: SupportedLocale): void {
  if (typeof window !== "undefined") browserLocale = locale;
}

export function currentLocale(): SupportedLocale {
  return requestBox().locale ?? browserLocale ?? DEFAULT_LOCALE;
}
