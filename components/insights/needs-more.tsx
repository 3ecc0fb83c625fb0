import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { MIN_SCORED_FOR_CALIBRATION } from "@/lib/domain/calibration";

/** Fewer than 5 scored callbacks: what is needed and how to get there, instead of empty charts. */
export function NeedsMore({ scored, stillNeeded }: { scored: number; stillNeeded: number }) {
  return (
    <section
      aria-labelledby="needs-more-title"
      className="flex flex-col items-center gap-3 rounded-2xl border border-dashed border-slate-300 bg-white px-6 py-12 text-center dark:border-slate-700 dark:bg-slate-900"
    >
      <h2 id="needs-more-title" className="text-lg font-semibold">
        Settle {stillNeeded} more callback{stillNeeded === 1 ? "" : "s"} to see your calibration
      </h2>
      <div className="max-w-prose space-y-2 text-sm text-slate-600 dark:text-slate-400">
        <p>
          Calibration compares the probabilities you gave with what happened. It needs at least {MIN_SCORED_FOR_CALIBRATION} callbacks
          with an outcome: fulfilled, rejected, or timed out (silence past the deadline counts as a no). You have {scored}.
        </p>
        <p>Open a callback that has an answer and mark it fulfilled or rejected; cancelled ones don&apos;t count.</p>
      </div>
      <Link href="/callbacks" className={buttonClasses("primary")}>
        Settle a callback
      </Link>
    </section>
  );
}
