import type { CommitmentStatus } from "@/lib/domain/commitments";

const BADGE = "inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset";

const STATUS: Record<CommitmentStatus, { label: string; style: string }> = {
  upcoming: { label: "Starts soon", style: "bg-slate-100 text-slate-700 ring-slate-500/20 dark:bg-slate-800 dark:text-slate-300 dark:ring-slate-600/40" },
  running: { label: "Active", style: "bg-brand-50 text-brand-700 ring-brand-600/20 dark:bg-brand-500/15 dark:text-brand-100 dark:ring-brand-500/30" },
  "awaiting-verdict": {
    label: "Ended — mark it kept or broken",
    style: "bg-amber-50 text-amber-800 ring-amber-600/25 dark:bg-amber-500/15 dark:text-amber-200 dark:ring-amber-500/30",
  },
  kept: { label: "Kept", style: "bg-emerald-50 text-emerald-800 ring-emerald-600/20 dark:bg-emerald-500/15 dark:text-emerald-200 dark:ring-emerald-500/30" },
  broken: { label: "Broken", style: "bg-rose-50 text-rose-800 ring-rose-600/20 dark:bg-rose-500/15 dark:text-rose-200 dark:ring-rose-500/30" },
  cancelled: { label: "Cancelled", style: "bg-slate-100 text-slate-700 ring-slate-500/20 dark:bg-slate-800 dark:text-slate-300 dark:ring-slate-600/40" },
};

/** Where a commitment stands, in words and colour. */
export function CommitmentStatusBadge({ status }: { status: CommitmentStatus }) {
  return <span className={`${BADGE} ${STATUS[status].style}`}>{STATUS[status].label}</span>;
}

/** "Locked until Mon 7 Dec 2026" while the 7-day lock holds. */
export function LockBadge({ until }: { until: string }) {
  return (
    <span className={`${BADGE} bg-violet-50 text-violet-800 ring-violet-600/20 dark:bg-violet-500/15 dark:text-violet-200 dark:ring-violet-500/30`}>
      <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3" fill="currentColor">
        <path d="M5 7V5a3 3 0 1 1 6 0v2h.5A1.5 1.5 0 0 1 13 8.5v5a1.5 1.5 0 0 1-1.5 1.5h-7A1.5 1.5 0 0 1 3 13.5v-5A1.5 1.5 0 0 1 4.5 7H5Zm1.5 0h3V5a1.5 1.5 0 0 0-3 0v2Z" />
      </svg>
      Locked until {until}
    </span>
  );
}

/** "Streak: 4 days" / "Streak: 4 weeks" — the current streak. */
export function StreakText({ streak, cadence }: { streak: number; cadence: "DAILY" | "WEEKLY" }) {
  const unit = cadence === "DAILY" ? (streak === 1 ? "day" : "days") : streak === 1 ? "week" : "weeks";
  return (
    <span>
      Streak: <strong className="font-semibold tabular-nums text-slate-900 dark:text-slate-100">{streak}</strong> {unit}
    </span>
  );
}
