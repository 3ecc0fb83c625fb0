"use client";

import { useEffect } from "react";
import { DatabaseUnavailable } from "@/components/ops/database-unavailable";
import { useDatabaseHealth } from "@/components/ops/use-database-health";
import { Button } from "@/components/ui/button";

/**
 * A page that failed on the server. Production hides the cause from the browser, so this asks
 * /api/health: when the database is away, it says so, retries by itself and shows the page again
 * as soon as the database is back; otherwise it offers to try again. Either way the server
 * logged the error (with this digest as reference).
 */
export default function ErrorPage({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const { health, wasUnavailable, secondsLeft, checkNow } = useDatabaseHealth({ onRecovered: retry });
  useEffect(() => {
    console.error(error);
  }, [error]);

  if (wasUnavailable) {
    return <DatabaseUnavailable secondsLeft={secondsLeft} isChecking={health === "checking"} onRetry={checkNow} />;
  }
  return (
    <main className="mx-auto flex min-h-[60dvh] max-w-md flex-col items-center justify-center gap-4 px-4 text-center" aria-busy={health === "checking"}>
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="text-slate-600 dark:text-slate-400">
        We could not show this page. Nothing you saved was lost.{error.digest ? ` (Reference: ${error.digest})` : ""}
      </p>
      <Button onClick={retry}>Try again</Button>
    </main>
  );
}
