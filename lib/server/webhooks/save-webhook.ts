import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db";
import type { SaveWebhookInput } from "@/lib/validation/webhooks";

/**
 * Sets the user's webhook URL. The first time, a signing secret is made ("whsec_" + 32 random bytes)
 * and returned: it is shown once. Changing the URL later keeps the secret (and turns a disabled
 * webhook back on, with a clean failure count).
 */
export async function saveWebhook(userId: string, input: SaveWebhookInput, now: Date): Promise<{ secret: string | null }> {
  const secret = `whsec_${randomBytes(32).toString("base64url")}`;
  const existing = await getDb().webhook.findUnique({ where: { userId }, select: { id: true } });
  if (existing) {
    await getDb().webhook.update({ where: { userId }, data: { url: input.url, disabledAt: null, disabledReason: "", consecutiveFailures: 0, updatedAt: now } });
    return { secret: null };
  }
  // The unique userId settles a race between two first saves: the loser changes the URL only.
  const created = await getDb().webhook.upsert({
    where: { userId },
    create: { userId, url: input.url, secret, createdAt: now, updatedAt: now },
    update: { url: input.url },
  });
  return { secret: created.secret === secret ? secret : null };
}
