import { listKinds } from "@/lib/server/kinds/list-kinds";
import { updateKind } from "@/lib/server/kinds/update-kind";
import { getReplyModels } from "@/lib/server/learning/get-reply-models";
import { updateKindOperation } from "@/lib/v1/operations/learning";
import { presentKind } from "@/lib/v1/present/kind";
import { v1Route } from "@/lib/v1/route";

export const PATCH = v1Route(updateKindOperation, async ({ user, params, body }) => {
  const now = new Date();
  const updated = await updateKind(user.id, params.key, body, now);
  const kind = (await listKinds(user.id, { includeArchived: true })).find((entry) => entry.id === updated.id)!;
  const curves = await getReplyModels(user.id, [kind], now);
  return presentKind(kind, curves.get(kind.key));
});
