import Link from "next/link";
import { formatDateTime } from "@/components/callbacks/format";
import { Card, CardHeader } from "@/components/ui/card";
import { shiftWeekKey } from "@/lib/domain/review";
import type { ReviewSummary } from "@/lib/server/review/parse-snapshot";
import type { WeeklyReviewView } from "@/lib/server/review/get-weekly-review";
import { CompleteReviewForm } from "./complete-review-form";
import { formatWeekLabel } from "./format";
import { PastReviews } from "./past-reviews";
import { reflectionHints } from "./prompts";
import { ReflectionsView } from "./reflections-view";
import { WeekFiguresView } from "./week-figures-view";
import { PageHeader } from "@/components/ui/page-header";

const navLink =
  "rounded-lg px-2.5 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800";

/** One week's review page: the figures (live, or the snapshot once completed), reflections, past reviews. */
export function WeekReview({ view, reviews, timeZone }: { view: WeeklyReviewView; reviews: ReviewSummary[]; timeZone: string }) {
  const { week, status, saved, figures } = view;
  const statusLine = saved
    ? `Completed ${formatDateTime(saved.completedAt, timeZone)}. These are the figures as they were then.`
    : status === "current"
      ? "This week is still running: the figures update until you complete the review."
      : "Not reviewed yet. You can still complete this week's review.";

  return (
    <div className="space-y-6">
      <PageHeader
        title="Weekly review"
        description={
          <>
            Week of <span className="font-medium text-slate-900 dark:text-slate-100">{formatWeekLabel(week)}</span>
            {status === "current" ? " (this week)" : ""} · {figures.timeZone}
          </>
        }
        actions={
          <nav aria-label="Weeks" className="flex items-center gap-1">
            <Link href={`/review/${shiftWeekKey(week, -1)}`} className={navLink}>
              ← Previous week
            </Link>
            {status === "past" ? (
              <>
                <Link href={`/review/${shiftWeekKey(week, 1)}`} className={navLink}>
                  Next week →
                </Link>
                <Link href="/review" className={navLink}>
                  This week
                </Link>
              </>
            ) : null}
          </nav>
        }
      />

      <p
        role="status"
        className={`rounded-lg border px-3 py-2 text-sm ${
          saved
            ? "border-emerald-200 bg-emerald-50 text-emerald-900 dark:border-emerald-900 dark:bg-emerald-950/50 dark:text-emerald-200"
            : "border-slate-200 bg-slate-50 text-slate-700 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-300"
        }`}
      >
        {statusLine}
      </p>

      {saved ? (
        <Card>
          <CardHeader title="Reflections" id="reflections" description="Read-only: a completed review is a snapshot." />
          <ReflectionsView reflections={saved.reflections} />
        </Card>
      ) : null}

      <WeekFiguresView figures={figures} />

      {!saved ? (
        <Card>
          <CardHeader
            title="Reflect and complete"
            id="reflect"
            description="Three questions. Write at least one; then complete the review to save this week as a snapshot."
          />
          <CompleteReviewForm week={week} isCurrentWeek={status === "current"} hints={reflectionHints(figures)} />
        </Card>
      ) : null}

      <PastReviews reviews={reviews} timeZone={timeZone} />
    </div>
  );
}
