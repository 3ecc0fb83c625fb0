import { getWeeklyReview } from "@/lib/server/review/get-weekly-review";
import { getReviewOperation } from "@/lib/v1/operations/portfolio";
import { presentWeeklyReview } from "@/lib/v1/present/review";
import { v1Route } from "@/lib/v1/route";

export const GET = v1Route(getReviewOperation, async ({ user, params }) => presentWeeklyReview(await getWeeklyReview(user, params.week, new Date())));
