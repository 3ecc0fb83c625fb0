import { decodeSessionCookie, expiredSessionCookies } from "@/lib/auth";
import { isSameOrigin, json, publicRoute } from "@/lib/api";
import { AppError } from "@/lib/errors";
import { revokeSession } from "@/lib/server/sessions/revoke-session";

/**
 * Signs this browser out: its session is revoked on the server (so a copy of the cookie stops
 * working too) and its cookies are removed. Answers JSON and leaves navigation to the page, so the
 * browser stays on the host it is on (NextAuth's own sign-out redirects to NEXTAUTH_URL's host).
 * Same-origin only, so another site cannot sign people out.
 */
export const POST = publicRoute(async (request) => {
  if (!isSameOrigin(request)) throw new AppError("FORBIDDEN", "Cross-site request refused: sign out from Lifeloop's own pages.");
  const cookieHeader = request.headers.get("cookie");
  const session = await decodeSessionCookie(cookieHeader);
  if (session) await revokeSession(session.userId, session.sessionId);
  const response = json({ signedOut: true });
  response.headers.set("Cache-Control", "no-store");
  for (const cookie of expiredSessionCookies(cookieHeader)) response.headers.append("Set-Cookie", cookie);
  return response;
});
