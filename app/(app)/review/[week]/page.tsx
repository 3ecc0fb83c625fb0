import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { formatWeekLabel } from "@/components/review/format";
import { WeekReview } from "@/components/review/week-review";
import { requireUser } from "@/lib/auth";
import { getReviewPage } from "@/lib/server/review/get-review-page";
import { weekKeySchema } from "@/lib/validation/review";
import { loadOrNotFound } from "../load-or-not-found";

type Props = { params: Promise<{ week: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { week } = await params;
  const parsed = weekKeySchema.safeParse(week);
  return { title: parsed.success ? `Review: week of ${formatWeekLabel(parsed.data)}` : "Weekly review" };
}

/** A week's review, the week named by its Monday (YYYY-MM-DD); weeks to come are not found. */
export default async function WeekReviewPage({ params }: Props) {
  const { week } = await params;
  const user = await requireUser(`/review/${encodeURIComponent(week)}`);
  const parsed = weekKeySchema.safeParse(week);
  if (!parsed.success) notFound();
  const now = new Date();
  const { view, reviews } = await loadOrNotFound(() => getReviewPage(user, parsed.data, now));
  return <WeekReview view={view} reviews={reviews} timeZone={user.timeZone} />;
}
