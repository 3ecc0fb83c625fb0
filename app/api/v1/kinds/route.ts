import { createKind } from "@/lib/server/kinds/create-kind";
import { listKinds } from "@/lib/server/kinds/list-kinds";
import { getReplyModels } from "@/lib/server/learning/get-reply-models";
import { createKindOperation, listKindsOperation } from "@/lib/v1/operations/learning";
import { presentKind } from "@/lib/v1/present/kind";
import { v1Route } from "@/lib/v1/route";

export const GET = v1Route(listKindsOperation, async ({ user, query }) => {
  const now = new Date();
  const kinds = await listKinds(user.id, { includeArchived: query.archived === "include" });
  const curves = await getReplyModels(user.id, kinds, now);
  return { items: kinds.map((kind) => presentKind(kind, curves.get(kind.key))) };
});

export const POST = v1Route(createKindOperation, async ({ user, body }) => {
  const created = await createKind(user.id, body);
  const kinds = await listKinds(user.id, { includeArchived: true });
  const kind = kinds.find((entry) => entry.id === created.id)!;
  const curves = await getReplyModels(user.id, [kind], new Date());
  return presentKind(kind, curves.get(kind.key));
});
