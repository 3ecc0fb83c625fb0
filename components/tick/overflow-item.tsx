"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { cancelCallbackAction } from "@/app/(app)/callbacks/actions";
import { formatEv, formatPercent } from "@/components/callbacks/intl-format";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toaster";
import type { LowValueBet } from "@/lib/server/load/list-least-valuable-bets";

function formatLoad(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/**
 * Over capacity, Today's first item: the open bets worth the least for the load they add, each
 * with a way to settle it (its page) or cancel it here. It stays until the load is back under
 * capacity, so the page never says "loop clear" while asking to settle or cancel some.
 */
export function OverflowItem({ load, capacity, bets }: { load: number; capacity: number; bets: LowValueBet[] }) {
  const router = useRouter();
  const toast = useToast();
  const [pendingId, setPendingId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [, startTransition] = useTransition();

  function cancel(bet: LowValueBet) {
    setPendingId(bet.id);
    startTransition(async () => {
      const result = await cancelCallbackAction(bet.id, { note: "Cancelled to get back under capacity." });
      setPendingId(null);
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setError(null);
      toast.show({ tone: "success", message: `Cancelled “${bet.title}”.` });
      router.refresh();
    });
  }

  return (
    <section aria-labelledby="overflow-title" className="space-y-3 rounded-xl border border-red-300 bg-red-50 p-4 dark:border-red-800 dark:bg-red-950/40">
      <div>
        <h2 id="overflow-title" className="font-semibold text-red-900 dark:text-red-100">
          Overflow · {formatLoad(load)} of {capacity}: settle or cancel some today
        </h2>
        <p className="text-sm text-red-900 dark:text-red-200">
          You hold more open threads than your capacity. These are worth the least for the load they add (expected value per unit of weight):
        </p>
      </div>
      {error ? (
        <p role="alert" className="text-sm text-red-800 dark:text-red-200">
          {error}
        </p>
      ) : null}
      <ul className="divide-y divide-red-200 rounded-lg bg-white dark:divide-red-900 dark:bg-slate-900">
        {bets.map((bet) => (
          <li key={bet.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
            <div className="min-w-0">
              <Link href={`/callbacks/${bet.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-100">
                {bet.title}
              </Link>
              <p className="text-xs text-slate-600 dark:text-slate-400">
                {formatPercent(bet.probability)} chance · EV {formatEv(bet.expectedValue)} · weight {formatLoad(bet.weight)}
              </p>
            </div>
            <div className="flex gap-1.5">
              <Link
                href={`/callbacks/${bet.id}`}
                aria-label={`Settle ${bet.title}`}
                className="rounded-lg border border-slate-300 bg-white px-2.5 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800"
              >
                Settle…
              </Link>
              <Button type="button" size="sm" variant="secondary" aria-label={`Cancel ${bet.title}`} isPending={pendingId === bet.id} pendingLabel="Cancelling…" onClick={() => cancel(bet)}>
                Cancel it
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
