"use client";

import { createContext, useContext } from "react";
import { isSupportedLocale } from "@/lib/domain/locale";
import { setBrowserLocale } from "@/lib/request-locale";

/**
 * What client components need to know about the signed-in person's profile: the time zone that
 * date-time inputs speak (never the browser's) and the locale numbers and dates are shown in.
 */
export type ProfileSettings = { timeZone: string; locale: string };

const FALLBACK: ProfileSettings = { timeZone: "UTC", locale: "en-US" };

const ProfileContext = createContext<ProfileSettings>(FALLBACK);

export function ProfileProvider({ value, children }: { value: ProfileSettings; children: React.ReactNode }) {
  // In the browser, formatters called without a locale use this one too (one person per tab).
  if (isSupportedLocale(value.locale)) setBrowserLocale(value.locale);
  return <ProfileContext.Provider value={value}>{children}</ProfileContext.Provider>;
}

export function useProfile(): ProfileSettings {
  return useContext(ProfileContext);
}
