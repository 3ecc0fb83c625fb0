import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/server/sessions/session-policy";

export type NewSession = {
  userId: string;
  /** A short description of the client ("Firefox on Linux"). */
  clientLabel: string;
  /** The client address at sign-in, "" when unknown. */
  clientAddress: string;
  now: Date;
};

/**
 * Records a sign-in and returns the new session's id, which goes into the cookie as `sid`.
 * The id is 192 random bits: it is never trusted on its own (the cookie is signed and encrypted),
 * but it should not be guessable either.
 */
export async function createSession({ userId, clientLabel, clientAddress, now }: NewSession): Promise<{ id: string; expiresAt: Date }> {
  const id = randomBytes(24).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000);
  await getDb().session.create({
    data: { id, userId, createdAt: now, lastSeenAt: now, expiresAt, clientLabel: clientLabel.slice(0, 80), clientAddress: clientAddress.slice(0, 64) },
  });
  return { id, expiresAt };
}
