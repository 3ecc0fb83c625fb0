"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { signOutEverywhereAction, signOutSessionAction } from "@/app/(app)/settings/security/actions";
import { leaveSignedOut } from "@/components/auth/sign-out";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";

export type SessionRow = {
  id: string;
  isCurrent: boolean;
  /** "Firefox on Linux" */
  clientLabel: string;
  clientAddress: string;
  /** When it signed in, formatted in the user's zone. */
  signedIn: string;
  /** "active now" or "last active 2 hours ago". */
  lastActive: string;
};

function SessionItem({ session, onError }: { session: SessionRow; onError: (message: string) => void }) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const name = `${session.clientLabel}${session.clientAddress ? ` at ${session.clientAddress}` : ""}`;

  function signOut() {
    startTransition(async () => {
      const result = await signOutSessionAction(session.id);
      if (!result.ok) {
        onError(result.error);
        router.refresh();
        return;
      }
      // This browser's own session: its cookie is gone, so leave (by path, staying on this host).
      if (result.data.wasCurrent) leaveSignedOut("/");
      else router.refresh();
    });
  }

  return (
    <li className="flex flex-wrap items-center justify-between gap-3 py-3">
      <div className="min-w-0">
        <p className="font-medium">
          {session.clientLabel}
          {session.isCurrent ? (
            <span className="ml-2 rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-700 dark:bg-brand-500/15 dark:text-brand-100">
              This browser
            </span>
          ) : null}
        </p>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {session.clientAddress ? `${session.clientAddress} · ` : ""}signed in {session.signedIn} · {session.lastActive}
        </p>
      </div>
      <Button variant="secondary" size="sm" isPending={isPending} pendingLabel="Signing out…" onClick={signOut} aria-label={`Sign out ${name}${session.isCurrent ? " (this browser)" : ""}`}>
        Sign out
      </Button>
    </li>
  );
}

/** The user's live sessions, each with "Sign out", and "Sign out everywhere" (after a confirmation). */
export function SessionsList({ sessions }: { sessions: SessionRow[] }) {
  const [error, setError] = useState<string | null>(null);
  const [isConfirming, setIsConfirming] = useState(false);
  const [isPending, startTransition] = useTransition();

  function signOutEverywhere() {
    startTransition(async () => {
      const result = await signOutEverywhereAction();
      if (!result.ok) {
        setError(result.error);
        return;
      }
      leaveSignedOut("/signin");
    });
  }

  return (
    <Card>
      <CardHeader
        id="sessions-heading"
        title="Where you're signed in"
        description="Each browser that signed in to your account. Sign out any you don't recognise, then change your password."
      />
      {error ? (
        <div className="mb-3">
          <FormMessage tone="error">{error}</FormMessage>
        </div>
      ) : null}
      <ul aria-labelledby="sessions-heading" className="divide-y divide-slate-200 dark:divide-slate-800">
        {sessions.map((session) => (
          <SessionItem key={session.id} session={session} onError={setError} />
        ))}
      </ul>
      <div className="mt-4 border-t border-slate-200 pt-4 dark:border-slate-800">
        {isConfirming ? (
          <div role="group" aria-label="Confirm signing out everywhere" className="flex flex-wrap items-center gap-3">
            <p className="text-sm">This signs out every browser above, this one included.</p>
            <Button variant="danger" size="sm" isPending={isPending} pendingLabel="Signing out everywhere…" onClick={signOutEverywhere}>
              Yes, sign out everywhere
            </Button>
            <Button variant="ghost" size="sm" disabled={isPending} onClick={() => setIsConfirming(false)}>
              Cancel
            </Button>
          </div>
        ) : (
          <Button variant="secondary" onClick={() => setIsConfirming(true)}>
            Sign out everywhere
          </Button>
        )}
      </div>
    </Card>
  );
}
