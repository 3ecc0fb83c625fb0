import type { NextAuthOptions } from "next-auth";
import { decode } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { clientRateLimitKey, resolveClientAddress } from "@/lib/domain/client-address";
import { resolveLocale } from "@/lib/domain/locale";
import { describeUserAgent } from "@/lib/domain/user-agent";
import { authSecret, readEnv } from "@/lib/env";
import { log } from "@/lib/log";
import { authorizeSignIn } from "@/lib/server/auth/authorize-sign-in";
import { createSession } from "@/lib/server/sessions/create-session";
import { findSessionUser, type SessionUser } from "@/lib/server/sessions/find-session-user";
import { revokeSession } from "@/lib/server/sessions/revoke-session";
import { LAST_SEEN_RESOLUTION_MINUTES, SESSION_MAX_AGE_SECONDS } from "@/lib/server/sessions/session-policy";
import { touchSession } from "@/lib/server/sessions/touch-session";
import type { UserProfile } from "@/lib/server/users/get-user";
import { setRequestLocale } from "@/lib/request-locale";
import { signInSchema } from "@/lib/validation/auth";

/**
 * Sessions. The cookie is NextAuth's JWT, but it is only a pointer: it carries the id of a
 * Session row (`sid`), and every request checks that row (not signed out, not expired) in the
 * same query that loads the user — `readSession` below is the one place pages, server actions
 * and route handlers all go through. Signing out, "sign out everywhere" and a password change
 * revoke rows, so a copied cookie stops working at once rather than after 30 days.
 */

/** The error a refused sign-in carries to the form: `RATE_LIMITED:<scope>:<ISO time to retry>`. */
export const RATE_LIMITED_PREFIX = "RATE_LIMITED:";

/** The error of a sign-in that failed on the server's side (e.g. the database is unreachable). */
export const SIGN_IN_UNAVAILABLE = "UNAVAILABLE";

/** An error whose message NextAuth may pass to the sign-in form (it passes any thrown message on). */
class SignInRefusal extends Error {}

/**
 * Set on every request by the server itself (scripts/record-peer-address.mjs), overwriting
 * whatever a client sent: the TCP peer address, which Next does not otherwise pass on.
 */
export const PEER_ADDRESS_HEADER = "x-lifeloop-peer-address";

type HeaderSource = Headers | Record<string, unknown>;

function headerOf(source: HeaderSource, name: string): string | null {
  if (source instanceof Headers) return source.get(name);
  const value = source[name];
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.join(", ");
  return null;
}

export type RequestClient = {
  /** The client's address as far as it can be trusted (see lib/domain/client-address.ts), or null. */
  address: string | null;
  /** The key sign-in limits count by (an IPv4 address or an IPv6 /64). */
  key: string;
  /** "Firefox on Linux". */
  label: string;
};

/** Who is asking: the client address (trusting X-Forwarded-For only per LIFELOOP_TRUSTED_PROXIES) and browser. */
export function requestClient(source: HeaderSource): RequestClient {
  // The peer header is believed only when this process records it itself; otherwise a client could send it.
  const peerRecorded = (globalThis as { __lifeloopPeerAddressRecorded?: boolean }).__lifeloopPeerAddressRecorded === true;
  const address = resolveClientAddress({
    forwardedFor: headerOf(source, "x-forwarded-for"),
    peerAddress: peerRecorded ? headerOf(source, PEER_ADDRESS_HEADER) : null,
    trustedProxies: readEnv().LIFELOOP_TRUSTED_PROXIES ?? 0,
  });
  return { address, key: clientRateLimitKey(address), label: describeUserAgent(headerOf(source, "user-agent")) };
}

let options: NextAuthOptions | undefined;

/**
 * NextAuth's options, built on first use: the secret may be read from (or written to) the data
 * folder, which must never happen while `next build` imports route modules.
 */
export function getAuthOptions(): NextAuthOptions {
  options ??= {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/signin" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, request) {
          const parsed = signInSchema.safeParse(credentials);
          if (!parsed.success) return null;
          const client = requestClient(request.headers ?? {});
          const now = new Date();
          let signedIn: { id: string; email: string; name: string; sessionId: string };
          try {
            const result = await authorizeSignIn({ email: parsed.data.email, password: parsed.data.password, clientKey: client.key, now });
            if (!result.ok) {
              if (result.reason === "rate-limited") throw new SignInRefusal(`${RATE_LIMITED_PREFIX}${result.scope}:${result.retryAt.toISOString()}`);
              return null;
            }
            const session = await createSession({ userId: result.user.id, clientLabel: client.label, clientAddress: client.address ?? "", now });
            signedIn = { ...result.user, sessionId: session.id };
          } catch (error) {
            if (error instanceof SignInRefusal) throw error;
            // NextAuth would hand this error's message to the browser: log it, send a code instead.
            log.error({ err: error, where: "sign-in" }, "sign-in failed");
            throw new SignInRefusal(SIGN_IN_UNAVAILABLE);
          }
          return signedIn;
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.sid = (user as { sessionId?: string }).sessionId;
          return token;
        }
        // NextAuth's own /api/auth/session reads the cookie without us: a signed-out session must
        // not answer there either (throwing makes NextAuth answer `{}` and clear the cookie).
        if (!(await isLiveToken(token))) throw new Error("Session signed out");
        return token;
      },
      session({ session, token }) {
        if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
        return session;
      },
    },
    events: {
      // NextAuth's /api/auth/signout (the app itself uses /api/auth/sign-out, which does the same).
      async signOut({ token }) {
        const ids = sessionIdsOf(token);
        if (ids) await revokeSession(ids.userId, ids.sessionId);
      },
    },
  };
  return options;
}

/** NextAuth's session cookie: `__Secure-` prefixed over https, plain otherwise; large ones are chunked (`.0`, `.1`…). */
const SESSION_COOKIE_NAMES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

function parseCookies(header: string): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of header.split(";")) {
    const index = part.indexOf("=");
    if (index <= 0) continue;
    const name = part.slice(0, index).trim();
    const raw = part.slice(index + 1).trim();
    let value = raw;
    try {
      value = decodeURIComponent(raw);
    } catch {
      // A malformed escape is kept as sent; decoding the token then fails and the request is signed out.
    }
    if (!cookies.has(name)) cookies.set(name, value);
  }
  return cookies;
}

function readSessionToken(cookieHeader: string | null): string | null {
  if (!cookieHeader) return null;
  const cookies = parseCookies(cookieHeader);
  for (const name of SESSION_COOKIE_NAMES) {
    const whole = cookies.get(name);
    if (whole) return whole;
    const chunks: string[] = [];
    for (let index = 0; cookies.has(`${name}.${index}`); index += 1) chunks.push(cookies.get(`${name}.${index}`)!);
    if (chunks.length > 0) return chunks.join("");
  }
  return null;
}

/** The names of the session cookies (whole or chunked) present in a Cookie header. */
export function sessionCookieNamesIn(cookieHeader: string | null): string[] {
  if (!cookieHeader) return [];
  return [...parseCookies(cookieHeader).keys()].filter((name) => SESSION_COOKIE_NAMES.some((base) => name === base || name.startsWith(`${base}.`)));
}

/** `Set-Cookie` values that remove the session cookies a request carried. */
export function expiredSessionCookies(cookieHeader: string | null): string[] {
  return sessionCookieNamesIn(cookieHeader).map(
    (name) => `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${name.startsWith("__Secure-") ? "; Secure" : ""}`,
  );
}

type SessionIds = { userId: string; sessionId: string };

function sessionIdsOf(token: Record<string, unknown> | null | undefined): SessionIds | null {
  const userId = token?.sub;
  const sessionId = token?.sid;
  if (typeof userId !== "string" || typeof sessionId !== "string") return null;
  if (userId.length === 0 || userId.length > 64 || sessionId.length === 0 || sessionId.length > 64) return null;
  return { userId, sessionId };
}

/**
 * The user and session ids a session cookie names, when its signature holds (the session itself
 * may be signed out: see `readSession`). Cookies from before sessions were recorded carry no
 * `sid` and are signed out.
 */
export async function decodeSessionCookie(cookieHeader: string | null): Promise<SessionIds | null> {
  const raw = readSessionToken(cookieHeader);
  if (!raw) return null;
  const secret = authSecret();
  const known = decodedCookies.get(raw);
  if (known && known.secret === secret && Date.now() < known.validUntilMs) {
    // Most recently used last, so the oldest is the one evicted.
    decodedCookies.delete(raw);
    decodedCookies.set(raw, known);
    return known.ids;
  }
  decodedCookies.delete(raw);
  try {
    const payload = await decode({ token: raw, secret });
    const ids = sessionIdsOf(payload);
    if (ids && typeof payload?.exp === "number") {
      if (decodedCookies.size >= DECODED_COOKIES_MAX) decodedCookies.delete(decodedCookies.keys().next().value!);
      decodedCookies.set(raw, { ids, secret, validUntilMs: (payload.exp + JWT_CLOCK_TOLERANCE_SECONDS) * 1000 });
    }
    return ids;
  } catch {
    return null;
  }
}

/**
 * Session cookies already decoded, by their text: decoding derives the key (HKDF) and decrypts the
 * JWE, the same work for the same cookie on every request of a session. Only cookies that decoded
 * are kept, until the expiry `decode` would enforce (its 15 s clock tolerance included), the most
 * recently used DECODED_COOKIES_MAX of them. Whether the session is still live is checked in the
 * database on every request all the same (readSession).
 */
const decodedCookies = new Map<string, { ids: SessionIds; secret: string; validUntilMs: number }>();
const DECODED_COOKIES_MAX = 256;
/** next-auth's `decode` accepts a token up to 15 s past its `exp`. */
const JWT_CLOCK_TOLERANCE_SECONDS = 15;

async function isLiveToken(token: Record<string, unknown>): Promise<boolean> {
  const ids = sessionIdsOf(token);
  return ids !== null && (await findSessionUser(ids.sessionId, ids.userId, new Date())) !== null;
}

/**
 * The live session a Cookie header belongs to, with its user, or null (no cookie, a tampered or
 * expired one, a signed-out session, a deleted account). Also notes the session as seen, at most
 * every few minutes.
 */
export async function readSession(cookieHeader: string | null): Promise<SessionUser | null> {
  const ids = await decodeSessionCookie(cookieHeader);
  if (!ids) return null;
  const now = new Date();
  const session = await findSessionUser(ids.sessionId, ids.userId, now);
  if (session && now.getTime() - session.lastSeenAt.getTime() >= LAST_SEEN_RESOLUTION_MINUTES * 60_000) {
    try {
      await touchSession(session.sessionId, now);
    } catch (error) {
      // "Last active" is a convenience; a failed write must not sign anyone out.
      log.warn({ err: error }, "could not note session as seen");
    }
  }
  return session;
}

/** The user a session cookie belongs to (see `readSession`). */
export async function getUserFromCookieHeader(cookieHeader: string | null): Promise<UserProfile | null> {
  return (await readSession(cookieHeader))?.user ?? null;
}

/** The live session of the current page render or server action (read once per request). */
export const getCurrentSession = cache(async (): Promise<SessionUser | null> => readSession((await headers()).get("cookie")));

/** The signed-in user of the current page render or server action. */
export async function getCurrentUser(): Promise<UserProfile | null> {
  const user = (await getCurrentSession())?.user ?? null;
  // Formatters read the request's locale (lib/request-locale.ts); set it before anything renders.
  if (user) setRequestLocale(resolveLocale(user.locale, (await headers()).get("accept-language")));
  return user;
}

/** The signed-in user of a route handler's request (works without Next's request scope, e.g. in tests). */
export async function getRequestUser(request: Request): Promise<UserProfile | null> {
  return getUserFromCookieHeader(request.headers.get("cookie"));
}

/** Removes this browser's session cookies (from a server action, after its session was signed out). */
export async function clearSessionCookies(): Promise<void> {
  const jar = await cookies();
  for (const name of sessionCookieNamesIn((await headers()).get("cookie"))) {
    // A `__Secure-` cookie can only be replaced by one marked Secure.
    jar.set(name, "", { path: "/", maxAge: 0, httpOnly: true, sameSite: "lax", secure: name.startsWith("__Secure-") });
  }
}

/**
 * The signed-in user, or a redirect to sign-in that comes back to `returnTo` (by default the
 * requested path, which proxy.ts passes in a header).
 */
export async function requireUser(returnTo?: string): Promise<UserProfile> {
  const user = await getCurrentUser();
  if (!user) {
    const target = returnTo ?? (await headers()).get("x-lifeloop-path");
    redirect(target ? `/signin?callbackUrl=${encodeURIComponent(target)}` : "/signin");
  }
  return user;
}
