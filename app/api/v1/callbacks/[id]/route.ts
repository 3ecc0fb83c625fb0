import { deleteCallback } from "@/lib/server/callbacks/delete-callback";
import { getCallback } from "@/lib/server/callbacks/get-callback";
import { patchCallback } from "@/lib/server/callbacks/patch-callback";
import { deleteCallbackOperation, getCallbackOperation, updateCallbackOperation } from "@/lib/v1/operations/callbacks";
import { presentCallback, presentCallbackDetail } from "@/lib/v1/present/callback";
import { v1Route } from "@/lib/v1/route";

export const GET = v1Route(getCallbackOperation, async ({ user, params }) => {
  const now = new Date();
  return presentCallbackDetail(await getCallback(user, params.id, now), now);
});

export const PATCH = v1Route(updateCallbackOperation, async ({ user, params, body }) => {
  const now = new Date();
  return presentCallback(await patchCallback(user, params.id, body, now), now);
});

export const DELETE = v1Route(deleteCallbackOperation, async ({ user, params }) => {
  await deleteCallback(user.id, params.id);
  return null;
});
