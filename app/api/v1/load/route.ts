import { getLoad } from "@/lib/server/load/get-load";
import { getLoadOperation } from "@/lib/v1/operations/portfolio";
import { v1Route } from "@/lib/v1/route";

export const GET = v1Route(getLoadOperation, async ({ user }) => getLoad(user, new Date()));
