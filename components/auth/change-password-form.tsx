"use client";

import { useState, useTransition } from "react";
import { changePasswordAction } from "@/app/(app)/settings/security/actions";
import { PasswordField } from "@/components/auth/password-field";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

function signedOutText(count: number): string {
  if (count === 0) return "Password changed. No other browser was signed in.";
  return `Password changed. ${count} other ${count === 1 ? "session was" : "sessions were"} signed out; this one stays signed in.`;
}

export function ChangePasswordForm({ accountWords }: { accountWords: string[] }) {
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  // Bumped after a change, to start the form over with empty fields.
  const [formKey, setFormKey] = useState(0);
  const [isPending, startTransition] = useTransition();

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      currentPassword: String(form.get("currentPassword") ?? ""),
      newPassword: String(form.get("newPassword") ?? ""),
      confirmPassword: String(form.get("confirmPassword") ?? ""),
    };
    startTransition(async () => {
      const result = await changePasswordAction(input);
      if (!result.ok) {
        setFieldErrors(result.fieldErrors ?? {});
        // Field errors speak for themselves next to their fields; a line above says only what has no field.
        setMessage(result.fieldErrors ? null : { tone: "error", text: result.error });
        return;
      }
      setFieldErrors({});
      setFormKey((key) => key + 1);
      setMessage({ tone: "success", text: signedOutText(result.data.signedOutSessions) });
    });
  }

  return (
    <Card>
      <CardHeader title="Password" description="Changing it signs out every other browser; this one stays signed in." />
      <form key={formKey} onSubmit={onSubmit} noValidate className="max-w-md space-y-4" aria-label="Change password">
        <TextField
          id="currentPassword"
          label="Current password"
          type="password"
          autoComplete="current-password"
          required
          maxLength={200}
          errors={fieldErrors.currentPassword}
        />
        <PasswordField id="newPassword" label="New password" accountWords={accountWords} errors={fieldErrors.newPassword} />
        <TextField
          id="confirmPassword"
          label="Repeat the new password"
          type="password"
          autoComplete="new-password"
          required
          maxLength={200}
          errors={fieldErrors.confirmPassword}
        />
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" isPending={isPending} pendingLabel="Changing password…">
            Change password
          </Button>
        </div>
      </form>
      {message ? (
        <div className="mt-4">
          <FormMessage tone={message.tone}>{message.text}</FormMessage>
        </div>
      ) : null}
    </Card>
  );
}
