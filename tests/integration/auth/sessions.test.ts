import { describe, expect, test } from "vitest";
import { GET as listCallbacksRoute } from "@/app/api/callbacks/route";
import { POST as signOutRoute } from "@/app/api/auth/sign-out/route";
import { getUserFromCookieHeader, readSession } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { deleteStaleSessions } from "@/lib/server/sessions/delete-stale-sessions";
import { listSessions } from "@/lib/server/sessions/list-sessions";
import { revokeAllSessions } from "@/lib/server/sessions/revoke-all-sessions";
import { revokeSession } from "@/lib/server/sessions/revoke-session";
import { LAST_SEEN_RESOLUTION_MINUTES } from "@/lib/server/sessions/session-policy";
import { sweepAuthRecords } from "@/lib/server/sessions/sweep-auth-records";
import { deleteUser } from "@/lib/server/users/delete-user";
import { createTestUser } from "../factories";
import { NO_PARAMS, apiRequest, sessionCookie, signInAs } from "./helpers";

async function statusOfCallbacksApi(cookie: string): Promise<number> {
  return (await listCallbacksRoute(apiRequest("/api/callbacks", { cookie }), NO_PARAMS)).status;
}

describe("[sessions] a session ends when it is signed out", () => {
  test("a cookie saved before sign-out reads the API before it and gets 401 after it", async () => {
    const user = await createTestUser();
    const { cookie } = await signInAs(user.id);
    expect(await statusOfCallbacksApi(cookie)).toBe(200);

    const response = await signOutRoute(apiRequest("/api/auth/sign-out", { cookie, method: "POST" }), NO_PARAMS);
    expect(response.status).toBe(200);
    // The browser's cookie is removed…
    expect(response.headers.get("set-cookie")).toMatch(/^next-auth\.session-token=; Path=\/; Max-Age=0; HttpOnly; SameSite=Lax/);
    // …and a copy of it no longer works anywhere: route handlers (401) and pages (no user → redirect to sign-in).
    const afterwards = await listCallbacksRoute(apiRequest("/api/callbacks", { cookie }), NO_PARAMS);
    expect(afterwards.status).toBe(401);
    expect(await afterwards.json()).toMatchObject({ error: { code: "UNAUTHORIZED" } });
    expect(await getUserFromCookieHeader(cookie)).toBeNull();
  });

  test("sign-out from another site is refused and signs nothing out", async () => {
    const user = await createTestUser();
    const { cookie } = await signInAs(user.id);
    const request = apiRequest("/api/auth/sign-out", { cookie, method: "POST" });
    request.headers.set("origin", "https://evil.example");
    const response = await signOutRoute(request, NO_PARAMS);
    expect(response.status).toBe(403);
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(await statusOfCallbacksApi(cookie)).toBe(200);
  });

  test("signing out one session leaves the user's other sessions signed in", async () => {
    const user = await createTestUser();
    const laptop = await signInAs(user.id);
    const phone = await signInAs(user.id, new Date(), "Safari on iOS");
    expect(await revokeSession(user.id, laptop.sessionId)).toBe(true);
    expect(await statusOfCallbacksApi(laptop.cookie)).toBe(401);
    expect(await statusOfCallbacksApi(phone.cookie)).toBe(200);
    // Already signed out: nothing more to do.
    expect(await revokeSession(user.id, laptop.sessionId)).toBe(false);
  });

  test("sign out everywhere ends every session, or every other one when one is kept", async () => {
    const user = await createTestUser();
    const [a, b, c] = await Promise.all([signInAs(user.id), signInAs(user.id), signInAs(user.id)]);
    expect(await revokeAllSessions(user.id, a.sessionId)).toBe(2);
    expect(await Promise.all([a, b, c].map((s) => statusOfCallbacksApi(s.cookie)))).toEqual([200, 401, 401]);
    expect(await revokeAllSessions(user.id)).toBe(1);
    expect(await statusOfCallbacksApi(a.cookie)).toBe(401);
  });

  test("user B cannot sign out user A's session, nor list it", async () => {
    const a = await createTestUser();
    const b = await createTestUser();
    const session = await signInAs(a.id);
    await signInAs(b.id);
    expect(await revokeSession(b.id, session.sessionId)).toBe(false);
    expect(await revokeAllSessions(b.id)).toBe(1);
    expect(await statusOfCallbacksApi(session.cookie)).toBe(200);
    expect((await listSessions(b.id, new Date())).map((s) => s.id)).not.toContain(session.sessionId);
  });

  test("a cookie is refused when its session belongs to someone else, has no sid, is expired, or its account is gone", async () => {
    const a = await createTestUser();
    const b = await createTestUser();
    const session = await signInAs(a.id);
    // A validly signed cookie naming A's session but B as its user (a forged pairing).
    expect(await getUserFromCookieHeader(await sessionCookie({ sub: b.id, sid: session.sessionId }))).toBeNull();
    // A cookie from before sessions were recorded (no sid).
    expect(await getUserFromCookieHeader(await sessionCookie({ sub: a.id }))).toBeNull();
    // Expired on the server even though the JWT itself would still be valid.
    const expired = await signInAs(a.id);
    await getDb().session.update({ where: { id: expired.sessionId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getUserFromCookieHeader(expired.cookie)).toBeNull();
    // Deleted account: the sessions go with it.
    await deleteUser(a.id);
    expect(await getUserFromCookieHeader(session.cookie)).toBeNull();
    expect(await getDb().session.count({ where: { userId: a.id } })).toBe(0);
  });

  test("lastSeenAt is written at most every few minutes, not on every request", async () => {
    const user = await createTestUser();
    const signedInAt = new Date(Date.now() - 60_000);
    const { cookie, sessionId } = await signInAs(user.id, signedInAt);
    await readSession(cookie);
    const row = await getDb().session.findUniqueOrThrow({ where: { id: sessionId } });
    expect(row.lastSeenAt).toEqual(signedInAt);

    const longAgo = new Date(Date.now() - (LAST_SEEN_RESOLUTION_MINUTES + 1) * 60_000);
    await getDb().session.update({ where: { id: sessionId }, data: { lastSeenAt: longAgo } });
    const before = Date.now();
    await readSession(cookie);
    const touched = await getDb().session.findUniqueOrThrow({ where: { id: sessionId } });
    expect(touched.lastSeenAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  test("the sweep deletes signed-out and expired sessions, in bounded batches, and keeps live ones", async () => {
    const user = await createTestUser();
    const now = new Date();
    const live = await signInAs(user.id, now);
    const revoked = await Promise.all([signInAs(user.id, now), signInAs(user.id, now), signInAs(user.id, now)]);
    for (const session of revoked) await revokeSession(user.id, session.sessionId, now);
    const expired = await signInAs(user.id, now);
    await getDb().session.update({ where: { id: expired.sessionId }, data: { expiresAt: new Date(now.getTime() - 1) } });

    // Other test files share the table, so bound this check to this user's rows.
    const mine = () => getDb().session.findMany({ where: { userId: user.id }, select: { id: true } });
    expect(await deleteStaleSessions(now, 1)).toBe(1);
    while ((await mine()).length > 1) await sweepAuthRecords(now);
    expect((await mine()).map((row) => row.id)).toEqual([live.sessionId]);
  });
});
