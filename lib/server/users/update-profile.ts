import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { ProfileInput } from "@/lib/validation/settings";

/** Saves name, time zone and capacity of the user's own profile. */
export async function updateProfile(userId: string, input: ProfileInput): Promise<void> {
  const { count } = await getDb().user.updateMany({ where: { id: userId }, data: input });
  if (count === 0) throw notFound("Your account");
}
