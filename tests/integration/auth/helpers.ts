import { encode } from "next-auth/jwt";
import { authSecret } from "@/lib/env";
import { createSession } from "@/lib/server/sessions/create-session";

/** A Cookie header holding a real NextAuth session cookie for the given claims (as the browser would send it). */
export async function sessionCookie(claims: Record<string, unknown>): Promise<string> {
  const token = await encode({ token: claims, secret: authSecret() });
  return `next-auth.session-token=${token}`;
}

/** Signs `userId` in as a browser would (a Session row and its cookie) and returns both. */
export async function signInAs(userId: string, now = new Date(), clientLabel = "Firefox on Linux"): Promise<{ sessionId: string; cookie: string }> {
  const session = await createSession({ userId, clientLabel, clientAddress: "203.0.113.7", now });
  return { sessionId: session.id, cookie: await sessionCookie({ sub: userId, sid: session.id }) };
}

/** A request to a route handler, called in-process. Writes carry a same-origin Origin, as a page's would. */
export function apiRequest(path: string, { cookie, method = "GET", body }: { cookie?: string; method?: string; body?: unknown } = {}): Request {
  const headers = new Headers({ host: "localhost:3000" });
  if (cookie) headers.set("cookie", cookie);
  if (method !== "GET") {
    headers.set("origin", "http://localhost:3000");
    headers.set("content-type", "application/json");
  }
  return new Request(`http://localhost:3000${path}`, { method, headers, body: method === "GET" ? undefined : JSON.stringify(body ?? {}) });
}

/** The context a route handler without dynamic segments receives. */
export const NO_PARAMS = { params: Promise.resolve({}) };
