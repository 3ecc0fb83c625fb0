import { createToken } from "@/lib/server/tokens/create-token";
import { listTokens } from "@/lib/server/tokens/list-tokens";
import { createTokenOperation, listTokensOperation } from "@/lib/v1/operations/tokens";
import { v1Route } from "@/lib/v1/route";

export const GET = v1Route(listTokensOperation, async ({ user }) => ({ items: await listTokens(user.id) }));

export const POST = v1Route(createTokenOperation, async ({ user, body }) => createToken(user.id, body, new Date()));
