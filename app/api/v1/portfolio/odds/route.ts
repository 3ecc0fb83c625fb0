import { getPortfolioOdds } from "@/lib/server/learning/get-portfolio-odds";
import { getPortfolioOddsOperation } from "@/lib/v1/operations/learning";
import { v1Route } from "@/lib/v1/route";

export const GET = v1Route(getPortfolioOddsOperation, async ({ user, query }) => {
  const odds = await getPortfolioOdds(user, new Date(), { by: query.by });
  return {
    by: odds.by,
    overall: odds.overall,
    byArea: odds.byArea.map(({ areaId, name, pAtLeastOne, expectedYes, open }) => ({ areaId, name, pAtLeastOne, expectedYes, open })),
    byKind: odds.byKind.map(({ kind, name, pAtLeastOne, expectedYes, open, curve }) => ({ kind, name, pAtLeastOne, expectedYes, open, curve })),
  };
});
