import type { Metadata } from "next";
import { WeekReview } from "@/components/review/week-review";
import { requireUser } from "@/lib/auth";
import { weekKeyOf } from "@/lib/domain/review";
import { getReviewPage } from "@/lib/server/review/get-review-page";

export const metadata: Metadata = { title: "Weekly review" };

/** This week's review, in the user's zone. */
export default async function ReviewPage() {
  const user = await requireUser("/review");
  const now = new Date();
  const { view, reviews } = await getReviewPage(user, weekKeyOf(now, user.timeZone), now);
  return <WeekReview view={view} reviews={reviews} timeZone={user.timeZone} />;
}
