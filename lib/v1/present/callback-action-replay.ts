import type { z } from "zod";
import { getCallback } from "@/lib/server/callbacks/get-callback";
import type { UserProfile } from "@/lib/server/users/get-user";
import type { callbackSchema } from "@/lib/validation/v1/callbacks";
import { presentCallback } from "@/lib/v1/present/callback";

/** A callback action whose write committed but whose answer was lost: the callback as it is now. */
export async function callbackActionReplay({ user, resultRef }: { user: UserProfile; resultRef: string }): Promise<z.infer<typeof callbackSchema>> {
  const now = new Date();
  return presentCallback((await getCallback(user, resultRef, now)).callback, now);
}
