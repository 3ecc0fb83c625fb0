"use client";

import { useState, useTransition } from "react";
import { deleteAccountAction } from "@/app/(app)/settings/actions";
import { signOutAndLeave } from "@/components/auth/sign-out";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";

export function DeleteAccountForm({ email }: { email: string }) {
  const [confirmation, setConfirmation] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const matches = confirmation.trim().toLowerCase() === email.toLowerCase();

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startTransition(async () => {
      const result = await deleteAccountAction({ confirmation });
      if (!result.ok) {
        setError(result.error);
        return;
      }
      // The account and its sessions are gone; this removes the cookie and stays on this host.
      setError(await signOutAndLeave("/?deleted=1"));
    });
  }

  return (
    <Card className="border-red-200 dark:border-red-900/70">
      <CardHeader
        title="Delete account"
        description="This removes your account and everything in it: areas, callbacks, history. It cannot be undone."
      />
      <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Delete account">
        <TextField
          id="confirmation"
          label={
            <>
              Type <span className="font-mono">{email}</span> to confirm
            </>
          }
          autoComplete="off"
          value={confirmation}
          onChange={(event) => setConfirmation(event.target.value)}
          errors={error ? [error] : undefined}
        />
        <Button type="submit" variant="danger" disabled={!matches} isPending={isPending} pendingLabel="Deleting…">
          Delete my account
        </Button>
      </form>
    </Card>
  );
}
