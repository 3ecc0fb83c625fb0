import { getInsights } from "@/lib/server/insights/get-insights";
import { getInsightsOperation } from "@/lib/v1/operations/portfolio";
import { v1Route } from "@/lib/v1/route";

export const GET = v1Route(getInsightsOperation, async ({ user }) => getInsights(user));
