"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { requestPasswordResetAction } from "@/app/(auth)/password-reset-actions";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

export function ForgotPasswordForm() {
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [isPending, startTransition] = useTransition();

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "");
    startTransition(async () => {
      const result = await requestPasswordResetAction({ email });
      if (!result.ok) {
        setFieldErrors(result.fieldErrors ?? {});
        setMessage(result.fieldErrors ? null : { tone: "error", text: result.error });
        return;
      }
      setFieldErrors({});
      setMessage({ tone: "success", text: result.data.message });
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Reset password">
      {message ? (
        <div>
          <FormMessage tone={message.tone}>{message.text}</FormMessage>
        </div>
      ) : null}
      <TextField id="email" label="Email" type="email" autoComplete="email" required errors={fieldErrors.email} />
      <Button type="submit" className="w-full" isPending={isPending} pendingLabel="Sending…">
        Send me a reset link
      </Button>
      <p className="text-center text-sm text-slate-600 dark:text-slate-400">
        Remembered it?{" "}
        <Link href="/signin" className="font-medium text-brand-600 underline-offset-2 hover:underline dark:text-brand-500">
          Sign in
        </Link>
      </p>
    </form>
  );
}
