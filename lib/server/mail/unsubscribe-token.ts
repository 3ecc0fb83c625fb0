import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/env";

function signature(messageId: string, secret: string): string {
  return createHmac("sha256", secret).update(`lifeloop-unsubscribe:${messageId}`).digest("base64url");
}

/**
 * The unsubscribe token of one digest: its message id and an HMAC of it under the app's secret
 * (NEXTAUTH_SECRET), so it needs no sign-in and cannot be forged. It works once: using it stamps
 * the message (see unsubscribe.ts).
 */
export function unsubscribeToken(messageId: string, secret: string = authSecret()): string {
  return `${messageId}.${signature(messageId, secret)}`;
}

/** The message id a well-signed token names, or null. */
export function verifyUnsubscribeToken(token: string, secret: string = authSecret()): string | null {
  const dot = token.lastIndexOf(".");
  if (dot <= 0 || token.length > 200) return null;
  const messageId = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(signature(messageId, secret));
  return given.length === expected.length && timingSafeEqual(given, expected) ? messageId : null;
}
