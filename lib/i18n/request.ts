import { headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getCurrentSession } from "@/lib/auth";
import { resolveLocale } from "@/lib/domain/locale";
import { messageLocale } from "./config";
import messages from "./messages/en.json";

/**
 * next-intl's request configuration (wired by createNextIntlPlugin in next.config.js), without
 * i18n routing: there is no [locale] segment and no middleware. The UI text is English, so the
 * messages are always en.json. The formatting locale is the person's (Settings, else the
 * browser's) when it is an English variant — "en-GB" keeps English plural rules and gets
 * day-first dates — and plain "en" otherwise. The time zone is the profile's. Dates and numbers
 * outside messages keep going through components/*\/format.ts with the full locale.
 */
export default getRequestConfig(async () => {
  const acceptLanguage = (await headers()).get("accept-language");
  let user: { locale: string | null; timeZone: string } | undefined;
  try {
    // Cached per request: the page's own requireUser reads the same session.
    user = (await getCurrentSession())?.user;
  } catch {
    // The database is unreachable: the page that needs the user reports that; messages still load.
  }
  // Signed out: UTC, so server and browser never disagree on an unset zone.
  return { locale: messageLocale(resolveLocale(user?.locale, acceptLanguage)), messages, timeZone: user?.timeZone ?? "UTC" };
});
