import Link from "next/link";
import { AreaChip } from "@/components/callbacks/area-chip";
import { formatDayKey } from "@/components/callbacks/format";
import { dateToDayKey } from "@/lib/domain/day-keys";
import type { ActiveCommitmentSummary, PastCommitmentSummary } from "@/lib/server/commitments/list-commitments";
import { CommitmentStatusBadge, LockBadge, StreakText } from "./commitment-badges";

const CADENCE = { DAILY: "daily check-ins", WEEKLY: "weekly check-ins" } as const;

/** One active commitment: what, until when, its streak, lock and overrides. */
export function ActiveCommitmentCard({ commitment }: { commitment: ActiveCommitmentSummary }) {
  const startsOn = dateToDayKey(commitment.startsOn);
  const endsOn = dateToDayKey(commitment.endsOn);
  return (
    <li className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="min-w-0 text-base font-semibold">
          <Link href={`/commitments/${commitment.id}`} className="hover:underline focus-visible:underline">
            {commitment.title}
          </Link>
        </h3>
        <div className="flex flex-wrap gap-1.5">
          <CommitmentStatusBadge status={commitment.status} />
          {commitment.locked ? <LockBadge until={formatDayKey(commitment.lockedUntil)} /> : null}
        </div>
      </div>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {formatDayKey(startsOn)} → {formatDayKey(endsOn)} · {CADENCE[commitment.cadence]}
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-slate-700 dark:text-slate-300">
        <AreaChip area={commitment.area} />
        <StreakText streak={commitment.streak.current} cadence={commitment.cadence} />
        {commitment.overrideCount > 0 ? (
          <span>
            {commitment.overrideCount} focus override{commitment.overrideCount === 1 ? "" : "s"}
          </span>
        ) : null}
      </div>
    </li>
  );
}

/** One past commitment: how it ended and how many check-ins were kept. */
export function PastCommitmentRow({ commitment }: { commitment: PastCommitmentSummary }) {
  const status = commitment.state === "KEPT" ? "kept" : commitment.state === "BROKEN" ? "broken" : "cancelled";
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
      <div className="min-w-0">
        <Link href={`/commitments/${commitment.id}`} className="font-medium hover:underline focus-visible:underline">
          {commitment.title}
        </Link>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {formatDayKey(dateToDayKey(commitment.startsOn))} → {formatDayKey(dateToDayKey(commitment.endsOn))} · {commitment.keptCount} of{" "}
          {commitment.checkInCount} check-ins kept
        </p>
      </div>
      <CommitmentStatusBadge status={status} />
    </li>
  );
}
