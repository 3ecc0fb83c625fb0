import { updateProfile } from "@/lib/server/users/update-profile";
import type { UserProfile } from "@/lib/server/users/get-user";
import { getSettingsOperation, patchSettingsOperation } from "@/lib/v1/operations/portfolio";
import { v1Route } from "@/lib/v1/route";

function settingsOf(user: Pick<UserProfile, "email" | "name" | "timeZone" | "capacity" | "locale">) {
  return { email: user.email, name: user.name, timeZone: user.timeZone, capacity: user.capacity, locale: user.locale };
}

export const GET = v1Route(getSettingsOperation, async ({ user }) => settingsOf(user));

/**
 * The profile's fields, merged over the stored ones. Later settings sections (the digest's
 * digestEnabled, digestHour, reviewDay) add their fields to lib/validation/v1/settings.ts and
 * their save here, next to the profile's.
 */
export const PATCH = v1Route(patchSettingsOperation, async ({ user, body }) => {
  const profile = {
    name: body.name ?? user.name,
    timeZone: body.timeZone ?? user.timeZone,
    capacity: body.capacity ?? user.capacity,
    locale: body.locale === undefined ? user.locale : body.locale,
  };
  await updateProfile(user.id, profile);
  return settingsOf({ ...user, ...profile });
});
