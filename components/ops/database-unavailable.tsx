"use client";

import { Button } from "@/components/ui/button";

/**
 * "Lifeloop can't reach its database; retrying": shown in place of a page that failed because the
 * database is away, with a live countdown to the next automatic check and a Retry button. The
 * 503 page the proxy serves on a full page load says the same (lib/unavailable-page.ts).
 */
export function DatabaseUnavailable({ secondsLeft, isChecking, onRetry }: { secondsLeft: number | null; isChecking: boolean; onRetry: () => void }) {
  return (
    <main className="mx-auto flex min-h-[60dvh] max-w-md flex-col items-center justify-center gap-4 px-4 text-center">
      <h1 className="text-2xl font-semibold">Lifeloop can&apos;t reach its database; retrying</h1>
      <p className="text-slate-600 dark:text-slate-400">
        Everything you saved is safe. This page comes back by itself as soon as the database answers again.
      </p>
      <p role="status" aria-live="polite" className="text-sm text-slate-500 dark:text-slate-400">
        {isChecking || secondsLeft === null ? "Retrying…" : `Retrying in ${secondsLeft} s…`}
      </p>
      <Button onClick={onRetry} isPending={isChecking} pendingLabel="Retrying…">
        Retry now
      </Button>
    </main>
  );
}
