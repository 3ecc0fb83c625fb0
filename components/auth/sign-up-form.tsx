"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, useTransition } from "react";
import { signUpAction } from "@/app/(auth)/actions";
import { PasswordField } from "@/components/auth/password-field";
import { useBrowserTimeZone } from "@/components/auth/use-browser-time-zone";
import { TimeZoneSelect } from "@/components/time-zone-select";
import type { CompactZone } from "@/lib/time-zones";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { accountWords } from "@/lib/domain/password-rules";
import { HOME_PATH } from "@/lib/routes";

export function SignUpForm({ zones }: { zones: readonly CompactZone[] }) {
  const router = useRouter();
  const browserZone = useBrowserTimeZone();
  const [chosenZone, setChosenZone] = useState<string | null>(null);
  const [accountInputs, setAccountInputs] = useState({ name: "", email: "" });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const timeZone = chosenZone ?? browserZone;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      name: String(form.get("name") ?? ""),
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      timeZone,
    };
    startTransition(async () => {
      setFormError(null);
      const result = await signUpAction(input);
      if (!result.ok) {
        setFieldErrors(result.fieldErrors ?? {});
        if (!result.fieldErrors) setFormError(result.error);
        return;
      }
      setFieldErrors({});
      const signedIn = await signIn("credentials", { email: result.data.email, password: input.password, redirect: false });
      if (!signedIn?.ok) {
        setFormError("Your account was created, but signing in failed. Please sign in.");
        return;
      }
      router.replace(HOME_PATH);
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Create your account">
      {formError ? <FormMessage tone="error">{formError}</FormMessage> : null}
      <TextField
        id="name"
        label="Name (optional)"
        autoComplete="name"
        maxLength={100}
        errors={fieldErrors.name}
        onChange={(event) => setAccountInputs((inputs) => ({ ...inputs, name: event.target.value }))}
      />
      <TextField
        id="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        errors={fieldErrors.email}
        onChange={(event) => setAccountInputs((inputs) => ({ ...inputs, email: event.target.value }))}
      />
      <PasswordField id="password" label="Password" accountWords={accountWords(accountInputs.email, accountInputs.name)} errors={fieldErrors.password} />
      <TimeZoneSelect
        value={timeZone}
        onChange={setChosenZone}
        zones={zones}
        errors={fieldErrors.timeZone}
        hint="Taken from your browser. Days and weeks are counted in this zone."
      />
      <Button type="submit" className="w-full" isPending={isPending} pendingLabel="Creating your account…">
        Create account
      </Button>
      <p className="text-center text-sm text-slate-600 dark:text-slate-400">
        Already have an account?{" "}
        <Link href="/signin" className="font-medium text-brand-600 underline-offset-2 hover:underline dark:text-brand-500">
          Sign in
        </Link>
      </p>
    </form>
  );
}
