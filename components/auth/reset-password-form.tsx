"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { resetPasswordAction } from "@/app/(auth)/password-reset-actions";
import { PasswordField } from "@/components/auth/password-field";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [isPending, startTransition] = useTransition();

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { token, newPassword: String(form.get("newPassword") ?? ""), confirmPassword: String(form.get("confirmPassword") ?? "") };
    startTransition(async () => {
      const result = await resetPasswordAction(input);
      if (!result.ok) {
        setFieldErrors(result.fieldErrors ?? {});
        const tokenError = result.fieldErrors?.token?.[0];
        setError(tokenError ?? (result.fieldErrors ? null : result.error));
        return;
      }
      setDone(true);
    });
  }

  if (done) {
    return (
      <div className="space-y-4">
        <FormMessage tone="success">Password changed. Every browser that was signed in has been signed out.</FormMessage>
        <Link href="/signin" className="block text-center text-sm font-medium text-brand-600 underline-offset-2 hover:underline dark:text-brand-500">
          Sign in with the new password
        </Link>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Choose a new password">
      {error ? <FormMessage tone="error">{error}</FormMessage> : null}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <PasswordField id="newPassword" label="New password" accountWords={[email]} errors={fieldErrors.newPassword} />
      <TextField id="confirmPassword" label="Repeat the new password" type="password" autoComplete="new-password" required maxLength={200} errors={fieldErrors.confirmPassword} />
      <Button type="submit" className="w-full" isPending={isPending} pendingLabel="Saving…">
        Set new password
      </Button>
    </form>
  );
}
