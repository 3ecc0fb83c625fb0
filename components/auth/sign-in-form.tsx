"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

const RATE_LIMITED_PREFIX = "RATE_LIMITED:";

/** The form's words for NextAuth's error: `RATE_LIMITED:<scope>:<ISO time>` (lib/auth.ts) or a plain refusal. */
function describeSignInError(error: string): string {
  if (error.startsWith(RATE_LIMITED_PREFIX)) {
    const rest = error.slice(RATE_LIMITED_PREFIX.length);
    const separator = rest.indexOf(":");
    const scope = separator > 0 ? rest.slice(0, separator) : "";
    const retryAt = new Date(separator > 0 ? rest.slice(separator + 1) : rest);
    const time = Number.isNaN(retryAt.getTime())
      ? "later"
      : `at ${retryAt.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}`;
    return scope === "client"
      ? `Too many failed sign-ins from your network. Try again ${time}.`
      : `Too many failed sign-ins for this email. Try again ${time}.`;
  }
  if (error === "UNAVAILABLE") return "Signing in failed on our side (Lifeloop could not reach its database). Try again in a moment.";
  return "Email or password is wrong.";
}

export function SignInForm({ returnTo }: { returnTo: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!email || !password) {
      setError("Enter your email and password.");
      return;
    }
    startTransition(async () => {
      const result = await signIn("credentials", { email, password, redirect: false });
      if (!result?.ok) {
        setError(describeSignInError(result?.error ?? ""));
        return;
      }
      router.replace(returnTo);
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Sign in">
      {error ? (
        <div id="sign-in-error">
          <FormMessage tone="error">{error}</FormMessage>
        </div>
      ) : null}
      <TextField id="email" label="Email" type="email" autoComplete="email" required aria-describedby={error ? "sign-in-error" : undefined} />
      <TextField
        id="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        aria-describedby={error ? "sign-in-error" : undefined}
      />
      <p className="-mt-2 text-right text-sm">
        <Link href="/forgot-password" className="font-medium text-brand-600 underline-offset-2 hover:underline dark:text-brand-500">
          Forgot password?
        </Link>
      </p>
      <Button type="submit" className="w-full" isPending={isPending} pendingLabel="Signing in…">
        Sign in
      </Button>
      <p className="text-center text-sm text-slate-600 dark:text-slate-400">
        New to Lifeloop?{" "}
        <Link href="/signup" className="font-medium text-brand-600 underline-offset-2 hover:underline dark:text-brand-500">
          Create an account
        </Link>
      </p>
    </form>
  );
}
