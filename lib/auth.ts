import type { NextAuthOptions } from "next-auth";
import { getServerSession } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { authSecret } from "@/lib/env";
import { authorizeSignIn } from "@/lib/server/auth/authorize-sign-in";
import { getUser, type UserProfile } from "@/lib/server/users/get-user";
import { signInSchema } from "@/lib/validation/auth";

/** The error a refused sign-in carries to the form: `RATE_LIMITED:<ISO time to retry>`. */
export const RATE_LIMITED_PREFIX = "RATE_LIMITED:";

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
          const result = await authorizeSignIn(parsed.data.email, parsed.data.password, new Date());
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

/** The signed-in user, checked against the database (a deleted account is signed out). */
export async function getCurrentUser(): Promise<UserProfile | null> {
  const session = await getServerSession(getAuthOptions());
  const userId = (session?.user as { id?: string } | undefined)?.id;
  if (!userId) return null;
  return getUser(userId);
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
