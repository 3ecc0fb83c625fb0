"use client";

import { signOut } from "next-auth/react";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  const [isPending, startTransition] = useTransition();
  return (
    <Button
      variant="ghost"
      size="sm"
      isPending={isPending}
      onClick={() => startTransition(() => signOut({ callbackUrl: "/" }))}
    >
      Sign out
    </Button>
  );
}
