"use server";

import { revalidatePath } from "next/cache";
import { type ActionResult, invalidInput, runServerCall } from "@/lib/action-result";
import { getCurrentUser } from "@/lib/auth";
import { completeReview } from "@/lib/server/review/complete-review";
import { completeReviewSchema } from "@/lib/validation/review";

/** Completes a week's review: the user → parse → save the snapshot → revalidate the review pages. */
export async function completeReviewAction(input: unknown): Promise<ActionResult<{ week: string }>> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, error: "Your session has ended. Sign in again." };
  const parsed = completeReviewSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await runServerCall(() => completeReview(user, parsed.data, new Date()));
  if (!result.ok) return result;
  revalidatePath("/review", "layout");
  return { ok: true, data: { week: result.data.week }, message: "Review completed and saved." };
}
