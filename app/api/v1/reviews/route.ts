import { listReviews } from "@/lib/server/review/list-reviews";
import { listReviewsOperation } from "@/lib/v1/operations/portfolio";
import { v1Route } from "@/lib/v1/route";

export const GET = v1Route(listReviewsOperation, async ({ user }) => ({ items: (await listReviews(user)).reviews }));
