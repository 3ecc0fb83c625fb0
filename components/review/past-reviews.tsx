import Link from "next/link";
import { formatDateTime } from "@/components/callbacks/format";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { SelectField } from "@/components/ui/field";
import type { ReviewSummary } from "@/lib/server/review/parse-snapshot";
import { formatBrier, formatShare, formatWeekLabel } from "./format";

/** Completed reviews, newest first, with key figures; pick two to compare side by side. */
export function PastReviews({ reviews, timeZone }: { reviews: ReviewSummary[]; timeZone: string }) {
  return (
    <Card>
      <CardHeader title="Past reviews" id="past-reviews" description="Completed reviews are snapshots: they keep the figures as they were when you completed them." />
      {reviews.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          No completed reviews yet. Complete this week&apos;s review (or a past week&apos;s) and it will be listed here.
        </p>
      ) : (
        <>
          <ul className="divide-y divide-slate-200 dark:divide-slate-800" aria-label="Completed reviews">
            {reviews.map((review) => {
              return (
                <li key={review.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-3">
                  <div>
                    <Link href={`/review/${review.week}`} className="font-medium text-brand-700 hover:underline dark:text-brand-100">
                      Week of {formatWeekLabel(review.week)}
                    </Link>
                    <p className="text-xs text-slate-500 dark:text-slate-400">Completed {formatDateTime(review.completedAt, timeZone)}</p>
                  </div>
                  <p className="text-sm tabular-nums text-slate-600 dark:text-slate-400">
                    {review.started} started · {review.settled} settled
                    {review.hitRate !== null ? ` · hit rate ${formatShare(review.hitRate)} · Brier ${formatBrier(review.brier)}` : ""}
                    {review.topFifthShare !== null ? ` · top 20% made ${formatShare(review.topFifthShare)} of value` : ""}
                  </p>
                </li>
              );
            })}
          </ul>
          {reviews.length >= 2 ? (
            <form action="/review/compare" method="get" aria-label="Compare two weeks" className="mt-4 grid items-end gap-3 sm:grid-cols-[1fr_1fr_auto]">
              <SelectField id="a" label="Compare" defaultValue={reviews[1]!.week}>
                {reviews.map((r) => (
                  <option key={r.id} value={r.week}>
                    Week of {formatWeekLabel(r.week)}
                  </option>
                ))}
              </SelectField>
              <SelectField id="b" label="with" defaultValue={reviews[0]!.week}>
                {reviews.map((r) => (
                  <option key={r.id} value={r.week}>
                    Week of {formatWeekLabel(r.week)}
                  </option>
                ))}
              </SelectField>
              <button type="submit" className={buttonClasses("secondary")}>
                Compare side by side
              </button>
            </form>
          ) : (
            <p className="mt-4 text-sm text-slate-600 dark:text-slate-400">Complete one more review to compare two weeks side by side.</p>
          )}
        </>
      )}
    </Card>
  );
}
