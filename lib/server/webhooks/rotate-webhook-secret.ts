import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";

/** A new signing secret for the user's webhook (the old one stops verifying at once). Shown once. */
export async function rotateWebhookSecret(userId: string, now: Date): Promise<{ secret: string }> {
  const secret = `whsec_${randomBytes(32).toString("base64url")}`;
  const { count } = await getDb().webhook.updateMany({ where: { userId }, data: { secret, updatedAt: now } });
  if (count === 0) throw notFound("That webhook");
  return { secret };
}
