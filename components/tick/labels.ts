import type { TickKeyAction } from "@/lib/domain/tick-actions";
import type { TickReason } from "@/lib/domain/tick";

/** The reason an item is in the tick, as a short badge. */
export const REASON_LABELS: Record<TickReason, string> = {
  timed_out: "Timed out",
  commitment_close: "Commitment ended",
  check_in: "Check-in",
  follow_up_due: "Follow-up due",
  overdue: "Overdue",
  stale: "Stale",
};

/** Badge colours per reason (short classes in app/globals.css): red for broken promises, amber for late, slate for quiet. */
export const REASON_STYLES: Record<TickReason, string> = {
  timed_out: "badge-timed-out",
  commitment_close: "badge-violet",
  check_in: "badge-violet",
  follow_up_due: "badge-pending",
  overdue: "badge-amber",
  stale: "badge-cancelled",
};

/** Each action's key, button text and the words ? shows. */
export const TICK_ACTIONS: Record<TickKeyAction, { key: string; button: string; help: string }> = {
  fulfil: { key: "f", button: "Fulfilled", help: "Mark fulfilled (a yes came)" },
  reject: { key: "r", button: "Rejected", help: "Mark rejected (a no came)" },
  "follow-up": { key: "u", button: "Followed up", help: "Log a follow-up (restarts the reply clock)" },
  extend: { key: "e", button: "Extend", help: "Extend the deadline" },
  evidence: { key: "b", button: "Evidence", help: "Add evidence (moves the probability)" },
  cancel: { key: "x", button: "Cancel", help: "Cancel the callback (asks first)" },
  acknowledge: { key: "a", button: "Accept silence", help: "Accept the silence: it stays timed out" },
  later: { key: "s", button: "Later", help: "Later: out of the queue until tomorrow" },
  "check-in": { key: "c", button: "Check in", help: "Check in on a commitment (kept or missed)" },
  open: { key: "Enter", button: "Open", help: "Open the callback or commitment" },
};

/** "1 item" / "3 items". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
