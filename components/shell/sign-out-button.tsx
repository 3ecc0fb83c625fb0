"use client";

import { useState, useTransition } from "react";
import { signOutAndLeave } from "@/components/auth/sign-out";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <Button
        variant="ghost"
        size="sm"
        isPending={isPending}
        pendingLabel="Signing out…"
        aria-describedby={error ? "sign-out-error" : undefined}
        onClick={() =>
          startTransition(async () => {
            setError(null);
            setError(await signOutAndLeave("/"));
          })
        }
      >
        {error ? "Sign out failed — retry" : "Sign out"}
      </Button>
      {error ? (
        <span id="sign-out-error" role="alert" className="sr-only">
          {error}
        </span>
      ) : null}
    </>
  );
}
