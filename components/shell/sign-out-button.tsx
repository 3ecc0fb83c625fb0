"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { signOutAndLeave } from "@/components/auth/sign-out";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  const t = useTranslations("Nav");
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <Button
        variant="ghost"
        size="sm"
        isPending={isPending}
        pendingLabel={t("signingOut")}
        aria-describedby={error ? "sign-out-error" : undefined}
        onClick={() =>
          startTransition(async () => {
            setError(null);
            setError(await signOutAndLeave("/"));
          })
        }
      >
        {error ? t("signOutFailed") : t("signOut")}
      </Button>
      {error ? (
        <span id="sign-out-error" role="alert" className="sr-only">
          {error}
        </span>
      ) : null}
    </>
  );
}
