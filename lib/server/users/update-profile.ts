import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";

type ProfileFields = { name: string; timeZone: string; capacity: number; locale?: string | null; weekStartsOn?: number | null };

/** Saves name, time zone, capacity and (when given) the formatting locale and week start of the user's own profile. */
export async function updateProfile(userId: string, input: ProfileFields): Promise<void> {
  const { count } = await getDb().user.updateMany({ where: { id: userId }, data: input });
  if (count === 0) throw notFound("Your account");
}
