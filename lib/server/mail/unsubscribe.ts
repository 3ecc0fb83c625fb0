import { getDb } from "@/lib/db";
import { verifyUnsubscribeToken } from "./unsubscribe-token";

export type UnsubscribeResult = "unsubscribed" | "already-used" | "invalid";

/**
 * Uses a digest's unsubscribe token: turns the digest off for the message's user, once. A second
 * use of the same token changes nothing and says so. No sign-in needed: the token is the proof.
 */
export async function unsubscribe(token: string, now: Date): Promise<UnsubscribeResult> {
  const messageId = verifyUnsubscribeToken(token);
  if (!messageId) return "invalid";
  const db = getDb();
  return db.$transaction(async (tx) => {
    const message = await tx.emailMessage.findUnique({ where: { id: messageId }, select: { userId: true, kind: true } });
    if (!message || message.kind !== "DIGEST") return "invalid";
    const { count } = await tx.emailMessage.updateMany({ where: { id: messageId, unsubscribedAt: null }, data: { unsubscribedAt: now } });
    if (count === 0) return "already-used";
    await tx.user.update({ where: { id: message.userId }, data: { digestEnabled: false } });
    return "unsubscribed";
  });
}

/** What the confirmation page shows before the click: whom the link is for and whether it was used. */
export async function describeUnsubscribeToken(token: string): Promise<{ state: "valid" | "already-used" | "invalid"; email: string | null }> {
  const messageId = verifyUnsubscribeToken(token);
  if (!messageId) return { state: "invalid", email: null };
  const message = await getDb().emailMessage.findUnique({ where: { id: messageId }, select: { to: true, kind: true, unsubscribedAt: true } });
  if (!message || message.kind !== "DIGEST") return { state: "invalid", email: null };
  return { state: message.unsubscribedAt ? "already-used" : "valid", email: message.to };
}
