import type { CallbackState } from "@/lib/domain/callback-state";
import type { Lateness } from "@/lib/domain/lateness";
import { LATENESS_LABELS, STATE_LABELS } from "./format";

/** The badge shape and the state colours are short classes in app/globals.css (lists repeat them per row). */
const BADGE = "badge";

const STATE_STYLES: Record<CallbackState, string> = {
  PENDING: "badge-pending",
  FULFILLED: "badge-fulfilled",
  REJECTED: "badge-rejected",
  TIMED_OUT: "badge-timed-out",
  CANCELLED: "badge-cancelled",
};

/** The state in words ("Pending", "Timed out"…), coloured; a late settle says so. */
export function StateBadge({ state, isLate = false }: { state: CallbackState; isLate?: boolean }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <span className={`${BADGE} ${STATE_STYLES[state]}`}>{STATE_LABELS[state]}</span>
      {isLate && (state === "FULFILLED" || state === "REJECTED") ? (
        <span
          className={`${BADGE} bg-amber-50 text-amber-800 ring-amber-600/25 dark:bg-amber-500/15 dark:text-amber-200 dark:ring-amber-500/30`}
          title="Settled after it had timed out"
        >
          late
        </span>
      ) : null}
    </span>
  );
}

/**
 * Lateness of an open callback: overdue (yellow) or timed out (red). Nothing for on-time ones, and
 * nothing when the state badge already says "Timed out".
 */
export function LatenessBadge({ lateness, state }: { lateness: Lateness | null; state: CallbackState }) {
  if (lateness === null || lateness === "on_time") return null;
  if (lateness === "timed_out" && state === "TIMED_OUT") return null;
  const style =
    lateness === "overdue"
      ? "bg-yellow-50 text-yellow-800 ring-yellow-600/30 dark:bg-yellow-400/15 dark:text-yellow-200 dark:ring-yellow-400/30"
      : "bg-red-50 text-red-800 ring-red-600/25 dark:bg-red-500/15 dark:text-red-200 dark:ring-red-500/35";
  return (
    <span className={`${BADGE} ${style}`}>
      <span aria-hidden="true" className={`size-1.5 rounded-full ${lateness === "overdue" ? "bg-yellow-500" : "bg-red-500"}`} />
      {LATENESS_LABELS[lateness]}
    </span>
  );
}
