import { getDb } from "@/lib/db";

export type UserProfile = {
  id: string;
  email: string;
  name: string;
  timeZone: string;
  capacity: number;
  /** The chosen formatting locale, or null for the browser's (see resolveLocale). */
  locale: string | null;
  /** The chosen first day of the week (ISO weekday), or null for the locale's (see resolveWeekStart). */
  weekStartsOn: number | null;
  createdAt: Date;
};

/** The signed-in user's profile, or null when the account no longer exists. */
export async function getUser(userId: string): Promise<UserProfile | null> {
  return getDb().user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, timeZone: true, capacity: true, locale: true, weekStartsOn: true, createdAt: true },
  });
}
