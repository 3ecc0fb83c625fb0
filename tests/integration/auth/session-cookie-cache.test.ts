// Decoded session cookies are kept per process (lib/auth.ts): never past the expiry the JWT itself
// carries, and never instead of the database's check that the session is still live.
import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, test, vi } from "vitest";
import { decodeSessionCookie, getUserFromCookieHeader } from "@/lib/auth";
import { authSecret } from "@/lib/env";
import { revokeSession } from "@/lib/server/sessions/revoke-session";
import { createTestUser } from "../factories";
import { signInAs } from "./helpers";

afterEach(() => {
  vi.useRealTimers();
});

describe("[sessions] decoded session cookies", () => {
  test("a cookie decoded once is refused once its JWT has expired", async () => {
    const user = await createTestUser();
    const start = new Date();
    vi.useFakeTimers({ toFake: ["Date"], now: start });
    const token = await encode({ token: { sub: user.id, sid: "session-1" }, secret: authSecret(), maxAge: 60 });
    const cookie = `next-auth.session-token=${token}`;
    expect(await decodeSessionCookie(cookie)).toEqual({ userId: user.id, sessionId: "session-1" });
    // Within the 15 s tolerance next-auth allows after `exp`: still the same answer.
    vi.setSystemTime(start.getTime() + 70_000);
    expect(await decodeSessionCookie(cookie)).toEqual({ userId: user.id, sessionId: "session-1" });
    vi.setSystemTime(start.getTime() + 80_000);
    expect(await decodeSessionCookie(cookie)).toBeNull();
  });

  test("a cookie read before its session was signed out is refused after, decoded or not", async () => {
    const user = await createTestUser();
    const session = await signInAs(user.id);
    expect((await getUserFromCookieHeader(session.cookie))?.id).toBe(user.id);
    expect((await getUserFromCookieHeader(session.cookie))?.id).toBe(user.id);
    await revokeSession(user.id, session.sessionId);
    expect(await getUserFromCookieHeader(session.cookie)).toBeNull();
  });

  test("a tampered cookie is refused, even next to a good one of the same session", async () => {
    const user = await createTestUser();
    const session = await signInAs(user.id);
    expect((await getUserFromCookieHeader(session.cookie))?.id).toBe(user.id);
    const tampered = session.cookie.slice(0, -4) + (session.cookie.endsWith("AAAA") ? "BBBB" : "AAAA");
    expect(await decodeSessionCookie(tampered)).toBeNull();
  });
});
