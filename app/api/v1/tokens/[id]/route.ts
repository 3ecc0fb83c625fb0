import { revokeToken } from "@/lib/server/tokens/revoke-token";
import { revokeTokenOperation } from "@/lib/v1/operations/tokens";
import { v1Route } from "@/lib/v1/route";

export const DELETE = v1Route(revokeTokenOperation, async ({ user, params }) => {
  await revokeToken(user.id, params.id, new Date());
  return null;
});
