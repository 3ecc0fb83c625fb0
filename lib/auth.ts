import type { NextAuthOptions } from "next-auth";
import { decode } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { classifyDbError } from "@/lib/db-errors";
import { authSecret } from "@/lib/env";
import { authorizeSignIn } from "@/lib/server/auth/authorize-sign-in";
import { getUser, type UserProfile } from "@/lib/server/users/get-user";
import { signInSchema } from "@/lib/validation/auth";

/** The error a refused sign-in carries to the form: `RATE_LIMITED:<ISO time to retry>`. */
export const RATE_LIMITED_PREFIX = "RATE_LIMITED:";
/** The error of a sign-in that could not reach the database. */
export const UNAVAILABLE_SIGN_IN_ERROR = "UNAVAILABLE";

let options: NextAuthOptions | undefined;

/**
 * NextAuth's options, built on first use: the secret may be read from (or written to) the data
 * folder, which must never happen while `next build` imports route modules.
 */
export function getAuthOptions(): NextAuthOptions {
  options ??= {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/signin" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials) {
          const parsed = signInSchema.safeParse(credentials);
          if (!parsed.success) return null;
          let result: Awaited<ReturnType<typeof authorizeSignIn>>;
          try {
            result = await authorizeSignIn(parsed.data.email, parsed.data.password, new Date());
          } catch (error) {
            // NextAuth would put the raw message in the redirect URL and the form would say
            // "wrong password"; say what happened instead (the form shows UNAVAILABLE as such).
            if (classifyDbError(error) === "unavailable") throw new Error(UNAVAILABLE_SIGN_IN_ERROR);
            throw error;
          }
          if (result.ok) return { id: result.user.id, email: result.user.email, name: result.user.name };
          if (result.reason === "rate-limited") throw new Error(`${RATE_LIMITED_PREFIX}${result.retryAt.toISOString()}`);
          return null;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) token.sub = user.id;
        return token;
      },
      session({ session, token }) {
        if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
        return session;
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

/**
 * The user a session cookie belongs to, checked against the database (a deleted account is
 * signed out). A missing, expired or tampered cookie is "signed out", never an error.
 */
export async function getUserFromCookieHeader(cookieHeader: string | null): Promise<UserProfile | null> {
  const raw = readSessionToken(cookieHeader);
  if (!raw) return null;
  let userId: string | undefined;
  try {
    const token = await decode({ token: raw, secret: authSecret() });
    userId = typeof token?.sub === "string" ? token.sub : undefined;
  } catch {
    return null;
  }
  if (!userId || userId.length > 64) return null;
  return getUser(userId);
}

/** The signed-in user of the current page render or server action. */
export async function getCurrentUser(): Promise<UserProfile | null> {
  return getUserFromCookieHeader((await headers()).get("cookie"));
}

/** The signed-in user of a route handler's request (works without Next's request scope, e.g. in tests). */
export async function getRequestUser(request: Request): Promise<UserProfile | null> {
  return getUserFromCookieHeader(request.headers.get("cookie"));
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
