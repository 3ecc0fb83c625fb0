import { getNotificationSettings, updateNotificationSettings } from "@/lib/server/mail/notification-settings";
import { updateProfile } from "@/lib/server/users/update-profile";
import type { UserProfile } from "@/lib/server/users/get-user";
import type { NotificationSettings } from "@/lib/validation/notifications";
import { getSettingsOperation, patchSettingsOperation } from "@/lib/v1/operations/portfolio";
import { v1Route } from "@/lib/v1/route";

function settingsOf(user: Pick<UserProfile, "email" | "name" | "timeZone" | "capacity" | "locale" | "weekStartsOn">, notifications: NotificationSettings) {
  return { email: user.email, name: user.name, timeZone: user.timeZone, capacity: user.capacity, locale: user.locale, weekStartsOn: user.weekStartsOn, ...notifications };
}

export const GET = v1Route(getSettingsOperation, async ({ user }) => settingsOf(user, await getNotificationSettings(user.id)));

/** The profile's fields and the digest's, merged over the stored ones (validated as a whole first). */
export const PATCH = v1Route(patchSettingsOperation, async ({ user, body }) => {
  const { digestEnabled, digestHour, digestDays, reviewDay } = body;
  const profile = {
    name: body.name ?? user.name,
    timeZone: body.timeZone ?? user.timeZone,
    capacity: body.capacity ?? user.capacity,
    locale: body.locale === undefined ? user.locale : body.locale,
    weekStartsOn: body.weekStartsOn === undefined ? user.weekStartsOn : body.weekStartsOn,
  };
  const profileChanged = body.name !== undefined || body.timeZone !== undefined || body.capacity !== undefined || body.locale !== undefined || body.weekStartsOn !== undefined;
  if (profileChanged) await updateProfile(user.id, profile);
  const digest = { digestEnabled, digestHour, digestDays, reviewDay };
  // An update with nothing to write would match no row and read as "account not found".
  const digestChanged = Object.values(digest).some((value) => value !== undefined);
  const notifications = digestChanged ? await updateNotificationSettings(user.id, digest) : await getNotificationSettings(user.id);
  return settingsOf({ ...user, ...profile }, notifications);
});
